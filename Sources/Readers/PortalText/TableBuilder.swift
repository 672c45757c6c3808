import PowerListModel

/// Collects rows of cells into a `SourceTable`: a row of one text laid
/// across the table spans every column, as a heading row of a printed table does.
struct TableBuilder {
    private var rows: [Row] = []

    private enum Row {
        case cells([Cell])
        case across(Cell)
    }

    var isEmpty: Bool { rows.isEmpty }

    mutating func add(_ cells: [Cell]) {
        rows.append(.cells(cells))
    }

    mutating func addAcross(_ text: String) {
        rows.append(.across(PortalCell.make(text)))
    }

    func build(ordinal: Int, headerRows: Int = 0) -> SourceTable {
        let columnCount = rows.map { row -> Int in
            if case .cells(let cells) = row { return cells.count }
            return 1
        }.max() ?? 1
        var cells: [SourceCell] = []
        for (index, row) in rows.enumerated() {
            switch row {
            case .cells(let contents):
                cells += contents.enumerated().map { SourceCell(row: index, column: $0.offset, content: $0.element) }
            case .across(let content):
                cells.append(SourceCell(row: index, column: 0, columnSpan: columnCount, content: content))
            }
        }
        return SourceTable(ordinal: ordinal, rowCount: rows.count, columnCount: columnCount, cells: cells, markedHeaderRows: headerRows, placement: .derived)
    }
}

/// A cell's text as a page prints it: lines broken by `<br>` (what a page's
/// line breaks become when it is copied as markup), each a line of the cell.
enum PortalCell {
    static func make(_ text: String) -> Cell {
        make(lines: [text])
    }

    static func make(lines: [String]) -> Cell {
        Cell(lines: lines.flatMap(breaks).map { CellLine($0, followsSpace: true) })
    }

    /// `<br>`, `<br/>`, `<BR />` split the text.
    private static func breaks(_ text: String) -> [String] {
        let characters = Array(text)
        var parts: [String] = [], current = "", index = 0
        while index < characters.count {
            if characters[index] == "<", index + 2 < characters.count, String(characters[(index + 1)...(index + 2)]).lowercased() == "br",
               let close = characters[index...].firstIndex(of: ">"), characters[(index + 3)..<close].allSatisfy({ $0 == "/" || $0 == " " }) {
                parts.append(current)
                current = ""
                index = close + 1
            } else {
                current.append(characters[index])
                index += 1
            }
        }
        parts.append(current)
        return parts
    }
}
