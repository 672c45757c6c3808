import Foundation
import GeometricTables
import PDFExtraction
import PowerListModel

/// PDFs: glyphs with their boxes (from the text layer, or recognized by OCR
/// where a page has none), then the table read from their geometry.
enum PDFInput {
    static func table(bytes: [UInt8], path: String?, password: String?, scanned: ScannedPages) throws(ConversionError) -> Table {
        var read = try withFile(bytes, path: path) { file throws(ConversionError) in try scanned.read(file, password: password) }
        let pages = read.pages
        read.pages = []
        var table: Table
        do {
            // Handed over, not lent: the reader frees the glyphs once it has read them.
            table = try GeometricTableReader.read(consume pages)
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found in the PDF (\(error.reason))")
        }
        if !read.undecodablePages.isEmpty {
            let numbers = read.undecodablePages.map(String.init).joined(separator: "、")
            table.diagnostics.append(Diagnostic(.warning, .pageTextUndecodable, seq: nil, "第\(numbers)页的文字层无法解码（字体缺少Unicode映射），按空白页处理"))
        }
        if let recognized = read.recognized { table.diagnostics.append(recognized) }
        return table
    }

    static func conversionError(_ error: PDFExtractionError) -> ConversionError {
        ConversionError(kind(of: error), error.message)
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

    /// Poppler opens files, not memory: bytes given directly go through a
    /// temporary file. Poppler opens URIs, which need an absolute path.
    private static func withFile<T>(_ bytes: [UInt8], path: String?, _ body: (String) throws(ConversionError) -> T) throws(ConversionError) -> T {
        if let path {
            return try body(path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
        }
        let temporary = NSTemporaryDirectory() + "/qzqd-\(UUID().uuidString).pdf"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw conversionError(.unreadable(path: temporary))
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        return try body(temporary)
    }
}
