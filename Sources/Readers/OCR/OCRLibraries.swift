import CTesseractLoader

/// Tesseract and Leptonica, opened when a page first needs OCR rather than
/// when qzqd starts (see `Sources/CTesseractLoader`): a text PDF or export,
/// and every batch worker, starts without their 40 libraries.
enum OCRLibraries {
    /// Opens them, once for the process; throws, naming what failed, when
    /// they are not installed. Call before any Tesseract or Leptonica function
    /// and before `OpenMPThreads` looks for Tesseract's OpenMP runtime.
    static func load() throws(OCRError) {
        guard qzqd_ocr_libraries_load() != 0 else { return }
        throw .libraryMissing(reason: qzqd_ocr_libraries_error().map { String(cString: $0) } ?? "unknown reason")
    }
}
