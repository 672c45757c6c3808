import CPoppler
import PowerListModel

/// One opened Poppler document. Poppler's objects are not safe to share
/// between threads, but separate documents opened from the same file are
/// independent: each thread that reads pages opens its own.
final class PopplerDocument {
    private let document: OpaquePointer

    init(path: String, password: String?) throws(PDFExtractionError) {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(path, nil, &error) else {
            g_error_free(error)
            throw .unreadable(path: path)
        }
        defer { g_free(uri) }
        if let document = poppler_document_new_from_file(uri, password, &error) {
            self.document = document
            return
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

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The glyphs of the page at `index` (0-based); a page Poppler cannot
    /// load yields none.
    func glyphPage(at index: Int) -> GlyphPage? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return PageGlyphReader.read(page, number: index + 1)
    }
}
