import PowerListModel

/// Groups the summary table's typed rows: each category heading opens a group
/// (or, in summaries with a category column, each change of the entries'
/// category does); the total is the total row's count, or the one a title
/// declares (`（共六类、26 项）`).
enum SummaryBuilder {
    static func summary(_ rows: [SummaryRow], titleLines: [String]) -> Summary? {
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
        guard !groups.isEmpty else { return nil }
        return Summary(declaredTotal: total ?? titleLines.lazy.compactMap(ItemCount.declaredTotal(in:)).first, groups: groups)
    }
}
