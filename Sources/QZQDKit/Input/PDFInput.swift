import Foundation
import GeometricTables
import PDFExtraction
import PowerListModel

/// PDFs: glyphs with their boxes, then the table read from their geometry.
enum PDFInput {
    static func table(bytes: [UInt8], path: String?, password: String?, threads: Int) throws(ConversionError) -> Table {
        let (pages, undecodablePages) = try extract(bytes: bytes, path: path, password: password, threads: threads)
        var table: Table
        do {
            // Handed over, not lent: the reader frees the glyphs once it has read them.
            table = try GeometricTableReader.read(consume pages)
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found in the PDF (\(error.reason))")
        }
        if !undecodablePages.isEmpty {
            let numbers = undecodablePages.map(String.init).joined(separator: "、")
            table.diagnostics.append(Diagnostic(.warning, .pageTextUndecodable, seq: nil, "第\(numbers)页的文字层无法解码（字体缺少Unicode映射），按空白页处理"))
        }
        return table
    }

    /// The pages, owned by no one else, and the pages read as blank.
    private static func extract(bytes: [UInt8], path: String?, password: String?, threads: Int) throws(ConversionError) -> ([GlyphPage], [Int]) {
        do {
            let extracted: ExtractedPDF
            if let path {
                // Poppler opens URIs, which need an absolute path.
                let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
                extracted = try PDFGlyphExtractor.extract(path: absolute, password: password, threads: threads)
            } else {
                extracted = try withTemporaryCopy(bytes) { path throws(PDFExtractionError) in
                    try PDFGlyphExtractor.extract(path: path, password: password, threads: threads)
                }
            }
            return (extracted.pages, extracted.undecodablePages)
        } catch {
            throw ConversionError(kind(of: error), error.message)
        }
    }

    private static func kind(of error: PDFExtractionError) -> ConversionError.Kind {
        switch error {
        case .unreadable: .unreadable
        case .notPDF, .damaged: .notPDFOrDamaged
        case .encrypted, .wrongPassword: .encrypted
        case .noTextLayer: .noTextLayer
        case .undecodableText: .undecodablePDFText
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
