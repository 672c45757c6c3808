import PowerListModel
import Testing

/// `NamePattern` counts the longest common subsequence 64 cells at a time
/// (the classic table timed out on long names and on many unmatched rows);
/// it must agree with the classic table on every pair of names.
@Suite struct NameSimilarityReferenceTests {
    /// The textbook table, over `Character`s.
    static func referenceRatio(_ a: String, _ b: String) -> Double {
        let x = Array(a.filter { !$0.isWhitespace }), y = Array(b.filter { !$0.isWhitespace })
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: y.count + 1)
        var current = previous
        for i in 1...x.count {
            for j in 1...y.count {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return 2 * Double(previous[y.count]) / Double(x.count + y.count)
    }

    /// Small alphabets make long common subsequences; lengths cross the 64-bit
    /// word boundaries; `e` + U+0301 is one `Character`, as is `é`.
    @Test(arguments: ["ab ", "甲乙丙对", "e\u{301}éex "])
    func agreesWithTheClassicTable(_ letters: String) {
        let alphabet = Array(letters)
        var random = SplitMix64(seed: 2024)
        for _ in 0..<300 {
            let a = String((0..<random.next(below: 150)).map { _ in alphabet[random.next(below: alphabet.count)] })
            let b = String((0..<random.next(below: 150)).map { _ in alphabet[random.next(below: alphabet.count)] })
            #expect(NameSimilarity.ratio(a, b) == Self.referenceRatio(a, b), "\(a) / \(b)")
        }
    }

    @Test func comparesNamesSpelledWithOneAlphabet() {
        var alphabet = NameAlphabet()
        let entry = alphabet.spell("定点医疗机构监督检查")
        let pattern = NamePattern(alphabet.spell("对定点医疗机构 监督检查"), alphabetSize: alphabet.size)
        #expect(pattern.ratio(to: entry) == 20.0 / 21.0)
        #expect(pattern.ratio(to: alphabet.spell("生育保险待遇核准支付")) == 0)
    }
}

/// A seeded generator, so a failure names inputs that come back on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
