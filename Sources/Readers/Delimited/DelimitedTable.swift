import PowerListModel

/// The one table of a delimited export: a record a row, a field a cell.
/// Empty fields anchor no cell (an uncovered position is an empty cell).
/// A cell's place is the lines of its record.
enum DelimitedTable {
    static func build(
        _ records: [DelimitedRecords.Record], maximumCells: Int, content: (String) -> Cell
    ) throws(DelimitedReadingError) -> SourceTable {
        let fieldCount = records.reduce(0) { $0 + $1.fields.count }
        guard fieldCount <= maximumCells else {
            throw DelimitedReadingError(.tooManyCells, "\(fieldCount) cells, over the limit of \(maximumCells)")
        }
        var cells: [SourceCell] = []
        for (row, record) in records.enumerated() {
            for (column, field) in record.fields.enumerated() {
                var cell = content(field)
                cell.places = [.lines(first: record.lines.lowerBound, last: record.lines.upperBound)]
                if !cell.isEmpty { cells.append(SourceCell(row: row, column: column, content: cell)) }
            }
        }
        let columnCount = records.map(\.fields.count).max() ?? 0
        return SourceTable(ordinal: 1, rowCount: records.count, columnCount: columnCount, cells: cells, placement: .derived)
    }
}
