import PowerListModel

/// Cross-checks the detail rows against the summary table. The detail row
/// wins; every disagreement becomes a diagnostic. Entries are matched to rows
/// by name first (exact, then near-identical), by number only when no name
/// matches (SPEC.md).
struct SummaryReconciler {
    let summary: Summary
    private(set) var diagnostics: [Diagnostic] = []

    init(summary: Summary) {
        self.summary = summary
    }

    mutating func check(_ items: [SegmentedItem]) {
        let entries = summary.entries
        let matches = Self.matches(names: items.map(\.name), seqs: items.map(\.seq), in: summary)
        let used = Set(matches.values)

        for (itemIndex, item) in items.enumerated() {
            guard let entryIndex = matches[itemIndex] else {
                diagnostics.append(Diagnostic(.warning, .summaryEntryUnmatched, seq: item.seq, "第\(item.seq)项“\(item.name)”在总表中没有对应事项"))
                continue
            }
            let (group, entry) = entries[entryIndex]
            let seq = item.seq
            if let entrySeq = entry.seq, entrySeq != seq, entry.name == item.name {
                diagnostics.append(Diagnostic(.warning, .summarySeqMismatch, seq: seq, "第\(seq)项在总表中序号为\(entrySeq)"))
            }
            if entry.name != item.name {
                diagnostics.append(Diagnostic(.warning, .summaryNameMismatch, seq: seq, "第\(seq)项名称：总表为“\(entry.name)”，分表为“\(item.name)”"))
            }
            if !group.category.isEmpty, let category = item.category, group.category != category {
                diagnostics.append(Diagnostic(.warning, .summaryCategoryMismatch, seq: seq, "总表将第\(seq)项列为\(group.categoryRaw)，分表为\(item.categoryRaw ?? category)"))
            }
        }
        for (entryIndex, pair) in entries.enumerated() where !used.contains(entryIndex) {
            let label = pair.entry.seq.map { "第\($0)项" } ?? ""
            diagnostics.append(Diagnostic(.warning, .summaryEntryUnmatched, seq: nil, "总表\(label)“\(pair.entry.name)”在分表中没有对应行"))
        }
        checkCounts(items)
    }

    /// Which summary entry (by index in `summary.entries`) each detail row (by
    /// index) corresponds to: by name first (exact, then near-identical,
    /// preferring the same number), by number only when no name matches.
    static func matches(names: [String], seqs: [Int], in summary: Summary) -> [Int: Int] {
        let entries = summary.entries
        var used = Set<Int>()
        var matches: [Int: Int] = [:] // item index → entry index

        // Rows × entries comparisons: names are looked up, spelled and scored once each.
        let entriesByName = Dictionary(grouping: entries.indices) { entries[$0].entry.name }
        for (itemIndex, name) in names.enumerated() {
            if let exact = entriesByName[name]?.first(where: { !used.contains($0) }) {
                matches[itemIndex] = exact
                used.insert(exact)
            }
        }
        var alphabet = NameAlphabet()
        let entryNames = entries.map { alphabet.spell($0.entry.name) }
        for (itemIndex, name) in names.enumerated() where matches[itemIndex] == nil {
            let pattern = NamePattern(alphabet.spell(name), alphabetSize: alphabet.size)
            let candidates = entries.indices.compactMap { index -> (index: Int, key: (Int, Double))? in
                guard !used.contains(index) else { return nil }
                let ratio = pattern.ratio(to: entryNames[index])
                guard ratio >= NameSimilarity.nearIdenticalRatio else { return nil }
                return (index, (entries[index].entry.seq == seqs[itemIndex] ? 1 : 0, ratio))
            }
            let best = candidates.max { $0.key < $1.key }?.index
                ?? entries.indices.first { !used.contains($0) && entries[$0].entry.seq == seqs[itemIndex] }
            if let best {
                matches[itemIndex] = best
                used.insert(best)
            }
        }
        return matches
    }

    private mutating func checkCounts(_ items: [SegmentedItem]) {
        var detailCounts: [String: Int] = [:]
        for item in items { detailCounts[item.category ?? "", default: 0] += 1 }
        for group in summary.groups where !group.category.isEmpty {
            guard let declared = group.declaredCount else { continue }
            let actual = detailCounts[group.category] ?? 0
            if declared != actual {
                diagnostics.append(Diagnostic(.warning, .summaryCountMismatch, seq: nil, "总表“\(group.categoryRaw)”声明\(declared)项，分表该类为\(actual)项"))
            }
        }
        if let total = summary.declaredTotal, total != items.count {
            diagnostics.append(Diagnostic(.warning, .summaryTotalMismatch, seq: nil, "总表声明共\(total)项，分表为\(items.count)项"))
        }
    }
}
