import PowerListModel
import TextExtraction
import WebReaders

/// Reads a tab-separated table export, in any column order: a line a row, a
/// tab between cells, cells that may carry HTML (`<p>`, `<ol>`, `<li>`,
/// `<br>`, entities — read by `HTMLFragment`). A cell an exporter quoted
/// (`"…"` holding tabs, line breaks or doubled quotes) is read as one cell
/// when its quotes are well formed; a line break inside it separates lines.
public enum TSVReader {
    public static let maximumCells = 2_000_000

    public static func read(_ bytes: [UInt8]) throws(DelimitedReadingError) -> StructuredDocument {
        let text: String
        do {
            text = try TextDecoder.decode(bytes).text
        } catch {
            throw DelimitedReadingError(.undecodable, error.message)
        }
        return try read(text: text)
    }

    public static func read(text: String) throws(DelimitedReadingError) -> StructuredDocument {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let records = try DelimitedRecords.parse(body, separator: "\t", quoting: .wellFormedOnly)
        let table = try DelimitedTable.build(records, maximumCells: maximumCells) { field in
            HTMLFragment.cell(from: field, lineBreaksSeparateLines: true)
        }
        return StructuredDocument(blocks: [.table(table)])
    }
}
