/// How alike two item names are: the share of characters in their longest
/// common subsequence (1 for equal names). Names differ between the summary
/// and the detail rows by a 对 prefix, a （子项） suffix, a changed character.
enum NameSimilarity {
    static func ratio(_ a: String, _ b: String) -> Double {
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

    /// Near-identical: the same item printed slightly differently.
    static func nearIdentical(_ a: String, _ b: String) -> Bool {
        ratio(a, b) >= 0.8
    }
}
