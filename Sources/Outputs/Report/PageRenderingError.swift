/// Why the pages of a PDF could not be drawn for the report.
public enum PageRenderingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Poppler could not open the file (it was readable a moment ago when it was converted).
    case unopenable(String)
    /// Poppler or cairo could not draw this page.
    case page(Int)

    public var description: String {
        switch self {
        case .unopenable(let reason): "cannot open the PDF to draw its pages: \(reason)"
        case .page(let number): "page \(number) cannot be drawn"
        }
    }
}
