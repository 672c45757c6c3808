import PowerListModel

/// Reassembles a tab-separated table export: one table row per line, cells
/// separated by tabs, cells possibly carrying HTML. The detail table starts
/// at its header row; what comes before it is titles and the summary table.
public enum TabularReassembler {
    public static func reassemble(_ lines: [String]) throws(ReassemblyError) -> TableGrid {
        var titleLines: [String] = []
        var summaryLines: [String] = []
        var columns: [ColumnRole]?
        var rows: [GridRow] = []
        var unplaced: [String] = []
        var sections = SectionCategory()

        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { TextNormalizer.collapseWhitespace(String($0)) }
            let filled = cells.filter { !$0.isEmpty }
            if filled.isEmpty { continue }
            if let header = DetailHeader.roles(of: cells) {
                if columns == nil { columns = header }
                continue // the first header, or a repeat of it
            }
            guard let columns else {
                if SummaryShape.isSummaryHeader(filled) { continue }
                if filled.count == 1 && !SummaryShape.isCategoryHeading(filled[0]) {
                    titleLines.append(filled[0])
                } else {
                    summaryLines.append(trimmingTrailingEmpty(cells).joined(separator: "\t"))
                }
                continue
            }
            if filled.count == 1, sections.enter(filled[0]) { continue }
            if filled.count == 1 && cells.count < 3 {
                titleLines.append(filled[0]) // a note or title printed between rows
                continue
            }
            if cells.count > columns.count {
                let extra = cells[columns.count...].filter { !$0.isEmpty }
                if !extra.isEmpty { unplaced.append(extra.joined(separator: " ")) }
            }
            var row = GridRow(cells: [:], pages: [])
            for (role, raw) in zip(columns, cells) {
                row[role] = HTMLCellReader.cell(from: raw)
            }
            sections.apply(to: &row)
            rows.append(row)
        }
        guard let columns else { throw ReassemblyError.noDetailTable }
        let diagnostics = unplaced.map {
            Diagnostic(.warning, .textUnassigned, seq: nil, "表格行的单元格多于表头列数，多出的文字未归入任何列：\($0)")
        }
        return TableGrid(titleLines: titleLines, summaryLines: summaryLines, columns: columns, rows: rows, pageCount: nil, diagnostics: diagnostics)
    }

    private static func trimmingTrailingEmpty(_ cells: [String]) -> [String] {
        Array(cells.reversed().drop { $0.isEmpty }.reversed())
    }
}

public enum ReassemblyError: Error, Sendable, Equatable {
    /// No header row of a power-list detail table (序号/权力事项/实施依据 …).
    case noDetailTable
}
