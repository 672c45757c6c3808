import PowerListModel

/// A content line of a flow dump, page furniture already removed. A line of a
/// `pdftotext -raw` dump may hold the first lines of several cells; the row
/// reader splits it, and each piece is a `FlowLine` of its own.
struct FlowLine: Sendable, Equatable {
    var text: String
    /// Index of the line in the source, for ordering and messages.
    var sourceIndex: Int
    /// The dump marked a page start here: the line had leading white space
    /// (what a text extractor leaves where it dropped a page's furniture).
    var markedPageStart: Bool
    /// A form feed, or a repeated header row, stood right before this line:
    /// a page break that is certain, wherever it falls.
    var pageBreakBefore: Bool
    /// A page footer (`第 N 页`) stood right before this line.
    var footerPage: Int?
    /// The line opens a cell of its own: the rest of a printed line whose
    /// start went to another cell, or a spreadsheet's single-line cell.
    var opensCell = false
    /// The line opens the part of a row printed after a page break, which
    /// runs through the columns again from the first.
    var opensPagePart = false
    var width: Int

    init(text: String, sourceIndex: Int, markedPageStart: Bool, pageBreakBefore: Bool = false, footerPage: Int?) {
        self.text = text
        self.sourceIndex = sourceIndex
        self.markedPageStart = markedPageStart
        self.pageBreakBefore = pageBreakBefore
        self.footerPage = footerPage
        self.width = DisplayWidth.of(text)
    }

    /// A page may start here: the dump marks it, or furniture stood before it.
    var atPageStart: Bool { markedPageStart || pageBreakBefore || footerPage != nil }

    /// The piece of this line from `text` on: the same source line, no page mark.
    func tail(_ text: String) -> FlowLine {
        var tail = FlowLine(text: text, sourceIndex: sourceIndex, markedPageStart: false, footerPage: nil)
        tail.opensCell = true
        return tail
    }

    /// This line cut to `text` (its head), keeping its marks.
    func head(_ text: String) -> FlowLine {
        var head = self
        head.text = text
        head.width = DisplayWidth.of(text)
        return head
    }

    var cellLine: CellLine { CellLine(text) }
}
