import PowerListModel

/// Reads every page of a PDF as glyphs (see `PageGlyphReader`) and refuses
/// a PDF without text.
public enum PDFGlyphExtractor {
    public static func extract(path: String, password: String? = nil) throws(PDFExtractionError) -> [GlyphPage] {
        try PDFFileProbe.check(path: path)
        let document = try PopplerDocument(path: path, password: password)
        let pages = (0..<document.pageCount).compactMap(document.glyphPage(at:))
        guard pages.contains(where: { $0.glyphs.contains { !TextNormalizer.isWhitespace($0.scalar) } }) else {
            throw .noTextLayer(pageCount: document.pageCount)
        }
        return pages
    }
}
