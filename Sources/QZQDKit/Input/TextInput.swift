import FlowText
import LayoutText
import PowerListModel
import StructuredTables
import TextExtraction

/// Text exports: decode, pick the layout, read the table.
enum TextInput {
    /// The decoded lines and the layout they follow (`format`, or sniffed).
    static func decode(bytes: [UInt8], format: InputFormat) throws(ConversionError) -> ExtractedText {
        if let kind = InputSniffer.binaryKind(bytes) {
            throw ConversionError(.binary, "\(kind), not a PDF or a text export")
        }
        if InputSniffer.looksBinary(bytes) {
            throw ConversionError(.binary, "binary data: not a PDF (no %PDF- header) and not a text export")
        }
        let forced: ExtractedText.Layout? = switch format {
        case .tsv: .tabSeparated
        case .flow: .flow
        case .layout: .layout
        case .auto, .pdf: nil
        }
        let text: ExtractedText
        do {
            text = try TextExtractor.extract(bytes, layout: forced)
        } catch {
            throw ConversionError(.undecodable, error.message)
        }
        if text.lines.allSatisfy({ TextNormalizer.collapseWhitespace($0).isEmpty }) {
            throw ConversionError(.empty, "the file holds only white space")
        }
        return text
    }

    static func table(_ text: ExtractedText) throws(ConversionError) -> Table {
        do {
            var table = switch text.layout {
            case .tabSeparated: try StructuredTableReader.read(TabSeparatedLines.document(text.lines))
            case .flow: try FlowTextReader.read(text.lines)
            case .layout: try LayoutTextReader.read(text.lines)
            }
            table.diagnostics = text.diagnostics + table.diagnostics
            return table
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found (\(error.reason); read as \(text.layout.rawValue) text)")
        }
    }
}
