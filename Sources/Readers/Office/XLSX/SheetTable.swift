import PowerListModel

/// A worksheet's cells and merged ranges as a `SourceTable`. The table spans
/// the used range (A1 to the last row and column holding a value), so
/// positions stay those of the sheet. A merged range becomes its top-left
/// cell's spans, clamped to the used range (`A1:XFD1048576` is a crafted
/// file, not a table); a range that overlaps an earlier one is ignored, as
/// Excel does when it repairs such a file. A value hidden under a merge is
/// kept after the anchor's lines (`SourceCell.absorb`).
enum SheetTable {
    /// - Parameter maximumPositions: grid positions beyond which a sheet is
    ///   refused: its `grid` would not fit in memory.
    static func build(_ sheet: WorksheetReader.Sheet, name: String, ordinal: Int, maximumPositions: Int) throws(OfficeReadingError) -> SourceTable {
        let rowCount = (sheet.cells.map(\.reference.row).max() ?? -1) + 1
        let columnCount = (sheet.cells.map(\.reference.column).max() ?? -1) + 1
        guard rowCount * columnCount <= maximumPositions else {
            throw OfficeReadingError(.tooManyCells, "sheet \(name) spans \(rowCount) rows by \(columnCount) columns")
        }
        let merges = MergeIndex(sheet.merges, rowCount: rowCount, columnCount: columnCount)
        var anchors: [SourceCell] = []
        var anchorOfMerge: [Int: Int] = [:]
        var hidden: [(merge: Int, cell: Cell)] = []
        for (reference, text) in sheet.cells.sorted(by: { ($0.reference.row, $0.reference.column) < ($1.reference.row, $1.reference.column) }) {
            let content = SpreadsheetText.cell(text)
            switch merges.merge(covering: reference) {
            case let index? where merges.ranges[index].first != reference:
                hidden.append((index, content))
            case let index?:
                anchorOfMerge[index] = anchors.count
                anchors.append(SourceCell(row: reference.row, column: reference.column, content: content))
            case nil:
                anchors.append(SourceCell(row: reference.row, column: reference.column, content: content))
            }
        }
        for (index, merge) in merges.ranges.enumerated() {
            let anchor = anchorOfMerge[index] ?? anchors.count
            if anchor == anchors.count {
                anchors.append(SourceCell(row: merge.first.row, column: merge.first.column, content: Cell()))
                anchorOfMerge[index] = anchor
            }
            anchors[anchor].rowSpan = merge.last.row - merge.first.row + 1
            anchors[anchor].columnSpan = merge.last.column - merge.first.column + 1
        }
        for (index, cell) in hidden {
            if let anchor = anchorOfMerge[index] { anchors[anchor].absorb(cell) }
        }
        anchors.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return SourceTable(name: name, ordinal: ordinal, rowCount: rowCount, columnCount: columnCount, cells: anchors, placement: .worksheet)
    }
}

/// The merged ranges a sheet keeps — inside the used range, clamped to it,
/// none overlapping an earlier one — and which one covers a position.
private struct MergeIndex {
    private(set) var ranges: [CellRange] = []
    /// Per row, the column spans of the merges crossing it.
    private var rows: [Int: [(columns: ClosedRange<Int>, merge: Int)]] = [:]

    init(_ merges: [CellRange], rowCount: Int, columnCount: Int) {
        for var merge in merges where merge.first.row < rowCount && merge.first.column < columnCount {
            merge.last.row = min(merge.last.row, rowCount - 1)
            merge.last.column = min(merge.last.column, columnCount - 1)
            let columns = merge.first.column...merge.last.column
            let spannedRows = merge.first.row...merge.last.row
            guard merge.first != merge.last,
                  !spannedRows.contains(where: { row in rows[row, default: []].contains { $0.columns.overlaps(columns) } }) else { continue }
            for row in spannedRows { rows[row, default: []].append((columns, ranges.count)) }
            ranges.append(merge)
        }
    }

    func merge(covering reference: CellReference) -> Int? {
        rows[reference.row]?.first { $0.columns.contains(reference.column) }?.merge
    }
}
