import PDFExtraction
import PowerListModel

/// A page read by OCR: its glyphs as a text PDF would give them, and how
/// sure Tesseract was of them.
public struct RecognizedPage: Sendable, Equatable {
    public var glyphs: GlyphPage
    /// Mean confidence of the page's glyphs, 0–100 (nil: nothing was read).
    public var meanConfidence: Double?
    /// The angle the page was turned by to stand straight, in degrees.
    public var skew: Double
    /// Doubtful characters mended from the document's wording (`RecognitionConsensus`).
    public var mended = 0
    /// Characters that made no word, mended by reading their line again (`WordlessRereading`).
    public var reread = 0
    /// Characters read as a look-alike, mended by the word they make (`LookAlikeCharacters`).
    public var lookAlikes = 0
}

/// Reads the pages of a PDF that have no text layer: draws each, cleans it,
/// has Tesseract read it. Pages are read in parallel, each worker thread with
/// its own Poppler document and its own Tesseract, never shared; a page's
/// images are freed as soon as it is read.
public enum ScannedPageReader {
    /// - Parameters:
    ///   - pages: 1-based numbers of the pages to read.
    ///   - skippingBlankPaper: pages that draw no image are left out (a text
    ///     PDF's empty pages), not recognized.
    ///   - threads: at most this many pages are read at once.
    ///   - dataPath: where Tesseract's trained data is (nil: its default).
    ///   - progress: told the number of pages read so far after each page (serialized).
    public static func read(
        pdfAt path: String, password: String?, pages: [Int], skippingBlankPaper: Bool = false, threads: Int, dataPath: String? = nil,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(OCRError) -> [RecognizedPage] {
        // Tesseract is started for the first page to recognize: blank paper
        // needs none (nor its language data).
        var recognized: [RecognizedPage] = try ParallelPages.map(
            count: pages.count, threads: threads,
            worker: { _ throws(OCRError) in Worker(renderer: try PageRenderer(path: path, password: password)) },
            read: { worker, index throws(OCRError) in
                let number = pages[index]
                if skippingBlankPaper, !worker.renderer.hasImages(page: number) { return nil }
                if worker.reading == nil {
                    worker.reading = PageReading(
                        renderer: worker.renderer,
                        recognizer: try PageRecognizer(languages: Recognition.languages, dataPath: dataPath),
                        chineseRecognizer: try PageRecognizer(languages: [Recognition.chinese], dataPath: dataPath),
                        orientation: PageOrientation(dataPath: dataPath),
                        lexicon: RecognitionLexicon.chinese
                    )
                }
                guard let page = worker.reading?.read(page: number) else { throw .pageNotRendered(page: number) }
                return page
            },
            finished: progress
        )
        // The whole document's wording mends each page's doubtful characters.
        RecognitionConsensus.apply(to: &recognized, lexicon: RecognitionLexicon.chinese)
        RestatedWording.apply(to: &recognized)
        if let lexicon = RecognitionLexicon.chinese { LookAlikeCharacters.apply(to: &recognized, lexicon: lexicon) }
        return recognized
    }

    /// One worker's own renderer and, once a page needs it, its own Tesseracts.
    private struct Worker {
        let renderer: PageRenderer
        var reading: PageReading?
    }
}
