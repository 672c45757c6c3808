import PowerListModel

/// A title printed over several columns of a two-row header (`权责内容` over
/// 实施依据 / 责任事项 / 追责情形, `权力事项` over 主项 / 子项): it names no
/// column of its own, the titles under it do.
///
/// Titles spanning both rows (序号, 备注) stand centred between the rows or
/// level with the group titles, so which titles of a row are groups, and
/// over which titles of the row below, is read from the whole row at once:
/// each title of the upper row stands alone (spanning both rows), over one
/// title (the upper half of a stacked title, 权力 over 类型) or centred over
/// a run of two or more, whichever assignment of the lower titles centres
/// every title best. A caption over the header is none: it is set larger,
/// or every header title stands under it with none beside.
enum GroupTitle {
    /// The group titles among a header band's fragments (data lines below it
    /// may be included), each with the titles under it.
    static func groupTitles(in band: [TextFragment], lineHeight: Double) -> [(title: TextFragment, covered: [TextFragment])] {
        let titles = band.filter { ColumnTitles.role(forHeader: $0.compactText) != nil }
        let rows = Self.rows(of: titles)
        var groups: [(title: TextFragment, covered: [TextFragment])] = []
        // The header's last row of titles (data rows below hold no known one),
        // without the lower halves of stacked titles (行政 over 主体).
        guard let last = rows.last(where: { $0.contains { ColumnTitles.knownRole(forHeader: $0.compactText) != nil } }) else { return [] }
        let lower = last.filter { title in
            !titles.contains { $0.y1 <= title.y0 + 0.1 * lineHeight && min($0.x1, title.x1) - max($0.x0, title.x0) > 0.3 * lineHeight
                && ColumnTitles.knownRole(forHeader: $0.compactText + title.compactText) != nil }
        }
        guard lower.contains(where: { ColumnTitles.knownRole(forHeader: $0.compactText) != nil }) else { return [] }
        // Top down: a lower title under a group is not under a title below it
        // (one spanning both rows, which a text dump sets a line above them).
        var unclaimed = lower
        for upper in rows where upper.map(\.y1).max()! - 0.1 * lineHeight <= lower.map(\.y0).min()! && !unclaimed.isEmpty {
            for (title, covered) in assignment(upper: upper, lower: unclaimed, lineHeight: lineHeight) where covered.count >= 2 {
                let span = (x0: covered.map(\.x0).min()!, x1: covered.map(\.x1).max()!)
                let beside = titles.contains { $0.y0 < covered[0].y1 && ($0.x1 < span.x0 || $0.x0 > span.x1) }
                guard beside, title.height < 1.3 * covered.map(\.height).max()! else { continue }
                groups.append((title, covered))
                unclaimed.removeAll(where: covered.contains)
            }
        }
        return groups
    }

    /// Title fragments in rows, top to bottom, each left to right: a title
    /// shares most of its height with its row's first (titles spanning both
    /// rows stand half a line lower than a group title, and OCR's boxes vary
    /// by more than the difference between half a line and a little less).
    private static func rows(of titles: [TextFragment]) -> [[TextFragment]] {
        var rows: [[TextFragment]] = []
        for title in titles.sorted(by: { $0.y0 < $1.y0 }) {
            if let last = rows.last, min(title.y1, last[0].y1) - max(title.y0, last[0].y0) > 0.6 * min(title.height, last[0].height) {
                rows[rows.count - 1].append(title)
            } else {
                rows.append([title])
            }
        }
        return rows.map { $0.sorted { $0.x0 < $1.x0 } }
    }

    /// For each upper title, the lower titles it stands over, by the least
    /// total distance between each title's middle and the middle of what it
    /// covers. A lower title overlapping an upper one is under it; a lower
    /// title under no upper one costs as much as a badly centred group.
    private static func assignment(upper: [TextFragment], lower: [TextFragment], lineHeight: Double) -> [(TextFragment, [TextFragment])] {
        let unassigned = 10 * lineHeight
        let minOverlap = 0.3 * lineHeight
        let (n, m) = (upper.count, lower.count)
        // cost[i][j]: upper[i...] over lower[j...]; choice[i][j]: how many lower titles upper[i] takes (-1: skip lower[j]).
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
        var choice = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for j in 0...m { cost[n][j] = Double(m - j) * unassigned }
        for i in stride(from: n - 1, through: 0, by: -1) {
            let title = upper[i]
            for j in stride(from: m, through: 0, by: -1) {
                func consider(_ value: Double, _ taken: Int) {
                    if value < cost[i][j] { (cost[i][j], choice[i][j]) = (value, taken) }
                }
                let under = j < m && min(title.x1, lower[j].x1) - max(title.x0, lower[j].x0) > minOverlap
                if !under { consider(cost[i + 1][j], 0) }
                if j < m, lower[j].x1 < title.midX, !under { consider(unassigned + cost[i][j + 1], -1) }
                if j < m, ColumnTitles.role(forHeader: title.compactText + lower[j].compactText) != nil {
                    consider(abs(title.midX - lower[j].midX) + cost[i + 1][j + 1], 1)
                }
                var end = j + 1
                while end < m {
                    let span = (lower[j].x0, lower[end].x1)
                    if title.midX > span.0, title.midX < span.1 {
                        consider(abs(title.midX - (span.0 + span.1) / 2) + cost[i + 1][end + 1], end - j + 1)
                    }
                    end += 1
                }
            }
        }
        var result: [(TextFragment, [TextFragment])] = []
        var (i, j) = (0, 0)
        while i < n {
            let taken = choice[i][j]
            if taken < 0 {
                j += 1
                continue
            }
            result.append((upper[i], Array(lower[j..<(j + taken)])))
            (i, j) = (i + 1, j + taken)
        }
        return result
    }
}
