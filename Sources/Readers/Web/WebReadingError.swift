/// Why a web page could not be read. Each kind is a distinct cause, so the
/// command line can give it its own exit status; the message is one line.
public struct WebReadingError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// libxml2 could not make a document of the bytes.
        case unparsable = "unparsable-html"
        /// A table whose spans would make a grid larger than any real list.
        case tooManyCells = "too-many-cells"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
