import CTesseract

/// How scanned pages are read: the settings every recognizer shares.
enum Recognition {
    static let chinese = "chi_sim"
    /// Simplified Chinese, and English for the digits among it (see `LatinRereading`).
    static let languages = [chinese, "eng"]
    /// Pages are drawn at this resolution: Tesseract reads body text best
    /// when its capitals stand 20–40 pixels tall, 9–12 pt text at 300 dpi.
    static let dpi = 300
    /// A table cell holds one block of lines (single digits included, which
    /// page-wide layout analysis drops as noise).
    static let cellSegmentation = PSM_SINGLE_BLOCK
    /// Text outside the table (titles, notes, page footers) is laid out freely.
    static let pageSegmentation = PSM_AUTO
    /// A line read again on its own.
    static let lineSegmentation = PSM_SINGLE_LINE
}
