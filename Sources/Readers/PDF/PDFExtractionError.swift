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
    /// The text layer of these pages (1-based) decodes to no text: fonts
    /// without a Unicode map. See `UndecodablePagePolicy` for when that refuses the PDF.
    case undecodableText(pages: [Int])

    public var code: String {
        switch self {
        case .unreadable: "unreadable"
        case .notPDF: "not-pdf"
        case .damaged: "damaged-pdf"
        case .encrypted: "encrypted"
        case .wrongPassword: "wrong-password"
        case .noTextLayer: "no-text-layer"
        case .undecodableText: "undecodable-text"
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
        case .undecodableText(let pages):
            "the PDF's text layer cannot be decoded (fonts without a Unicode map) on \(Self.describe(pages)); try OCR (--ocr always)"
        }
    }

    /// "page 3", "pages 1, 4-27".
    static func describe(_ pages: [Int]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for page in pages.sorted() {
            if let last = ranges.last, last.upperBound + 1 == page {
                ranges[ranges.count - 1] = last.lowerBound...page
            } else {
                ranges.append(page...page)
            }
        }
        let text = ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ", ")
        return (pages.count == 1 ? "page " : "pages ") + text
    }
}
