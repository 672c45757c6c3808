import CPoppler
import Foundation
import PDFExtraction

/// Draws every page of a PDF through Poppler and cairo into 8-bit grey PNGs:
/// lists are black print on white paper, so grey keeps everything a reviewer
/// reads at a third of RGB's bytes. Pages are drawn in parallel, each thread
/// with its own Poppler document (Poppler's objects are not shared between
/// threads); each cairo surface is freed as soon as its PNG is written.
public enum PageRenderer {
    /// 1.5 × 72 dpi: 9-point print stays legible, and the 27 landscape pages
    /// of the corpus list make a 3.8 MB report (at most 15 MB: ZhaoReportTests).
    public static let defaultScale = 1.5

    public static func render(
        pdfAt path: String, password: String?, scale: Double = defaultScale, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PageRenderingError) -> [RenderedPage] {
        // Poppler opens URIs, which need an absolute path.
        let path = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let count: Int
        do {
            count = try PopplerDocument(path: path, password: password).pageCount
        } catch {
            throw .unopenable(error.message)
        }
        guard count > 0 else { return [] }
        let workers = max(1, min(threads, count))
        let results = RenderedPages(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let document = try? PopplerDocument(path: path, password: password) else { return }
            for number in stride(from: worker + 1, through: count, by: workers) {
                results.set(number, document.withPage(number) { page in draw(page, number: number, scale: scale) } ?? nil)
            }
        }
        return try results.all()
    }

    private static func draw(_ page: OpaquePointer, number: Int, scale: Double) -> RenderedPage? {
        guard let drawn = GreyPage.draw(page, scale: scale), let grey = GreySurface.make(from: drawn) else { return nil }
        defer { cairo_surface_destroy(grey) }
        guard let png = PNGStream.write(grey) else { return nil }
        return RenderedPage(number: number, width: drawn.width, height: drawn.height, png: png)
    }
}

/// The pages the workers drew, by number; a page none could draw is an error.
private final class RenderedPages: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [RenderedPage?]

    init(count: Int) {
        pages = Array(repeating: nil, count: count)
    }

    func set(_ number: Int, _ page: RenderedPage?) {
        lock.withLock { pages[number - 1] = page }
    }

    func all() throws(PageRenderingError) -> [RenderedPage] {
        let drawn = lock.withLock { pages }
        if let missing = drawn.firstIndex(where: { $0 == nil }) { throw .page(missing + 1) }
        return drawn.compactMap { $0 }
    }
}
