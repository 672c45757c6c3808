import PowerListModel

/// A `SourceTable` laid out on its grid, with the questions the structured
/// reader asks of a row: its cells' texts, the cell a column starts, a text
/// laid across the whole row.
struct SourceGrid {
    let name: String?
    let rowCount: Int
    let columnCount: Int
    private let table: SourceTable
    private let positions: [[SourceCell?]]

    init(_ table: SourceTable) {
        name = table.name
        rowCount = table.rowCount
        columnCount = table.columnCount
        self.table = table
        positions = table.grid
    }

    /// The cell's content with its place in the source.
    func placedContent(_ cell: SourceCell) -> Cell {
        var content = cell.content
        content.places = table.places(of: cell)
        return content
    }

    /// The text of each cell the row shows, left to right: a cell spanning
    /// several columns once, a cell merged down from a row above again.
    func texts(of row: Int) -> [String] {
        distinctCells(row).map(\.content.text)
    }

    /// The cell that starts at this column (its own or merged down from
    /// above); nil where a cell to the left spans over the column, or none is.
    func ownCell(row: Int, column: Int) -> SourceCell? {
        guard let cell = positions[row][column], cell.column == column else { return nil }
        return cell
    }

    /// The text of a row that holds one text laid across the table — a
    /// section heading, a title, a note — rather than an item's cells: the
    /// only filled cell of its row, a section heading, or spanning half the
    /// columns or more, or on a line with fewer than three cells.
    func textLaidAcross(_ row: Int) -> String? {
        let cells = distinctCells(row).filter { $0.row == row }
        let filled = cells.filter { !$0.content.isEmpty }
        guard filled.count == 1, positions[row].allSatisfy({ $0 == nil || $0!.row == row }) else { return nil }
        let cell = filled[0]
        let text = cell.content.text
        let laidAcross = SectionHeading(text) != nil || 2 * cell.columnSpan >= columnCount || cells.count < 3
        return laidAcross ? text : nil
    }

    /// The title of each grid column on a header row: the text of the cell
    /// covering it (a title spanning several columns names each of them).
    func titles(of row: Int) -> [String] {
        positions[row].map { TextNormalizer.removingWhitespace($0?.content.text ?? "") }
    }

    /// Whether the cell covering (row, column) spans more than one column.
    func spansColumns(row: Int, column: Int) -> Bool {
        (positions[row][column]?.columnSpan ?? 1) > 1
    }

    private func distinctCells(_ row: Int) -> [SourceCell] {
        var cells: [SourceCell] = []
        for (column, cell) in positions[row].enumerated() {
            guard let cell else { continue }
            if column > 0, let left = positions[row][column - 1], left == cell { continue }
            cells.append(cell)
        }
        return cells
    }
}
