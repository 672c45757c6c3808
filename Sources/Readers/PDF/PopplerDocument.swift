import CPoppler
import PowerListModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // With a password, from the file: Poppler 22's reading from memory
        // crashes retrying a wrong password (its second try reads a freed stream).
        if password == nil, let bytes = Self.contents(of: path) {
            defer { g_bytes_unref(bytes) }
            if let document = poppler_document_new_from_bytes(bytes, password, &error) {
                self.document = document
                return
            }
        } else {
            guard let uri = g_filename_to_uri(path, nil, &error) else {
                g_error_free(error)
                throw .unreadable(path: path)
            }
            defer { g_free(uri) }
            if let document = poppler_document_new_from_file(uri, password, &error) {
                self.document = document
                return
            }
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

    /// Files up to this size are read whole and parsed from memory.
    static let readWholeUpTo = 64 << 20

    /// The file's bytes, when it is no larger than `readWholeUpTo`. Poppler
    /// reads a file through a few hundred bytes per `pread` (650 000 calls for
    /// a 540-page list, a sixth of its extraction time); from memory it reads
    /// none. Larger files (big scans) are read from the file: their time goes
    /// to images, and a copy per reading thread would cost their size each.
    /// nil when the file cannot be read here: Poppler then says why.
    private static func contents(of path: String) -> OpaquePointer? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) <= readWholeUpTo else { return nil }
        var contents: UnsafeMutablePointer<gchar>?
        var length: gsize = 0
        guard g_file_get_contents(path, &contents, &length, nil) != 0, let contents else { return nil }
        return g_bytes_new_take(contents, length)
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
