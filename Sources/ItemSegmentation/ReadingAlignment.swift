/// Two texts aligned: stretches equal in both, and stretches where they differ.
struct Stretch {
    var a: Range<Int>
    var b: Range<Int>
    var differing: (ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>)?

    /// `a` and `b` cut into alternating equal and differing stretches (the
    /// standard library's shortest edit script).
    static func alignments(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [Stretch] {
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var stretches: [Stretch] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let (i0, j0) = (i, j)
            if i < a.count, j < b.count, !removed.contains(i), !inserted.contains(j) {
                while i < a.count, j < b.count, !removed.contains(i), !inserted.contains(j) { i += 1; j += 1 }
                stretches.append(Stretch(a: i0..<i, b: j0..<j, differing: nil))
            } else {
                while i < a.count && removed.contains(i) || j < b.count && inserted.contains(j) {
                    if i < a.count && removed.contains(i) { i += 1 } else { j += 1 }
                }
                stretches.append(Stretch(a: i0..<i, b: j0..<j, differing: (a[i0..<i], b[j0..<j])))
            }
        }
        return stretches
    }
}

/// How often the document spells each pair of adjacent characters (a text's
/// start and end count as a character, `end`), and each run of three.
struct DocumentSpelling {
    static let end: Unicode.Scalar = "\u{0}"
    private var pairs: [UInt64: Int] = [:]
    private var triples: [UInt64: Int] = [:]

    init(_ texts: [String]) {
        for text in texts {
            var previous = Self.end, beforePrevious = Self.end
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                pairs[Self.key(previous, scalar), default: 0] += 1
                if beforePrevious != Self.end { triples[Self.key(beforePrevious, previous, scalar), default: 0] += 1 }
                (beforePrevious, previous) = (previous, scalar)
            }
            pairs[Self.key(previous, Self.end), default: 0] += 1
        }
    }

    /// The fewest times any adjacent pair of `scalars` is spelled, leaving out `own`'s.
    func rarest(_ scalars: [Unicode.Scalar], besides own: DocumentSpelling) -> Int {
        zip(scalars, scalars.dropFirst()).map { pair in
            let key = Self.key(pair.0, pair.1)
            return (pairs[key] ?? 0) - (own.pairs[key] ?? 0)
        }.min() ?? 0
    }

    /// The most times any run of three characters of `text` holding one of
    /// `stretch` is spelled, leaving out `own`'s: a word read right is
    /// spelled again with a neighbour on one side at least (`医疗费` in
    /// `人员医疗费用`), though the pair on the other side may be new.
    func commonestRun(in text: [Unicode.Scalar], holding stretch: Range<Int>, besides own: DocumentSpelling) -> Int {
        guard !stretch.isEmpty else { return 0 }
        return commonestRun(in: text, startingFrom: stretch.lowerBound - 2, to: stretch.upperBound - 1, besides: own)
    }

    /// The most times any run of three characters of `text` holding both
    /// `text[junction - 1]` and `text[junction]` is spelled, leaving out `own`'s.
    func commonestRun(in text: [Unicode.Scalar], spanning junction: Int, besides own: DocumentSpelling) -> Int {
        guard junction > 0, junction < text.count else { return 0 }
        return commonestRun(in: text, startingFrom: junction - 2, to: junction - 1, besides: own)
    }

    /// The most times any run of three characters of `text` starting from
    /// `first` through `last` (kept within the text) is spelled, leaving out `own`'s.
    private func commonestRun(in text: [Unicode.Scalar], startingFrom first: Int, to last: Int, besides own: DocumentSpelling) -> Int {
        let first = max(0, first), last = min(text.count - 3, last)
        guard first <= last else { return 0 }
        return (first...last).map { start in
            let key = Self.key(text[start], text[start + 1], text[start + 2])
            return (triples[key] ?? 0) - (own.triples[key] ?? 0)
        }.max() ?? 0
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// Scalars are 21 bits: three fit one key.
    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 42 | UInt64(b.value) << 21 | UInt64(c.value)
    }
}
