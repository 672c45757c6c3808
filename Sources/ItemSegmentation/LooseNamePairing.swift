import PowerListModel

/// Pairs a recognized detail row with a summary entry that OCR read too
/// differently for the summary's own matching (`SummaryReconciler`: near-
/// identical, a ratio of 0.8), so that the name choice may still compare the
/// two readings. Both tables misread a name in different places, and a short
/// name falls below 0.8 soon: `可部区参保女职工生育津贴申信` against
/// `襄都区参保女职工生育津贴申领` is 11 of 14 characters alike.
///
/// A pair is taken only where OCR alone could explain the difference: both
/// left unmatched, as long as each other (characters replaced, none lost),
/// alike in `looseRatio` of their characters, and each the other's only best.
/// Pairing decides nothing by itself: the name choice still takes a
/// stretch only on the document's spelling or its words, and a pair whose
/// readings stay apart stays unmatched for the summary's checks.
enum LooseNamePairing {
    /// Two thirds alike: a third of a name's characters misread is far more than OCR ever does.
    static let looseRatio = 2.0 / 3.0

    /// Detail row index → entry index (in `summary.entries`), beside `matched`.
    static func pairs(drafts: [DraftItem], summary: Summary, matched: [Int: Int]) -> [Int: Int] {
        let used = Set(matched.values)
        let entries = summary.entries.map(\.entry.name)
        let rows = drafts.indices.filter { matched[$0] == nil && drafts[$0].nameRecognized && drafts[$0].mainItem == nil }
        let open = entries.indices.filter { !used.contains($0) }
        var best: [Int: Int] = [:]
        for row in rows {
            if let entry = uniqueBest(drafts[row].name, among: open.map { ($0, entries[$0]) }) { best[row] = entry }
        }
        return best.filter { row, entry in
            uniqueBest(entries[entry], among: rows.map { ($0, drafts[$0].name) }) == row
        }
    }

    /// The one candidate as long as `name` and most alike it, at least `looseRatio`; nil on a tie.
    static func uniqueBest(_ name: String, among candidates: [(Int, String)]) -> Int? {
        let length = name.unicodeScalars.count
        let scored = candidates.compactMap { index, other -> (Int, Double)? in
            guard other.unicodeScalars.count == length else { return nil }
            let ratio = NameSimilarity.ratio(name, other)
            return ratio >= looseRatio ? (index, ratio) : nil
        }
        guard let top = scored.max(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == top.1 }).count == 1 else { return nil }
        return top.0
    }
}
