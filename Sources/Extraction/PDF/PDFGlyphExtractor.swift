import CPoppler
import PowerListModel

/// Reads every page of a PDF as glyphs: each Unicode scalar of Poppler's text
/// with its box, in Poppler's reading order. Line breaks are dropped (their
/// boxes are meaningless); spaces are kept so that later stages know where the
/// source had one.
public enum PDFGlyphExtractor {
    public static func extract(path: String, password: String? = nil) throws(PDFExtractionError) -> [GlyphPage] {
        try PDFFileProbe.check(path: path)
        let document = try openDocument(path: path, password: password)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        var pages: [GlyphPage] = []
        pages.reserveCapacity(pageCount)
        var hasText = false
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let glyphPage = glyphs(of: page, number: index + 1)
            hasText = hasText || glyphPage.glyphs.contains { !TextNormalizer.isWhitespace($0.scalar) }
            pages.append(glyphPage)
        }
        guard hasText else { throw .noTextLayer(pageCount: pageCount) }
        return pages
    }

    private static func openDocument(path: String, password: String?) throws(PDFExtractionError) -> OpaquePointer {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(path, nil, &error) else {
            g_error_free(error)
            throw .unreadable(path: path)
        }
        defer { g_free(uri) }
        if let document = poppler_document_new_from_file(uri, password, &error) {
            return document
        }
        defer { g_error_free(error) }
        guard let error else { throw .damaged("unknown error") }
        let reason = String(cString: error.pointee.message)
        if error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            throw password == nil ? .encrypted : .wrongPassword
        }
        if error.pointee.domain == g_file_error_quark() { throw .unreadable(path: path) }
        throw .damaged(reason)
    }

    private static func glyphs(of page: OpaquePointer, number: Int) -> GlyphPage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let text = poppler_page_get_text(page) else {
            return GlyphPage(number: number, width: width, height: height, glyphs: [])
        }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles else {
            return GlyphPage(number: number, width: width, height: height, glyphs: [])
        }
        defer { g_free(rectangles) }

        // One rectangle per Unicode scalar of the UTF-8 text, in the same order.
        let scalars = String(cString: text).unicodeScalars
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(min(scalars.count, Int(rectangleCount)))
        var index = 0
        for scalar in scalars {
            guard index < Int(rectangleCount) else { break }
            let box = rectangles[index]
            index += 1
            if scalar == "\n" || scalar == "\r" { continue }
            glyphs.append(Glyph(scalar: scalar, x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2))
        }
        GlyphBoxHeights.normalize(&glyphs)
        return GlyphPage(number: number, width: width, height: height, glyphs: glyphs)
    }
}
