@testable import GeometricTables
import PowerListModel
import Testing

/// A scan's rows are cut at the rules OCR found, not at the spacing: a tight
/// row's padding is within the noise of recognized line boxes. These rows
/// are spaced exactly like the lines inside them, so only the rules tell
/// where one ends.
@Suite struct RowRulesTests {
    /// Columns: 序号, 权力事项, 实施依据, 责任事项.
    static let columns: [Double] = [30, 60, 200, 400]
    static let pitch = 12.0

    /// `text` in 9 pt squares from `x`, on the line at `top`.
    static func glyphs(_ text: String, x: Double, top: Double) -> [Glyph] {
        text.unicodeScalars.enumerated().map { index, scalar in
            Glyph(scalar: scalar, x0: x + 9 * Double(index), y0: top, x1: x + 9 * Double(index + 1), y1: top + 9, confidence: 95)
        }
    }

    /// A page with the header at 40 and body lines from 60: `cells` lists
    /// (column, body line, text).
    static func page(_ number: Int, _ cells: [(column: Int, line: Int, text: String)], ruledAfterLines: [Int], ruled: Bool) -> GlyphPage {
        var glyphs: [Glyph] = []
        for (column, title) in ["序号", "权力事项", "实施依据", "责任事项"].enumerated() {
            glyphs += Self.glyphs(title, x: columns[column] + 4, top: 40)
        }
        for cell in cells.sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
            glyphs += Self.glyphs(cell.text, x: columns[cell.column] + 4, top: 60 + pitch * Double(cell.line))
        }
        // Header borders, and a rule under each row's last line, across the table.
        let heights = [35.0, 55.0] + ruledAfterLines.map { 60 + pitch * Double($0) + 10.5 }
        let rules = ruled ? heights.map { HorizontalRule(y: $0, x0: 30, x1: 600) } : []
        return GlyphPage(number: number, width: 842, height: 595, glyphs: glyphs, rules: rules)
    }

    static func responsibilities(_ label: String, _ lines: Range<Int>) -> [String] {
        lines.map { "\(label)第\($0 + 1)行" }
    }

    static func pages(ruled: Bool) -> [GlyphPage] {
        // Page 1: row 1 (5 lines, its 序号 centred), row 2 running on to page 2.
        var first: [(column: Int, line: Int, text: String)] = [(0, 2, "1"), (1, 2, "对甲的处罚"), (2, 0, "依据一")]
        first += responsibilities("责任一", 0..<5).enumerated().map { (3, $0, $1) }
        first += [(0, 9, "2"), (1, 9, "对乙的处罚"), (2, 5, "依据二")]
        first += responsibilities("责任二", 0..<10).enumerated().map { (3, 5 + $0, $1) }
        // Page 2: row 2's last three lines, then row 3.
        var second: [(column: Int, line: Int, text: String)] = responsibilities("责任二", 10..<13).enumerated().map { (3, $0, $1) }
        second += [(0, 5, "3"), (1, 5, "对丙的处罚"), (2, 3, "依据三")]
        second += responsibilities("责任三", 0..<6).enumerated().map { (3, 3 + $0, $1) }
        return [page(1, first, ruledAfterLines: [4, 14], ruled: ruled), page(2, second, ruledAfterLines: [2, 8], ruled: ruled)]
    }

    @Test func rowsEndAtTheirRules() throws {
        let table = try GeometricTableReader.read(Self.pages(ruled: true))
        let rows = table.rows
        #expect(rows.map { $0[.seq].text } == ["1", "2", "3"])
        #expect(rows.map { $0[.name].text } == ["对甲的处罚", "对乙的处罚", "对丙的处罚"])
        #expect(rows.map { $0[.basis].text } == ["依据一", "依据二", "依据三"])
        #expect(rows.map { $0[.responsibilities].text } == [
            Self.responsibilities("责任一", 0..<5).joined(), Self.responsibilities("责任二", 0..<13).joined(),
            Self.responsibilities("责任三", 0..<6).joined(),
        ])
        #expect(rows.map(\.pages) == [[1], [1, 2], [2]])
    }

    /// A row whose cells all leave a line blank is one row when no rule
    /// crosses the blank (spacing alone would start an unnumbered row there).
    @Test(arguments: [true, false])
    func aGapInsideARuledRowStartsNoRow(_ ruled: Bool) throws {
        var cells: [(column: Int, line: Int, text: String)] = [(0, 2, "1"), (1, 1, "对甲的"), (1, 4, "处罚"), (2, 0, "依据一")]
        cells += [0, 1, 2, 4].enumerated().map { index, line in (3, line, "责任一第\(index + 1)行") }
        cells += [(0, 7, "2"), (1, 7, "对乙的处罚"), (2, 7, "依据二"), (3, 7, "责任二第1行")]
        let table = try GeometricTableReader.read([Self.page(1, cells, ruledAfterLines: [4, 7], ruled: ruled)])
        let names = table.rows.map { $0[.name].text }
        if ruled {
            #expect(names == ["对甲的处罚", "对乙的处罚"])
            #expect(table.rows.first?[.responsibilities].text == (1...4).map { "责任一第\($0)行" }.joined())
        } else {
            // The spacing evidence this test stands on: without rules, the gap cuts row 1.
            #expect(names == ["对甲的", "处罚", "对乙的处罚"])
        }
    }

    /// Only rules crossing the 序号 column are row borders: a rule under part
    /// of a row (a cell split in two) is not.
    @Test func aRuleBesideTheNumberColumnIsNoRowBorder() {
        let rules = RowRules([1: [HorizontalRule(y: 100, x0: 200, x1: 600), HorizontalRule(y: 130, x0: 30, x1: 600)]], crossingColumnAt: 45)
        #expect(rules.on(page: 1) == [130])
        #expect(rules.on(page: 2).isEmpty)
    }
}
