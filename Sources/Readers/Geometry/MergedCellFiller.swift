import PowerListModel

/// A cell printed once for several rows (vertically merged) belongs to all of
/// them. In a column whose cells are centered, its text stands in the middle
/// of the merged block, so the block is the run of rows around it with that
/// cell empty whose middle is where the text stands; in a top-aligned column
/// it opens the block, and the category, subject or 主项 cells left empty
/// below it take its text (other columns are often left empty on purpose).
struct MergedCellFiller {
    var columns: [ColumnRole]
    var lineHeight: Double

    /// Roles printed once per block of rows in practice; a cell of any other
    /// column is filled only when its text visibly stands over several rows.
    private static let blockRoles: [ColumnRole] = [.category, .subject, .mainItem]

    func fill(_ rows: inout [PlacedRow]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for role in columns where role != .seq && role != .name {
            var filled = Set<Int>()
            let topAligned = isTopAligned(rows, role: role)
            let printed = rows.indices.filter { !(rows[$0].cells[role] ?? []).isEmpty }
            for index in printed where !topAligned && !filled.contains(index) {
                guard let block = centeredBlock(rows, around: index, role: role) else { continue }
                for target in block where target != index {
                    rows[target].cells[role] = rows[index].cells[role]
                    filled.insert(target)
                }
            }
            if Self.blockRoles.contains(role), topAligned {
                for index in rows.indices.dropFirst() where (rows[index].cells[role] ?? []).isEmpty {
                    guard let above = rows[index - 1].cells[role], !above.isEmpty else { continue }
                    rows[index].cells[role] = above
                    filled.insert(index)
                }
            }
            for index in filled.sorted() {
                let text = PlacedRow.cell(rows[index].cells[role] ?? []).text
                diagnostics.append(Diagnostic(
                    .info, .mergedCellPropagated, seq: seq(of: rows[index]),
                    "“\(text)”为合并单元格，适用于其跨越的各行"
                ))
            }
        }
        return diagnostics
    }

    /// Item numbers start at 1 (a diagnostic about item 0 breaks the schema).
    private func seq(of row: PlacedRow) -> Int? {
        Int(PlacedRow.cell(row.cells[.seq] ?? []).text).flatMap { $0 >= 1 ? $0 : nil }
    }

    /// The rows a centered text stands over: empty in this column, on the text's
    /// page, and centered on it; nil when the text sits centered in its own row.
    private func centeredBlock(_ rows: [PlacedRow], around index: Int, role: ColumnRole) -> ClosedRange<Int>? {
        let lines = rows[index].cells[role] ?? []
        let page = rows[index].pages[0]
        let onPage = lines.filter { $0.page == page }
        guard let y0 = onPage.map(\.y0).min(), let y1 = onPage.map(\.y1).max() else { return nil }
        let middle = (y0 + y1) / 2
        let tolerance = 0.5 * lineHeight
        func cost(_ block: ClosedRange<Int>) -> Double {
            abs((rows[block.lowerBound].top + rows[block.upperBound].bottom) / 2 - middle)
        }
        guard cost(index...index) > tolerance else { return nil }
        func isOpen(_ row: Int) -> Bool {
            (rows[row].cells[role] ?? []).isEmpty && rows[row].pages.first == page && rows[row].pages.count == 1
        }
        var first = index
        while first > 0, isOpen(first - 1) { first -= 1 }
        var last = index
        while last + 1 < rows.count, isOpen(last + 1) { last += 1 }
        var best: ClosedRange<Int>?
        for start in first...index {
            for end in index...last where cost(start...end) <= tolerance {
                if best.map({ cost(start...end) < cost($0) }) ?? true { best = start...end }
            }
        }
        return best
    }

    /// Whether this column's texts start level with their rows.
    private func isTopAligned(_ rows: [PlacedRow], role: ColumnRole) -> Bool {
        var top = 0, other = 0
        for row in rows {
            guard let first = (row.cells[role] ?? []).filter({ $0.page == row.pages[0] }).map(\.y0).min() else { continue }
            if first - row.top <= 0.5 * lineHeight { top += 1 } else { other += 1 }
        }
        return top > other
    }
}
