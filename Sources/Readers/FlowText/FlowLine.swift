import PowerListModel

/// A content line of a flow dump, page furniture already removed.
struct FlowLine: Sendable, Equatable {
    var text: String
    /// Index of the line in the source, for ordering and messages.
    var sourceIndex: Int
    /// The dump marked a page start here: the line had leading white space
    /// (what a text extractor leaves where it dropped a page's furniture).
    var markedPageStart: Bool
    /// A page footer (`第 N 页`) stood right before this line.
    var footerPage: Int?
    var width: Int

    init(text: String, sourceIndex: Int, markedPageStart: Bool, footerPage: Int?) {
        self.text = text
        self.sourceIndex = sourceIndex
        self.markedPageStart = markedPageStart
        self.footerPage = footerPage
        self.width = DisplayWidth.of(text)
    }

    var cellLine: CellLine { CellLine(text) }
}
