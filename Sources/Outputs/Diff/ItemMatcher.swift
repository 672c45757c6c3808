import PowerListModel

/// Pairs the items of an old edition with those of a new one, in three
/// rounds, each over what the rounds before left unpaired:
/// 1. by code (编码), when both items have one and no other item of the same
///    edition shares it;
/// 2. by exact name (white space aside); when a name repeats, the same
///    category first, then document order;
/// 3. by near-identical name (`NameSimilarity`: common subsequence ≥ 0.8 of
///    the characters), the most similar pairs first.
/// What is left unpaired was removed (old) or added (new).
enum ItemMatcher {
    struct Pair: Equatable {
        var old: Int
        var new: Int
    }

    static func match(old: [Item], new: [Item]) -> [Pair] {
        var pairs = byCode(old: old, new: new)
        pairs += byExactName(old: old, new: new, excluding: pairs)
        pairs += byNearIdenticalName(old: old, new: new, excluding: pairs)
        return pairs
    }

    private static func byCode(old: [Item], new: [Item]) -> [Pair] {
        let oldCodes = uniqueCodes(old), newCodes = uniqueCodes(new)
        return oldCodes.compactMap { code, oldIndex in newCodes[code].map { Pair(old: oldIndex, new: $0) } }
            .sorted { $0.old < $1.old }
    }

    /// Code → index, for the codes only one item of the edition has.
    private static func uniqueCodes(_ items: [Item]) -> [String: Int] {
        let coded = items.indices.compactMap { index -> (String, Int)? in
            guard let code = items[index].code.map(ComparableText.key), !code.isEmpty else { return nil }
            return (code, index)
        }
        return Dictionary(grouping: coded, by: \.0).compactMapValues { $0.count == 1 ? $0[0].1 : nil }
    }

    private static func byExactName(old: [Item], new: [Item], excluding earlier: [Pair]) -> [Pair] {
        var pairedOld = Set(earlier.map(\.old))
        let pairedNew = Set(earlier.map(\.new))
        var waiting = Dictionary(grouping: new.indices.filter { !pairedNew.contains($0) }) { ComparableText.key(new[$0].name) }
        var pairs: [Pair] = []
        // A repeated name pairs within its category first, so that dropping one
        // of two same-named items does not pair the other across categories.
        for sameCategoryOnly in [true, false] {
            for oldIndex in old.indices where !pairedOld.contains(oldIndex) {
                let name = ComparableText.key(old[oldIndex].name)
                guard var candidates = waiting[name],
                      let chosen = sameCategoryOnly ? candidates.firstIndex(where: { new[$0].category == old[oldIndex].category }) : candidates.indices.first
                else { continue }
                pairs.append(Pair(old: oldIndex, new: candidates.remove(at: chosen)))
                pairedOld.insert(oldIndex)
                waiting[name] = candidates
            }
        }
        return pairs
    }

    private static func byNearIdenticalName(old: [Item], new: [Item], excluding earlier: [Pair]) -> [Pair] {
        let pairedOld = Set(earlier.map(\.old)), pairedNew = Set(earlier.map(\.new))
        let oldLeft = old.indices.filter { !pairedOld.contains($0) }, newLeft = new.indices.filter { !pairedNew.contains($0) }
        guard !oldLeft.isEmpty, !newLeft.isEmpty else { return [] }
        // Every name spelled once with one alphabet; each old name compared with every new one.
        var alphabet = NameAlphabet()
        let newNames = newLeft.map { alphabet.spell(new[$0].name) }
        var candidates: [(ratio: Double, pair: Pair)] = []
        for oldIndex in oldLeft {
            let pattern = NamePattern(alphabet.spell(old[oldIndex].name), alphabetSize: alphabet.size)
            for (offset, newIndex) in newLeft.enumerated() {
                let ratio = pattern.ratio(to: newNames[offset])
                if ratio >= NameSimilarity.nearIdenticalRatio { candidates.append((ratio, Pair(old: oldIndex, new: newIndex))) }
            }
        }
        candidates.sort { a, b in
            if a.ratio != b.ratio { return a.ratio > b.ratio }
            return (a.pair.old, a.pair.new) < (b.pair.old, b.pair.new)
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var pairs: [Pair] = []
        for candidate in candidates where !usedOld.contains(candidate.pair.old) && !usedNew.contains(candidate.pair.new) {
            pairs.append(candidate.pair)
            usedOld.insert(candidate.pair.old)
            usedNew.insert(candidate.pair.new)
        }
        return pairs
    }
}
