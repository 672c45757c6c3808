import Testing
@testable import PowerListModel

@Suite struct ProvenanceModelTests {
    @Test func mergingKeepsOneBoxPerPageAndOneRangePerRunOfLines() {
        let merged = SourcePlace.merged([
            .pageBox(page: 3, box: PageBox(x0: 10, y0: 500, x1: 50, y1: 560)),
            .pageBox(page: 4, box: PageBox(x0: 12, y0: 40, x1: 48, y1: 60)),
            .pageBox(page: 3, box: PageBox(x0: 8, y0: 480, x1: 40, y1: 520)),
            .lines(first: 5, last: 6), .lines(first: 7, last: 7), .lines(first: 10, last: 10),
            .tableCell(table: 1, row: 2, column: 3), .tableCell(table: 1, row: 2, column: 3),
        ])
        #expect(merged == [
            .pageBox(page: 3, box: PageBox(x0: 8, y0: 480, x1: 50, y1: 560)),
            .pageBox(page: 4, box: PageBox(x0: 12, y0: 40, x1: 48, y1: 60)),
            .lines(first: 5, last: 7), .lines(first: 10, last: 10),
            .tableCell(table: 1, row: 2, column: 3),
        ])
    }

    @Test func boxesAreRoundedToATenthOfAPointAndOrdered() {
        #expect(PageBox(x0: 20.04, y0: 9.96, x1: 10.01, y1: 30.449) == PageBox(x0: 10, y0: 10, x1: 20, y1: 30.4))
    }

    /// A 600 × 800 page displayed; its content turned so that an upright page
    /// is 800 × 600. A box at (100…200, 50…60) of the upright page stands on
    /// the displayed page where turning it back puts it.
    @Test(arguments: [
        (QuarterTurn.none, PageBox(x0: 100, y0: 50, x1: 200, y1: 60)),
        (.clockwise, PageBox(x0: 540, y0: 100, x1: 550, y1: 200)),
        (.half, PageBox(x0: 400, y0: 740, x1: 500, y1: 750)),
        (.counterclockwise, PageBox(x0: 50, y0: 600, x1: 60, y1: 700)),
    ])
    func uprightBoxesTurnBackToThePageAsDisplayed(turn: QuarterTurn, expected: PageBox) {
        let frame = GlyphFrame.page(turn: turn, width: 600, height: 800)
        #expect(frame.place(page: 2, x0: 100, y0: 50, x1: 200, y1: 60) == .pageBox(page: 2, box: expected))
    }

    @Test func aBoxReachingPastThePaperStopsAtItsEdge() {
        let frame = GlyphFrame.page(turn: .none, width: 600, height: 800)
        #expect(frame.place(page: 1, x0: -2, y0: 790, x1: 40, y1: 803) == .pageBox(page: 1, box: PageBox(x0: 0, y0: 790, x1: 40, y1: 800)))
    }

    @Test func textLinesNameTheInputLinesOfTheirRows() {
        let frame = GlyphFrame.textLines([7, 8, 9, 12])
        #expect(frame.place(page: 1, x0: 3, y0: 1, x1: 9, y1: 4) == .lines(first: 8, last: 12))
    }

    /// `…\n\fNext` is split by the text extractor into `…`, ``, `\f`, `Next`:
    /// the last three are all the second input line.
    @Test func formFeedPiecesShareTheirInputLine() {
        #expect(InputLineNumbers.of(["a", "", "\u{0C}", "b", "c"]) == [1, 2, 2, 2, 3])
        #expect(InputLineNumbers.of(["a", "b"]) == [1, 2])
    }

    @Test func aRowsProvenanceListsItsCellsByField() {
        let columns = [Column(title: "主项", role: .mainItem), Column(title: "子项", role: .subItem), Column(title: "行使层级", role: .extra("行使层级"))]
        var row = TableRow(cells: [:])
        row[.mainItem] = Cell(text: "甲", places: [.lines(first: 2, last: 2)])
        row[.subItem] = Cell(text: "乙", places: [.lines(first: 3, last: 3)])
        row[.extra("行使层级")] = Cell(text: "县级", places: [.lines(first: 2, last: 2)])
        #expect(Provenance(row: row, columns: columns).fields == [
            "name": [.lines(first: 2, last: 2), .lines(first: 3, last: 3)], "行使层级": [.lines(first: 2, last: 2)],
        ])
    }
}
