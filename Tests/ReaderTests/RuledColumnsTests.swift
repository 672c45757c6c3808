@testable import GeometricTables
import PowerListModel
import Testing

/// A summary's column boundaries on the rules a scan prints, where the ink's channel is blocked.
@Suite struct RuledColumnsTests {
    /// 总序号 | 类别及序号项目名称及 (two titles OCR ran together) | 备注, as on a spreadsheet print.
    static let cells = [
        HeaderCell(role: .extra("总序号"), title: "总序号", x0: 55.4, x1: 87.1),
        HeaderCell(role: .extra("类别及序号项目名称及"), title: "类别及序号项目名称及", x0: 115.0, x1: 232.1),
        HeaderCell(role: .extra("备注"), title: "备注", x0: 234.5, x1: 255.6),
    ]

    /// The rule between the two number columns, broken at every heading row, and short pieces of the header's.
    static let rules = [
        VerticalRule(x: 113.5, y0: 86.9, y1: 102.2), VerticalRule(x: 113.5, y0: 116.9, y1: 173.8),
        VerticalRule(x: 113.6, y0: 176.9, y1: 192.2), VerticalRule(x: 113.8, y0: 236.9, y1: 297.4),
        VerticalRule(x: 113.8, y0: 311.8, y1: 417.1), VerticalRule(x: 113.8, y0: 431.8, y1: 522.2),
        VerticalRule(x: 122.2, y0: 71.8, y1: 83.0), VerticalRule(x: 170.8, y0: 71.8, y1: 83.0),
        // The rule between 类别及序号 and 项目名称, within the run-together title.
        VerticalRule(x: 173.3, y0: 86.9, y1: 102.2), VerticalRule(x: 173.3, y0: 116.9, y1: 162.0),
        VerticalRule(x: 173.4, y0: 176.9, y1: 192.2), VerticalRule(x: 173.4, y0: 236.9, y1: 297.4),
        VerticalRule(x: 173.5, y0: 311.8, y1: 417.1), VerticalRule(x: 173.5, y0: 431.8, y1: 522.2),
    ]

    /// Glyphs 6 points wide, set close from `x`, at 100–106 points down, read by OCR.
    static func glyphs(_ text: String, from x: Double) -> [Glyph] {
        text.unicodeScalars.enumerated().map { index, scalar in
            Glyph(scalar: scalar, x0: x + 6 * Double(index), y0: 100, x1: x + 6 * Double(index) + 6, y1: 106, confidence: 95)
        }
    }

    @Test func aScansColumnRuleEndsAFragment() {
        // Two tight header cells read one by one, 1.5 points apart: one text unless a rule stands between.
        let glyphs = Self.glyphs("类别及序号", from: 115) + Self.glyphs("项目名称", from: 146.5)
        let builder = TextFragmentBuilder(wordGap: 0.5)
        let ruled = GlyphPage(number: 1, width: 800, height: 600, glyphs: glyphs, columnRules: [VerticalRule(x: 145.7, y0: 95, y1: 110)])
        #expect(builder.fragments(of: ruled).map(\.text) == ["类别及序号", "项目名称"])
        let unruled = GlyphPage(number: 1, width: 800, height: 600, glyphs: glyphs)
        #expect(builder.fragments(of: unruled).map(\.text) == ["类别及序号项目名称"])
        // A rule of another row (above the line's middle) parts nothing.
        let above = GlyphPage(number: 1, width: 800, height: 600, glyphs: glyphs, columnRules: [VerticalRule(x: 145.7, y0: 80, y1: 101)])
        #expect(builder.fragments(of: above).map(\.text) == ["类别及序号项目名称"])
    }

    @Test func aRuleDownMostOfTheBodyIsTheColumnsEdge() {
        // A misread heading's ink filled the channel: both number columns ran together.
        let bands = ColumnBands(cells: Self.cells, bodyInk: [(55, 155), (56, 61), (116, 121), (175, 360)], resolution: 0.2)
        let ruled = bands.ruled(by: Self.rules, from: 100.7, to: 520.7)
        #expect(ruled.column(forX: 58) == 0)
        #expect(ruled.column(forX: 118) == 1)
        // The names: after the rule the run-together titles span.
        #expect(ruled.column(forX: 200) == 2)
        #expect(ruled.boundaries[0] > 113 && ruled.boundaries[0] < 114)
    }

    @Test func aFirstColumnWhoseTitleOCRSkippedIsAColumnOfItsOwn() {
        // 总序号 unread: 类别及序号 is the first title; the table's edge and the rule after 总序号 run down the body.
        let first = HeaderCell(role: .extra("类别及序号"), title: "类别及序号", x0: 115.0, x1: 145.0)
        let edges = [VerticalRule(x: 30.2, y0: 86.9, y1: 522.2)] + Self.rules.filter { $0.x < 114 }
        let numbers = Self.glyphs("1", from: 60) + Self.glyphs("1", from: 125)
        let column = SummaryTableReader.untitledFirstColumn(before: first, rules: edges, from: 100.7, to: 520.7, ink: numbers)
        #expect(column.map { [$0.x0, $0.x1] } == [30.2, edges.dropFirst().map(\.x).reduce(0, +) / 6])
        // No print between the rules, or one rule only: no column.
        #expect(SummaryTableReader.untitledFirstColumn(before: first, rules: edges, from: 100.7, to: 520.7, ink: Self.glyphs("1", from: 125)) == nil)
        #expect(SummaryTableReader.untitledFirstColumn(before: first, rules: Array(edges.dropFirst()), from: 100.7, to: 520.7, ink: numbers) == nil)
    }

    @Test func shortPiecesOfRuleAreNoColumnsEdge() {
        // Only the header's own pieces: under a tenth of the body.
        let header = Self.rules.filter { $0.y1 < 90 }
        #expect(ColumnBands.columnEdges(header, from: 100.7, to: 520.7).isEmpty)
        let bands = ColumnBands(cells: Self.cells, bodyInk: [(55, 155), (175, 360)], resolution: 0.2)
        #expect(bands.ruled(by: header, from: 100.7, to: 520.7).boundaries == bands.boundaries)
    }

    @Test func piecesOfOneRuleCountOnce() {
        // Overlapping pieces covering 200 of 400 points: half, and no more.
        let pieces = [VerticalRule(x: 100, y0: 100, y1: 250), VerticalRule(x: 100.5, y0: 150, y1: 300)]
        #expect(ColumnBands.columnEdges(pieces, from: 100, to: 500).count == 1)
        #expect(ColumnBands.columnEdges(pieces, from: 100, to: 520).isEmpty)
    }
}
