import MarkupParsing
import PowerListModel

/// Lays an HTML `<table>` out on its grid as the HTML table model does: each
/// cell goes to the first column of its row that no earlier cell's
/// `rowspan` covers, and covers `colspan` columns and `rowspan` rows from
/// there (`rowspan="0"`: to the last row). Spans are clamped as browsers
/// clamp them (colspan at 1000) and to the table's rows; a grid larger than
/// `maximumPositions` is refused.
enum HTMLTableLayout {
    static let maximumPositions = 10_000_000
    static let maximumColumnSpan = 1000

    struct Row {
        var node: HTMLNode
        var isInHead: Bool
    }

    static func table(_ table: HTMLNode, ordinal: Int) throws(WebReadingError) -> SourceTable {
        let rows = rows(of: table)
        var occupied: [[Bool]] = Array(repeating: [], count: rows.count)
        var anchors: [SourceCell] = []
        var columnCount = 0
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in cells(of: row.node) {
                while column < occupied[rowIndex].count, occupied[rowIndex][column] { column += 1 }
                let columnSpan = min(max(leadingInteger(cell.attribute("colspan")) ?? 1, 1), maximumColumnSpan)
                let rowsLeft = rows.count - rowIndex
                let declaredRows = leadingInteger(cell.attribute("rowspan")) ?? 1
                let rowSpan = declaredRows == 0 ? rowsLeft : min(max(declaredRows, 1), rowsLeft)
                columnCount = max(columnCount, column + columnSpan)
                guard columnCount * rows.count <= maximumPositions else {
                    throw WebReadingError(.tooManyCells, "a table of \(rows.count) rows by \(columnCount) columns")
                }
                for covered in rowIndex..<rowIndex + rowSpan {
                    if occupied[covered].count < column + columnSpan {
                        occupied[covered] += Array(repeating: false, count: column + columnSpan - occupied[covered].count)
                    }
                    for index in column..<column + columnSpan { occupied[covered][index] = true }
                }
                var collector = CellLineCollector()
                collector.collect(cell)
                anchors.append(SourceCell(row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan, content: Cell(lines: collector.lines)))
                column += columnSpan
            }
        }
        let caption = table.children.first { $0.kind == .element && $0.name == "caption" }.map { caption in
            var collector = CellLineCollector()
            collector.collect(caption)
            return Cell(lines: collector.lines).text
        }
        return SourceTable(
            name: caption.flatMap { $0.isEmpty ? nil : $0 }, ordinal: ordinal, rowCount: rows.count, columnCount: columnCount,
            cells: anchors, markedHeaderRows: rows.prefix { $0.isInHead }.count
        )
    }

    /// The table's own rows — in `<thead>`, `<tbody>`, `<tfoot>` or directly
    /// in the table, in source order — not those of tables nested in its cells.
    static func rows(of table: HTMLNode) -> [Row] {
        var rows: [Row] = []
        for child in table.children where child.kind == .element {
            switch child.name {
            case "tr":
                rows.append(Row(node: child, isInHead: false))
            case "thead", "tbody", "tfoot":
                for row in child.children where row.kind == .element && row.name == "tr" {
                    rows.append(Row(node: row, isInHead: child.name == "thead"))
                }
            default:
                continue
            }
        }
        return rows
    }

    static func cells(of row: HTMLNode) -> [HTMLNode] {
        row.children.filter { $0.kind == .element && ($0.name == "td" || $0.name == "th") }
    }

    /// HTML's rule for span attributes: the digits at the start (`2`, ` 2 `, `2px`).
    private static func leadingInteger(_ value: String?) -> Int? {
        guard let value else { return nil }
        let digits = value.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits.prefix(7))
    }
}
