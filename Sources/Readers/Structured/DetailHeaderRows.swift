import PowerListModel

/// The detail table's header as a structured table prints it: one row of
/// column titles, or two when a title spans a group of columns whose own
/// titles stand in the row below (`权责内容` over 实施依据 / 责任事项 /
/// 追责情形, `权力事项` over 主项 / 子项); titles spanning both rows name their
/// column once.
struct DetailHeaderRows {
    /// One per grid column; a column without a title has an empty one.
    var columns: [Column]
    var rowCount: Int

    static func match(_ grid: SourceGrid, at row: Int) -> DetailHeaderRows? {
        let top = grid.titles(of: row)
        if row + 1 < grid.rowCount, let columns = grouped(grid, top: top, row: row) {
            return DetailHeaderRows(columns: columns, rowCount: 2)
        }
        return columns(top).map { DetailHeaderRows(columns: $0, rowCount: 1) }
    }

    /// The two-row reading: where the row below holds a title under a title
    /// that spans columns (or under nothing), the lower title names the
    /// column. Both rows must hold titles only.
    private static func grouped(_ grid: SourceGrid, top: [String], row: Int) -> [Column]? {
        let below = grid.titles(of: row + 1)
        let titlesOnly = { (row: [String]) in row.allSatisfy { $0.isEmpty || ColumnTitles.role(forHeader: $0) != nil } }
        guard below.contains(where: { !$0.isEmpty }), titlesOnly(top), titlesOnly(below) else { return nil }
        var sawGroup = false
        let titles = top.indices.map { column -> String in
            let lower = below[column]
            guard !lower.isEmpty, lower != top[column] else { return top[column] }
            if top[column].isEmpty || grid.spansColumns(row: row, column: column) || ColumnTitles.knownRole(forHeader: top[column]) == nil {
                sawGroup = true
                return lower
            }
            return top[column]
        }
        return sawGroup ? columns(titles) : nil
    }

    /// Columns for one title per grid column; a role printed twice keeps its
    /// first column, later ones are known by their printed title.
    private static func columns(_ titles: [String]) -> [Column]? {
        guard var columns = ColumnTitles.detailColumns(titles) else { return nil }
        var seen = Set<ColumnRole>()
        for index in columns.indices where !columns[index].title.isEmpty {
            if seen.contains(columns[index].role) { columns[index].role = .extra(columns[index].title) }
            seen.insert(columns[index].role)
        }
        return columns
    }
}
