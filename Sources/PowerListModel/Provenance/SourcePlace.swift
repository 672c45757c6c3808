/// Where a cell's text was read from in its source: a box on a PDF page, a
/// cell of a spreadsheet or of a document's table, or a range of a text
/// dump's lines (SPEC.md, `provenance`). Every reader knows this while it
/// reads; `--provenance` puts it in the output and `qzqd report` draws it.
public enum SourcePlace: Sendable, Hashable {
    /// A box in PDF points from the top-left of the page as displayed
    /// (after /Rotate), on 1-based `page`.
    case pageBox(page: Int, box: PageBox)
    /// A worksheet's cell, 1-based row and column.
    case sheetCell(sheet: String, row: Int, column: Int)
    /// A cell of the document's `table`-th table (DOCX, HTML), 1-based.
    case tableCell(table: Int, row: Int, column: Int)
    /// 1-based lines of a text input, first through last.
    case lines(first: Int, last: Int)

    /// `places` with one box per page and one range per run of touching
    /// lines: a cell built from several pieces (a row broken by a page break
    /// keeps one box on each page, a merged cell's absorbed parts join its
    /// anchor) is still one place per page. Order: first appearance.
    public static func merged(_ places: [SourcePlace]) -> [SourcePlace] {
        var result: [SourcePlace] = []
        for place in places {
            if let index = result.firstIndex(where: { $0.canJoin(place) }) {
                result[index] = result[index].joined(with: place)
            } else if !result.contains(place) {
                result.append(place)
            }
        }
        return result
    }

    private func canJoin(_ other: SourcePlace) -> Bool {
        switch (self, other) {
        case (.pageBox(let page, _), .pageBox(let otherPage, _)):
            page == otherPage
        case (.lines(let first, let last), .lines(let otherFirst, let otherLast)):
            otherFirst <= last + 1 && first <= otherLast + 1
        default:
            false
        }
    }

    private func joined(with other: SourcePlace) -> SourcePlace {
        switch (self, other) {
        case (.pageBox(let page, let box), .pageBox(_, let otherBox)):
            .pageBox(page: page, box: box.union(otherBox))
        case (.lines(let first, let last), .lines(let otherFirst, let otherLast)):
            .lines(first: min(first, otherFirst), last: max(last, otherLast))
        default:
            self
        }
    }
}

/// A rectangle in PDF points, origin top-left, y down: x0 < x1, y0 < y1.
public struct PageBox: Sendable, Hashable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    /// Rounded to a tenth of a point: finer than any printed stroke, and the
    /// output does not carry float noise.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = Self.rounded(min(x0, x1))
        self.y0 = Self.rounded(min(y0, y1))
        self.x1 = Self.rounded(max(x0, x1))
        self.y1 = Self.rounded(max(y0, y1))
    }

    public func union(_ other: PageBox) -> PageBox {
        PageBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
