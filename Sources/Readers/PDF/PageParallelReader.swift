import PowerListModel

/// The glyphs of every page of one PDF, read on several threads
/// (`ParallelPages`), each with its own `PopplerDocument`.
enum PageParallelReader {
    /// All pages of `document` (already opened from `path`, read by the first
    /// worker) and of the documents the other workers open; pages Poppler cannot
    /// load are left out, as the sequential reading leaves them.
    static func pages(of document: PopplerDocument, path: String, password: String?, threads: Int) -> [GlyphPage] {
        ParallelPages.map(
            count: document.pageCount, threads: threads,
            // The file opened once already: failing now would be a file changed
            // underneath; the other workers then read its pages.
            worker: { number in number == 0 ? document : try? PopplerDocument(path: path, password: password) },
            read: { own, index in own.glyphPage(at: index) }
        )
    }
}
