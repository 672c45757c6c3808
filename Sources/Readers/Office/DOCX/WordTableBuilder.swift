import PowerListModel

/// Collects one `w:tbl` as Word lays it out — rows of cells, each covering
/// `w:gridSpan` grid columns after the row's `w:gridBefore` — and turns it
/// into a `SourceTable`, joining a cell marked `w:vMerge` (continue) to the
/// cell above it in the same grid column.
struct WordTableBuilder {
    enum VerticalMerge {
        case none
        case restart
        case `continue`
    }

    struct RawCell {
        var column: Int
        var columnSpan = 1
        var verticalMerge = VerticalMerge.none
        var lines: [CellLine] = []
    }

    /// Far beyond any real table (Word stops at 63 columns): a larger span or
    /// offset is a crafted file, and clamping it keeps the grid small.
    static let maximumColumns = 1000

    private(set) var gridColumns = 0
    private var rows: [[RawCell]] = []
    private var headerRows: [Bool] = []
    private var nextColumn = 0
    /// Between a `w:tc` start and its end: paragraphs go into that cell.
    private(set) var hasOpenCell = false

    mutating func addGridColumn() {
        gridColumns = min(gridColumns + 1, Self.maximumColumns)
    }

    mutating func startRow() {
        rows.append([])
        headerRows.append(false)
        nextColumn = 0
    }

    mutating func markHeaderRow() {
        if !headerRows.isEmpty { headerRows[headerRows.count - 1] = true }
    }

    mutating func skipColumns(_ count: Int) {
        nextColumn = min(nextColumn + max(count, 0), Self.maximumColumns)
    }

    mutating func startCell() {
        if rows.isEmpty { startRow() }
        rows[rows.count - 1].append(RawCell(column: nextColumn))
        hasOpenCell = true
    }

    mutating func setColumnSpan(_ span: Int) {
        modifyCurrentCell { $0.columnSpan = min(max(span, 1), Self.maximumColumns) }
    }

    mutating func setVerticalMerge(_ merge: VerticalMerge) {
        modifyCurrentCell { $0.verticalMerge = merge }
    }

    mutating func appendLines(_ lines: [CellLine]) {
        modifyCurrentCell { $0.lines += lines }
    }

    mutating func endCell() {
        hasOpenCell = false
        if let cell = rows.last?.last { nextColumn = min(cell.column + cell.columnSpan, Self.maximumColumns) }
    }

    private mutating func modifyCurrentCell(_ change: (inout RawCell) -> Void) {
        guard !rows.isEmpty, !rows[rows.count - 1].isEmpty else { return }
        change(&rows[rows.count - 1][rows[rows.count - 1].count - 1])
    }

    var cellCount: Int { rows.reduce(0) { $0 + $1.count } }

    func build(name: String? = nil, ordinal: Int) -> SourceTable {
        var anchors: [SourceCell] = []
        /// The anchor each grid column's last cell belongs to, for `vMerge` continue.
        var anchorAbove: [Int: Int] = [:]
        for (rowIndex, row) in rows.enumerated() {
            var anchorHere: [Int: Int] = [:]
            for cell in row {
                if cell.verticalMerge == .continue, let index = anchorAbove[cell.column],
                   anchors[index].column == cell.column, anchors[index].row + anchors[index].rowSpan == rowIndex {
                    anchors[index].rowSpan += 1
                    anchors[index].absorb(Cell(lines: cell.lines))
                    anchorHere[cell.column] = index
                } else {
                    anchors.append(SourceCell(row: rowIndex, column: cell.column, columnSpan: cell.columnSpan, content: Cell(lines: cell.lines)))
                    anchorHere[cell.column] = anchors.count - 1
                }
            }
            anchorAbove = anchorHere
        }
        let usedColumns = rows.flatMap { $0 }.map { $0.column + $0.columnSpan }.max() ?? 0
        return SourceTable(
            name: name, ordinal: ordinal, rowCount: rows.count, columnCount: max(gridColumns, usedColumns),
            cells: anchors, markedHeaderRows: headerRows.prefix { $0 }.count
        )
    }

    /// A table nested in a cell, as lines of that cell: every paragraph of
    /// every cell, row by row, a merged cell once.
    func flattenedLines() -> [CellLine] {
        build(ordinal: 0).cells.flatMap(\.content.lines)
    }
}
