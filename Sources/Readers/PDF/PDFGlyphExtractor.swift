import Foundation
import PowerListModel

/// Reads every page of a PDF as glyphs (see `PageGlyphReader`), on up to
/// `threads` threads, and refuses a PDF without text or whose text does not decode.
public enum PDFGlyphExtractor {
    /// `threads`: how many threads read pages (each opens the file again).
    /// A single conversion uses every core; a batch that already runs one
    /// worker process per core should pass 1.
    public static func extract(path: String, password: String? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(PDFExtractionError) -> ExtractedPDF {
        try PDFFileProbe.check(path: path)
        let document = try PopplerDocument(path: path, password: password)
        var pages = PageParallelReader.pages(of: document, path: path, password: password, threads: threads)
        guard pages.contains(where: { $0.glyphs.contains { !TextNormalizer.isWhitespace($0.scalar) } }) else {
            throw .noTextLayer(pageCount: document.pageCount)
        }
        let undecodable = try UndecodablePagePolicy.apply(to: &pages)
        return ExtractedPDF(pages: pages, undecodablePages: undecodable)
    }

    /// The number of pages, for a reading that ignores the text layer (OCR of
    /// every page); fails as `extract` does on a file that is no readable PDF.
    public static func pageCount(path: String, password: String? = nil) throws(PDFExtractionError) -> Int {
        try PDFFileProbe.check(path: path)
        return try PopplerDocument(path: path, password: password).pageCount
    }
}
