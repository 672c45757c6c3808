import Dispatch
import Foundation
import PowerListModel

/// Reads the pages of one PDF on several threads. Each thread opens its own
/// `PopplerDocument` (Poppler's objects are not thread-safe, separate
/// documents are) and takes the next unread page until none is left, so a
/// dense page holds up no other thread. Every page is read the same way
/// whichever thread reads it, and results go into their page's slot: the
/// output is the same, in page order, for any number of threads.
enum PageParallelReader {
    /// All pages of `document` (already opened from `path`, read on the calling
    /// thread) and of the documents the other threads open; pages Poppler cannot
    /// load are left out, as the sequential reading leaves them.
    static func pages(of document: PopplerDocument, path: String, password: String?, threads: Int) -> [GlyphPage] {
        let queue = PageQueue(pageCount: document.pageCount)
        let helpers = min(max(threads, 1), document.pageCount) - 1
        let group = DispatchGroup()
        for _ in 0..<max(helpers, 0) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                // The calling thread opened the file already: failing here now would be
                // a file changed underneath; the other threads then read its pages.
                guard let own = try? PopplerDocument(path: path, password: password) else { return }
                queue.drain(own)
            }
        }
        queue.drain(document)
        group.wait()
        return queue.results()
    }
}

/// The next page to read and the pages read so far, shared by the threads.
private final class PageQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [GlyphPage?]

    init(pageCount: Int) {
        slots = Array(repeating: nil, count: pageCount)
    }

    /// Reads pages from `document` until every page is taken.
    func drain(_ document: PopplerDocument) {
        while let index = take() {
            let page = document.glyphPage(at: index)
            lock.withLock { slots[index] = page }
        }
    }

    func results() -> [GlyphPage] {
        lock.withLock { slots.compactMap { $0 } }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
