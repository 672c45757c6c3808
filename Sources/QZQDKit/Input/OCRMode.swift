/// When the pages of a PDF are read by OCR (Tesseract) rather than from their text layer.
public enum OCRMode: String, Sendable, CaseIterable {
    /// Only pages without a text layer (a scanned list, or one scanned page among text).
    case auto
    /// Every page, its text layer ignored (a scan whose hidden text layer is bad).
    case always
    /// None: a PDF without a text layer fails (`no-text-layer`) as it always did.
    case never
}
