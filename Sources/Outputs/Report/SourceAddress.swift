import PowerListModel

/// A place of a field as a reader of the source finds it: `Sheet1!B3` in a
/// workbook, the row and column of a document's table, lines of a text
/// dump, the page of a PDF.
enum SourceAddress {
    static func describe(_ place: SourcePlace) -> String {
        switch place {
        case .pageBox(let page, _): "第\(page)页"
        case .sheetCell(let sheet, let row, let column): "\(sheet)!\(columnLetters(column))\(row)"
        case .tableCell(let table, let row, let column): "表\(table) 第\(row)行第\(column)列"
        case .lines(let first, let last): first == last ? "第\(first)行" : "第\(first)–\(last)行"
        }
    }

    /// Spreadsheet column names: 1 → A, 26 → Z, 27 → AA.
    static func columnLetters(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }
}
