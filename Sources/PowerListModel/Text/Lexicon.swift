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
