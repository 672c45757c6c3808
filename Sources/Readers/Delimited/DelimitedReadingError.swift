/// Why a CSV or tab-separated export could not be read. Each kind is a
/// distinct cause; the message is one line for people.
public struct DelimitedReadingError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Bytes in no encoding the reader knows (UTF-8, UTF-16, GB18030).
        case undecodable = "undecodable"
        /// A quoted cell whose closing quote never comes: the rest of the
        /// file would be one cell.
        case unterminatedQuote = "unterminated-quote"
        /// More cells than any real list has.
        case tooManyCells = "too-many-cells"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
