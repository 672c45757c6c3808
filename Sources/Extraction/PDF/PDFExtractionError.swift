/// Why a PDF yielded no glyphs. Each case has a stable code and a message for people.
public enum PDFExtractionError: Error, Sendable, Equatable {
    /// The file is missing or cannot be read.
    case unreadable(path: String)
    /// The bytes are no PDF at all (no `%PDF-` header).
    case notPDF
    /// A PDF that Poppler could not repair; the associated text is Poppler's reason.
    case damaged(String)
    /// Encrypted, and no password was given.
    case encrypted
    /// Encrypted, and the given password opens neither as user nor as owner.
    case wrongPassword
    /// Every page is without text (a scanned list): OCR is out of scope.
    case noTextLayer(pageCount: Int)

    public var code: String {
        switch self {
        case .unreadable: "unreadable"
        case .notPDF: "not-pdf"
        case .damaged: "damaged-pdf"
        case .encrypted: "encrypted"
        case .wrongPassword: "wrong-password"
        case .noTextLayer: "no-text-layer"
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .notPDF: "not a PDF file"
        case .damaged(let reason): "damaged PDF: \(reason)"
        case .encrypted: "the PDF is encrypted and no password was given"
        case .wrongPassword: "the password does not open the PDF"
        case .noTextLayer(let pageCount): "none of the \(pageCount) pages has a text layer (a scanned document?)"
        }
    }
}
