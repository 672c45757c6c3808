import CPoppler
import PowerListModel

/// One opened Poppler document. Poppler's objects are not safe to share
/// between threads, but separate documents opened from the same file are
/// independent: each thread that reads pages opens its own. The one place a
/// PDF is opened: text extraction and the OCR renderer both read through it.
/// Sendable so a document opened on one thread can be handed to the worker
/// that reads it (`ParallelPages`); it is never used by two threads at once.
public final class PopplerDocument: @unchecked Sendable {
    private let document: OpaquePointer

    public init(path: String, password: String?) throws(PDFExtractionError) {
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

    public var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// `body` given the Poppler page with 1-based `number` (nil when Poppler
    /// cannot load it); the page is released when `body` returns.
    public func withPage<T>(_ number: Int, _ body: (OpaquePointer) -> T) -> T? {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return body(page)
    }

    /// The glyphs of the page at `index` (0-based); a page Poppler cannot
    /// load yields none.
    func glyphPage(at index: Int) -> GlyphPage? {
        withPage(index + 1) { page in PageGlyphReader.read(page, number: index + 1) }
    }
}
