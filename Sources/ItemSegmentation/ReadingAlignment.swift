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
/// start and end count as a character, `end`).
struct DocumentSpelling {
    static let end: Unicode.Scalar = "\u{0}"
    private var pairs: [UInt64: Int] = [:]

    init(_ texts: [String]) {
        for text in texts {
            var previous = Self.end
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                pairs[Self.key(previous, scalar), default: 0] += 1
                previous = scalar
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

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }
}
