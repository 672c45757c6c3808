/// How alike two item names are: the share of characters in their longest
/// common subsequence (1 for equal names). Names differ between the summary
/// and the detail rows, or between two editions of a list, by a 对 prefix, a
/// （子项） suffix, a changed character.
///
/// Every row left unmatched is compared with every summary entry, so one
/// comparison must be cheap: names are spelled once as small numbers
/// (`NameAlphabet`) and the subsequence is counted 64 columns of the classic
/// table at a time (`NamePattern`). The plain table over `Character`s made a
/// list of a few thousand unmatched rows, or two very long names, take minutes.
public enum NameSimilarity {
    public static let nearIdenticalRatio = 0.8

    public static func ratio(_ a: String, _ b: String) -> Double {
        var alphabet = NameAlphabet()
        let x = alphabet.spell(a), y = alphabet.spell(b)
        return NamePattern(x, alphabetSize: alphabet.size).ratio(to: y)
    }

    /// Near-identical: the same item printed slightly differently.
    public static func nearIdentical(_ a: String, _ b: String) -> Bool {
        ratio(a, b) >= nearIdenticalRatio
    }
}

/// Numbers the characters of names in order of first appearance (equal
/// characters, equal numbers), white space dropped.
public struct NameAlphabet {
    private var numbers: [Character: Int] = [:]

    public init() {}

    public var size: Int { numbers.count }

    public mutating func spell(_ name: String) -> [Int] {
        name.compactMap { character in
            guard !character.isWhitespace else { return nil }
            if let number = numbers[character] { return number }
            numbers[character] = numbers.count
            return numbers.count - 1
        }
    }
}

/// One spelled name, ready to be compared with many others: for each
/// character, the bit set of the positions where it occurs. Counts the longest
/// common subsequence by Hyyrö's bit-vector form of the classic table, where a
/// clear bit i of a row means the count steps up at position i.
public struct NamePattern {
    /// Names are compared on at most this many characters: no real name comes
    /// near it, and a pattern's size grows with the square of its length.
    public static let maximumLength = 4096

    private let length: Int
    private let words: Int
    /// For each number of the alphabet, its bit set's offset in `positions`,
    /// or -1 when the name lacks that character.
    private var offsets: [Int]
    private var positions: [UInt64] = []

    public init(_ name: [Int], alphabetSize: Int) {
        let name = name.prefix(Self.maximumLength)
        length = name.count
        words = (name.count + 63) / 64
        offsets = [Int](repeating: -1, count: alphabetSize)
        for (index, number) in name.enumerated() {
            if offsets[number] < 0 {
                offsets[number] = positions.count
                positions.append(contentsOf: repeatElement(0, count: words))
            }
            positions[offsets[number] + index / 64] |= 1 << UInt64(index % 64)
        }
    }

    public func ratio(to other: [Int]) -> Double {
        let other = other.prefix(Self.maximumLength)
        guard length > 0 || !other.isEmpty else { return 1 }
        guard length > 0, !other.isEmpty else { return 0 }
        return 2 * Double(commonSubsequenceLength(other)) / Double(length + other.count)
    }

    private func commonSubsequenceLength(_ other: ArraySlice<Int>) -> Int {
        var row = [UInt64](repeating: ~0, count: words)
        // A number spelled after this pattern was made is a character it lacks.
        for number in other where number < offsets.count && offsets[number] >= 0 {
            let base = offsets[number]
            var carry: UInt64 = 0
            for word in 0..<words {
                let matches = row[word] & positions[base + word]
                let (partial, overflow) = row[word].addingReportingOverflow(matches)
                let (sum, carried) = partial.addingReportingOverflow(carry)
                carry = overflow || carried ? 1 : 0
                row[word] = sum | (row[word] & ~matches)
            }
        }
        var count = 0
        for word in 0..<words {
            let bits = min(64, length - word * 64)
            let valid: UInt64 = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
            count += (~row[word] & valid).nonzeroBitCount
        }
        return count
    }
}
