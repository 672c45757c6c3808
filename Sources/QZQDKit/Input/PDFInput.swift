import Foundation
import GeometricTables
import PDFExtraction
import PowerListModel

/// PDFs: glyphs with their boxes, then the table read from their geometry.
enum PDFInput {
    static func table(bytes: [UInt8], path: String?, password: String?, threads: Int) throws(ConversionError) -> Table {
        let pages: [GlyphPage]
        do {
            if let path {
                // Poppler opens URIs, which need an absolute path.
                let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
                pages = try PDFGlyphExtractor.extract(path: absolute, password: password, threads: threads)
            } else {
                pages = try withTemporaryCopy(bytes) { path throws(PDFExtractionError) in
                    try PDFGlyphExtractor.extract(path: path, password: password, threads: threads)
                }
            }
        } catch {
            throw ConversionError(kind(of: error), error.message)
        }
        do {
            // Handed over, not lent: the reassembler frees the glyphs once it has read them.
            return try GeometricTableReader.read(consume pages)
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found in the PDF (\(error.reason))")
        }
    }

    private static func kind(of error: PDFExtractionError) -> ConversionError.Kind {
        switch error {
        case .unreadable: .unreadable
        case .notPDF, .damaged: .notPDFOrDamaged
        case .encrypted, .wrongPassword: .encrypted
        case .noTextLayer: .noTextLayer
        }
    }

    /// Poppler opens files, not memory: bytes given directly go through a temporary file.
    private static func withTemporaryCopy<T>(_ bytes: [UInt8], _ body: (String) throws(PDFExtractionError) -> T) throws(PDFExtractionError) -> T {
        let path = NSTemporaryDirectory() + "/qzqd-\(UUID().uuidString).pdf"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw PDFExtractionError.unreadable(path: path)
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }
}
