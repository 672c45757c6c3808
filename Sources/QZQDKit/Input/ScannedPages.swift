import OCR
import PDFExtraction
import PowerListModel

/// A PDF's pages as glyphs: from the text layer, and recognized by OCR where
/// `OCRMode` says (pages without a text layer, or every page), with the
/// diagnostic that tells the reader which pages were recognized.
struct ScannedPages {
    var mode: OCRMode
    /// Pages read at once, from the text layer or by OCR.
    var threads: Int
    var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    struct Read {
        var pages: [GlyphPage]
        /// Pages whose text layer does not decode, read as blank (`UndecodablePagePolicy`).
        var undecodablePages: [Int]
        /// `ocr-text`, when OCR read any page.
        var recognized: Diagnostic?
    }

    func read(_ file: String, password: String?) throws(ConversionError) -> Read {
        if mode == .always {
            let count: Int
            do { count = try PDFGlyphExtractor.pageCount(path: file, password: password) } catch { throw PDFInput.conversionError(error) }
            let recognized = try recognize(Array(1...max(1, count)), of: file, password: password, skippingBlankPaper: false, unread: "OCR cannot read the pages (--ocr always)")
            return Read(pages: recognized.map(\.glyphs), undecodablePages: [], recognized: RecognitionDiagnostics.recognizedText(recognized))
        }
        let extracted: ExtractedPDF
        do {
            extracted = try PDFGlyphExtractor.extract(path: file, password: password, threads: threads)
        } catch .noTextLayer(let count) {
            let unread = Self.noTextLayer(count)
            guard mode == .auto else { throw ConversionError(.noTextLayer, unread + "; --ocr never leaves them unread") }
            let recognized = try recognize(Array(1...max(1, count)), of: file, password: password, skippingBlankPaper: false, unread: unread + ", and OCR cannot read them")
            return Read(pages: recognized.map(\.glyphs), undecodablePages: [], recognized: RecognitionDiagnostics.recognizedText(recognized))
        } catch {
            throw PDFInput.conversionError(error)
        }
        // A scanned page among text pages: blank in the text layer (but not
        // one whose text layer was blanked for not decoding).
        let blank = extracted.pages.filter { page in
            !extracted.undecodablePages.contains(page.number) && !page.glyphs.contains { !TextNormalizer.isWhitespace($0.scalar) }
        }.map(\.number)
        guard mode == .auto, !blank.isEmpty else { return Read(pages: extracted.pages, undecodablePages: extracted.undecodablePages) }
        let unread = "pages \(blank.map(String.init).joined(separator: ", ")) have no text layer, and OCR cannot read them"
        let recognized = try recognize(blank, of: file, password: password, skippingBlankPaper: true, unread: unread)
        guard !recognized.isEmpty else { return Read(pages: extracted.pages, undecodablePages: extracted.undecodablePages) }
        var pages = extracted.pages
        let byNumber = Dictionary(recognized.map { ($0.glyphs.number, $0.glyphs) }, uniquingKeysWith: { first, _ in first })
        for index in pages.indices { if let page = byNumber[pages[index].number] { pages[index] = page } }
        return Read(pages: pages, undecodablePages: extracted.undecodablePages, recognized: RecognitionDiagnostics.recognizedText(recognized))
    }

    /// `unread` says what is left unread when Tesseract's language data is missing.
    private func recognize(_ numbers: [Int], of file: String, password: String?, skippingBlankPaper: Bool, unread: String) throws(ConversionError) -> [RecognizedPage] {
        let total = numbers.count
        var reportPages: (@Sendable (Int) -> Void)?
        if let progress { reportPages = { done in progress(done, total) } }
        do {
            return try ScannedPageReader.read(
                pdfAt: file, password: password, pages: numbers, skippingBlankPaper: skippingBlankPaper, threads: threads, progress: reportPages
            )
        } catch {
            switch error {
            case .languageDataMissing, .libraryMissing: throw ConversionError(.noTextLayer, "\(unread): \(error.message)")
            case .unreadable, .pageNotRendered: throw ConversionError(.notPDFOrDamaged, error.message)
            }
        }
    }

    private static func noTextLayer(_ pageCount: Int) -> String {
        PDFExtractionError.noTextLayer(pageCount: pageCount).message
    }
}
