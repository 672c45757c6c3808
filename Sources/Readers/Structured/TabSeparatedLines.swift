import PowerListModel

/// A tab-separated table export as a structured document: one table row per
/// line, cells separated by tabs, each cell's HTML fragments (`<p>`, `<li>`,
/// `<br>`) its lines.
public enum TabSeparatedLines {
    public static func document(_ lines: [String]) -> StructuredDocument {
        var cells: [SourceCell] = []
        var rowCount = 0, columnCount = 0
        for line in lines where !TextNormalizer.collapseWhitespace(line).isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            for (column, field) in fields.enumerated() {
                cells.append(SourceCell(row: rowCount, column: column, content: HTMLCellReader.cell(from: String(field))))
            }
            columnCount = max(columnCount, fields.count)
            rowCount += 1
        }
        let table = SourceTable(ordinal: 1, rowCount: rowCount, columnCount: columnCount, cells: cells)
        return StructuredDocument(blocks: [.table(table)])
    }
}
