/// Why scanned pages could not be recognized. Each case has a stable code and
/// a message for people.
public enum OCRError: Error, Sendable, Equatable {
    /// Tesseract is linked in, but the trained data of a language it needs is
    /// not installed (or not where `TESSDATA_PREFIX` points).
    case languageDataMissing(languages: [String])
    /// Tesseract's or Leptonica's library could not be opened (`OCRLibraries`).
    case libraryMissing(reason: String)
    /// Poppler could not open the document again to draw its pages.
    case unreadable(path: String, reason: String)
    /// A page could not be drawn or handed to Tesseract.
    case pageNotRendered(page: Int)

    /// The Debian packages holding each language's trained data.
    static let packages = ["chi_sim": "tesseract-ocr-chi-sim", "HanS": "tesseract-ocr-script-hans", "eng": "tesseract-ocr-eng"]
    /// The packages of every language qzqd reads with, for `apt-get install`.
    private static var languagePackages: String { Recognition.languages.compactMap { packages[$0] }.joined(separator: " ") }

    public var code: String {
        switch self {
        case .languageDataMissing: "ocr-data-missing"
        case .libraryMissing: "ocr-library-missing"
        case .unreadable: "unreadable"
        case .pageNotRendered: "page-not-rendered"
        }
    }

    public var message: String {
        switch self {
        case .languageDataMissing(let languages):
            "Tesseract's language data for \(languages.joined(separator: ", ")) is not installed "
                + "(apt-get install \(Self.languagePackages), "
                + "or set TESSDATA_PREFIX to its directory)"
        case .libraryMissing(let reason):
            "Tesseract could not be loaded (\(reason); apt-get install libtesseract5 \(Self.languagePackages))"
        case .unreadable(let path, let reason): "cannot open \(path) to draw its pages: \(reason)"
        case .pageNotRendered(let page): "page \(page) could not be drawn for recognition"
        }
    }
}
