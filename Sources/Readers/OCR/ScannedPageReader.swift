import Dispatch
import Foundation
import PowerListModel

/// A page read by OCR: its glyphs as a text PDF would give them, and how
/// sure Tesseract was of them.
public struct RecognizedPage: Sendable, Equatable {
    public var glyphs: GlyphPage
    /// Mean confidence of the page's glyphs, 0–100 (nil: nothing was read).
    public var meanConfidence: Double?
    /// The angle the page was turned by to stand straight, in degrees.
    public var skew: Double
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
        let queue = PageQueue(pages: pages)
        let workers = max(1, min(threads, pages.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do throws(OCRError) {
                let renderer = try PageRenderer(path: path, password: password)
                // Tesseract is started for the first page to recognize: blank
                // paper needs none (nor its language data).
                var reading: PageReading?
                while let (index, number) = queue.next() {
                    if skippingBlankPaper, !renderer.hasImages(page: number) {
                        queue.skip(progress: progress)
                        continue
                    }
                    if reading == nil {
                        reading = PageReading(
                            renderer: renderer,
                            recognizer: try PageRecognizer(languages: Recognition.languages, dataPath: dataPath),
                            chineseRecognizer: try PageRecognizer(languages: [Recognition.chinese], dataPath: dataPath)
                        )
                    }
                    guard let page = reading?.read(page: number) else {
                        throw .pageNotRendered(page: number)
                    }
                    queue.finish(index, page, progress: progress)
                }
            } catch {
                queue.fail(error)
            }
        }
        return try queue.results()
    }
}

/// The pages still to read and those read, shared by the workers.
private final class PageQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let pages: [Int]
    private var nextIndex = 0
    private var read: [RecognizedPage?]
    private var done = 0
    private var error: OCRError?

    init(pages: [Int]) {
        self.pages = pages
        read = Array(repeating: nil, count: pages.count)
    }

    /// The next page to read, or nil when none is left or a worker failed.
    func next() -> (index: Int, number: Int)? {
        lock.withLock {
            guard error == nil, nextIndex < pages.count else { return nil }
            defer { nextIndex += 1 }
            return (nextIndex, pages[nextIndex])
        }
    }

    func finish(_ index: Int, _ page: RecognizedPage, progress: ((Int) -> Void)?) {
        lock.withLock {
            read[index] = page
            done += 1
            progress?(done)
        }
    }

    /// A page with nothing to read: counted as done.
    func skip(progress: ((Int) -> Void)?) {
        lock.withLock {
            done += 1
            progress?(done)
        }
    }

    func fail(_ failure: OCRError) {
        lock.withLock { if error == nil { error = failure } }
    }

    func results() throws(OCRError) -> [RecognizedPage] {
        let (error, read) = lock.withLock { (self.error, self.read) }
        if let error { throw error }
        return read.compactMap { $0 }
    }
}
