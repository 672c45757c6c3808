import PowerListModel

/// Stage 1's output for a PDF.
public struct ExtractedPDF: Sendable, Equatable {
    /// Every page Poppler could load, in order, its text turned upright.
    public var pages: [GlyphPage]
    /// Pages (1-based) left without glyphs because their text layer does not
    /// decode, at the document's edges (see `UndecodablePagePolicy`); the
    /// caller reports them.
    public var undecodablePages: [Int]

    public init(pages: [GlyphPage], undecodablePages: [Int] = []) {
        self.pages = pages
        self.undecodablePages = undecodablePages
    }
}
