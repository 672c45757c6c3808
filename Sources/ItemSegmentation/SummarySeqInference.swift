import PowerListModel

/// A summary entry whose 序号 a scan spoiled (`]1`, `0`) stands among
/// numbered ones: its number is the one between its neighbours' when they
/// leave exactly that one out (at the table's ends, the one next to its
/// neighbour's), and `summary-seq-inferred` says so. An entry whose
/// neighbours leave no single number out keeps none. In a recognized
/// summary, a number OCR misread as another entry's (`26` read `20` after
/// `25`, the table's last) is spoiled too: it repeats a number, and its
/// neighbours leave one other out.
///
/// - 10, ?, 12 → 11
/// - ?, 2 → 1; 25, ? → 26
/// - 5, ?, 8 → none
/// - recognized: …, 20, …, 25, 20 (last) → 26; 25, 20, 27 → 26; 19, 20, 21 with another 20 → kept
enum SummarySeqInference {
    static func apply(to summary: inout Summary, recognized: Bool = false) -> [Diagnostic] {
        let places = summary.entryPositions
        let seqs = summary.entries.map(\.entry.seq)
        let repeated = Set(Dictionary(grouping: seqs.compactMap { $0 }, by: { $0 }).filter { $0.value.count > 1 }.keys)
        var diagnostics: [Diagnostic] = []
        for (index, (group, entry)) in places.enumerated() {
            let read = seqs[index]
            // A number read stands unless OCR read it and another entry has it too.
            guard read.map({ recognized && repeated.contains($0) }) ?? true else { continue }
            let before = index > 0 ? seqs[index - 1] : nil
            let after = index + 1 < seqs.count ? seqs[index + 1] : nil
            guard let inferred = Self.inferred(before: before, after: after, atStart: index == 0, atEnd: index + 1 == seqs.count),
                  inferred != read, !seqs.contains(inferred) else { continue }
            summary.groups[group].entries[entry].seq = inferred
            let name = summary.groups[group].entries[entry].name
            let how = read.map { "OCR识别为\($0)，与另一项重复" } ?? "无法识别"
            diagnostics.append(Diagnostic(.info, .summarySeqInferred, seq: nil, "总表“\(name)”的序号\(how)，按前后序号推定为\(inferred)"))
        }
        return diagnostics
    }

    static func inferred(before: Int?, after: Int?, atStart: Bool, atEnd: Bool) -> Int? {
        switch (before, after) {
        case let (before?, after?): after == before + 2 ? before + 1 : nil
        case let (nil, after?): atStart && after > 1 ? after - 1 : nil
        case let (before?, nil): atEnd ? before + 1 : nil
        case (nil, nil): nil
        }
    }
}
