/// Which strings are words of the language. Where OCR read one text two
/// ways and the document's own spelling decides nothing between them, the
/// reading that makes words (`资料`) wins over the one that makes none
/// (`次料`): a misread character rarely forms a word with its neighbours.
public protocol Lexicon: Sendable {
    func isWord(_ text: String) -> Bool
}

/// A lexicon of the words given: for tests and for callers with a word list.
public struct WordList: Lexicon {
    private let words: Set<String>

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
    }

    public func isWord(_ text: String) -> Bool { words.contains(text) }
}

extension Lexicon {
    /// Whether `scalars` are Chinese characters only and a word.
    public func isChineseWord(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.allSatisfy(\.properties.isIdeographic) else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars)
        return isWord(String(word))
    }

    /// Whether `character` makes a word with the character before it or the
    /// one after it (nil: none there): `梨` in `育梨险` makes none, `保` does.
    public func makesWord(_ character: Unicode.Scalar, after left: Unicode.Scalar?, before right: Unicode.Scalar?) -> Bool {
        let pair = { (first: Unicode.Scalar, second: Unicode.Scalar) in isWord(String(String.UnicodeScalarView([first, second]))) }
        return (left.map { pair($0, character) } ?? false) || (right.map { pair(character, $0) } ?? false)
    }

    /// Whether some word of two to `longest` Chinese characters holds the
    /// characters either side of `junction` (the index of the second) of
    /// `text`: `保|险` across a line break, `隐|瞒` with a character between taken out.
    public func spansWord(_ text: [Unicode.Scalar], junction: Int, longest: Int = 4) -> Bool {
        for length in 2...longest {
            for start in max(0, junction - length + 1)..<junction where start + length <= text.count {
                if isChineseWord(text[start..<(start + length)]) { return true }
            }
        }
        return false
    }

    /// How many Chinese characters of `text` within `reach` of `range` (and
    /// in it) stand in no word of two to `longest` characters: `就医生案`
    /// leaves `案` outside every word (`医生` takes `生`), `就医备案` none.
    public func uncoveredCharacters(in text: [Unicode.Scalar], around range: Range<Int>, reach: Int = 2, longest: Int = 4) -> Int {
        let window = max(0, range.lowerBound - reach)..<min(text.count, range.upperBound + reach)
        var covered = Set<Int>()
        for length in 2...longest {
            for start in max(0, window.lowerBound - length + 1)..<window.upperBound where start + length <= text.count {
                let span = start..<(start + length)
                guard !covered.isSuperset(of: span) else { continue }
                if isChineseWord(text[span]) { covered.formUnion(span) }
            }
        }
        return window.count { text[$0].properties.isIdeographic && !covered.contains($0) }
    }
}
