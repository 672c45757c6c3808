import Foundation

/// Looks at a file's first bytes before Poppler does, so that a missing file,
/// an empty one and a non-PDF get their own errors instead of Poppler's
/// generic "damaged".
enum PDFFileProbe {
    /// The PDF header may follow some junk; readers accept it within the first KiB.
    static let headerWindow = 1024

    static func check(path: String) throws(PDFExtractionError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path) }
        defer { try? handle.close() }
        let head: Data
        do {
            head = try handle.read(upToCount: headerWindow) ?? Data()
        } catch {
            throw .unreadable(path: path)
        }
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw .notPDF }
    }
}
