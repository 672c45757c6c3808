import PowerListModel

/// Groups the summary table's typed rows: each category heading opens a group
/// (or, in summaries with a category column, each change of the entries'
/// category does); the total is the total row's count, or the one a title
/// declares (`（共六类、26 项）`).
///
/// A summary that prints no total but a count on every category heading (a
/// spreadsheet print that leaves out the title's `（共…项）`) states its total
/// through them: their sum is taken, and a diagnostic says so.
enum SummaryBuilder {
    static func summary(_ rows: [SummaryRow], titleLines: [String]) -> (Summary?, Diagnostic?) {
        var groups: [SummaryGroup] = []
        var total: Int?
        for row in rows {
            switch row {
            case .heading(let category, let count):
                groups.append(SummaryGroup(category: PowerCategory.canonicalize(category) ?? category, categoryRaw: category, declaredCount: count, entries: []))
            case .total(let count):
                total = count
            case .entry(let seq, let category, let name):
                if let category {
                    if groups.last?.categoryRaw != category {
                        groups.append(SummaryGroup(category: PowerCategory.canonicalize(category) ?? category, categoryRaw: category, declaredCount: nil, entries: []))
                    }
                } else if groups.isEmpty {
                    groups.append(SummaryGroup(category: "", categoryRaw: "", declaredCount: nil, entries: []))
                }
                groups[groups.count - 1].entries.append(SummaryEntry(seq: seq, name: name))
            }
        }
        guard !groups.isEmpty else { return (nil, nil) }
        if let stated = total ?? titleLines.lazy.compactMap(ItemCount.declaredTotal(in:)).first {
            return (Summary(declaredTotal: stated, groups: groups), nil)
        }
        let counts = groups.compactMap(\.declaredCount)
        guard counts.count == groups.count, !groups.contains(where: \.category.isEmpty) else {
            return (Summary(declaredTotal: nil, groups: groups), nil)
        }
        let sum = counts.reduce(0, +)
        let note = Diagnostic(.info, .summaryTotalFromGroups, seq: nil, "总表未印合计，取各类声明项数之和：共\(sum)项")
        return (Summary(declaredTotal: sum, groups: groups), note)
    }
}
