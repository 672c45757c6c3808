import CTesseract

/// How scanned pages are read: the settings every recognizer shares.
enum Recognition {
    /// The model that reads lines again where another read Latin letters (see `LatinRereading`).
    static let chinese = "chi_sim"
    /// Simplified Chinese, read by two models at once, and English for the
    /// digits among it. Tesseract keeps each word from the model surer of it.
    /// The script model `HanS` misreads fewer characters on speckled scans
    /// (about 1.5 % of them against chi_sim's 4.5 %) but reads some Chinese as
    /// Latin letters and, at times, 责 as 贵; chi_sim alone misreads complex
    /// characters (骗 as 驴, 襄 as 衷). Together they read the corpus scan at
    /// 0.82 against 0.79 and the names of four of seven speckled scans
    /// better, one worse (BENCHMARKS.md), at about a quarter more time per page.
    static let languages = [chinese, "HanS", "eng"]
    /// Pages are drawn at this resolution: Tesseract reads body text best
    /// when its capitals stand 20–40 pixels tall, 9–12 pt text at 300 dpi.
    static let dpi = 300
    /// Grey darker than this, on paper made white, is faint print: the thin
    /// parts of marks the page's threshold cuts off (`DottedMarks.faintTail`).
    static let faintInk: Int32 = 200
    /// A table cell holds one block of lines (single digits included, which
    /// page-wide layout analysis drops as noise).
    static let cellSegmentation = PSM_SINGLE_BLOCK
    /// Text outside the table (titles, notes, page footers) is laid out freely.
    static let pageSegmentation = PSM_AUTO
    /// A line read again on its own.
    static let lineSegmentation = PSM_SINGLE_LINE
}
