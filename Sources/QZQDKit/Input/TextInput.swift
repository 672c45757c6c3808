import DelimitedReaders
import FlowText
import FormatSniffing
import LayoutText
import PowerListModel
import StructuredTables
import TextExtraction

/// Text exports: decode, pick the layout, read the table.
enum TextInput {
    /// The decoded lines and the layout they follow (`format`, or sniffed).
    static func decode(bytes: [UInt8], format: InputFormat) throws(ConversionError) -> ExtractedText {
        if let kind = InputSniffer.binaryKind(bytes) {
            throw ConversionError(.binary, "\(kind), not a text export")
        }
        if SourceKind.isBinary(bytes) {
            throw ConversionError(.binary, "binary data, not a text export")
        }
        let forced: ExtractedText.Layout? = switch format {
        case .flow: .flow
        case .layout: .layout
        default: nil
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
            case .tabSeparated: try StructuredTableReader.read(tabSeparated(text.lines))
            case .flow: try FlowTextReader.read(text.lines)
            case .layout: try LayoutTextReader.read(text.lines)
            }
            table.diagnostics = text.diagnostics + table.diagnostics
            return table
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found (\(error.reason); read as \(text.layout.rawValue) text)")
        }
    }

    /// Lines the layout sniffer found tab-separated, read as the TSV reader reads them.
    private static func tabSeparated(_ lines: [String]) throws(NoTableFound) -> StructuredDocument {
        do {
            return try TSVReader.read(text: lines.joined(separator: "\n"))
        } catch {
            throw NoTableFound("malformed tab-separated text: \(error.message)")
        }
    }
}
