/// Why a file could not be converted. Every case has a stable code (for the
/// manifest and scripts), a distinct exit status (for the CLI) and a one-line
/// message for people.
public struct ConversionError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case unreadable = "unreadable"              // missing, a directory, no permission
        case empty = "empty"                        // zero bytes / only white space
        case binary = "binary"                      // neither a PDF nor text (an image, an archive, garbage)
        case tooLarge = "too-large"                 // over --max-bytes
        case undecodable = "undecodable"            // text in no encoding we can decode
        case notPDFOrDamaged = "damaged-pdf"        // not a PDF, truncated, corrupt
        case damagedDocument = "damaged-document"   // a Word/Excel/web/CSV file that is corrupt or malformed
        case encrypted = "encrypted"                // no / wrong password
        case noTextLayer = "no-text-layer"          // scanned: images only
        case undecodablePDFText = "undecodable-pdf-text" // fonts without a Unicode map: the text is garbage
        case notAPowerList = "not-a-power-list"     // readable, but no power-list table
        case timeout = "timeout"                    // over --timeout
        case strictFailure = "strict"               // --strict and an error diagnostic
        case internalError = "internal"             // a bug: e.g. output failed the schema
        case archiveBomb = "archive-too-large"      // a zip that inflates beyond any real list (a zip bomb)
        case unsafeXML = "unsafe-xml"               // XML declaring entities: the shape of an expansion bomb
        case tooManyCells = "too-many-cells"        // a sheet or table (or merged range) beyond any real list
        case converterMissing = "converter-missing" // a legacy office file and no LibreOffice to convert it

        /// Exit status of `qzqd convert` for this failure (documented in README.md).
        public var exitStatus: Int32 {
            switch self {
            case .internalError: 70      // EX_SOFTWARE
            case .unreadable: 66         // EX_NOINPUT
            case .empty: 3
            case .binary: 4
            case .undecodable: 5
            case .notPDFOrDamaged, .damagedDocument: 6
            case .encrypted: 7
            case .noTextLayer: 8
            case .notAPowerList: 9
            case .tooLarge: 10
            case .timeout: 11
            case .strictFailure: 12
            case .archiveBomb: 13
            case .unsafeXML: 14
            case .tooManyCells: 15
            case .converterMissing: 16
            case .undecodablePDFText: 17
            }
        }
    }

    public var kind: Kind
    /// The cause, for people; the CLI prints "qzqd: FILE: MESSAGE".
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
