import FlowText
import LayoutText
import PowerListModel
import StructuredTables
import TextExtraction

/// Text exports: decode, pick the layout, read the table.
enum TextInput {
    static func table(bytes: [UInt8], format: InputFormat) throws(ConversionError) -> Table {
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
        var table = try read(text)
        table.diagnostics = text.diagnostics + table.diagnostics
        return table
    }

    private static func read(_ text: ExtractedText) throws(ConversionError) -> Table {
        func notFound(_ reason: String) -> ConversionError {
            ConversionError(.notAPowerList, "no power-list table found (\(reason); read as \(text.layout.rawValue) text)")
        }
        switch text.layout {
        case .flow:
            do {
                return try FlowTextReader.read(text.lines)
            } catch .noTable(let found) {
                throw notFound(found.reason)
            } catch {
                // A dump read faithfully or not at all: never scrambled rows.
                throw ConversionError(.notAPowerList, "cannot read this text dump faithfully: \(error.reason)")
            }
        case .tabSeparated:
            do { return try StructuredTableReader.read(TabSeparatedLines.document(text.lines)) } catch { throw notFound(error.reason) }
        case .layout:
            do { return try LayoutTextReader.read(text.lines) } catch { throw notFound(error.reason) }
        }
    }
}
