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
            do { return try StructuredTableReader.read(tabSeparated(text.lines)) } catch { throw notFound(error.reason) }
        case .layout:
            do { return try LayoutTextReader.read(text.lines) } catch { throw notFound(error.reason) }
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
