@testable import GeometricTables
import PowerListModel
import Testing

/// A speck beside a scanned column title, read as a mark of its own (`”`
/// before 追责情形), is no column: the header is still found.
@Suite struct HeaderStrayMarkTests {
    static func page(markBeforeTitle: String?) -> GlyphPage {
        var glyphs: [Glyph] = []
        for (column, title) in ["序号", "权力事项", "实施依据", "责任事项"].enumerated() {
            if column == 3, let mark = markBeforeTitle {
                // Six points before the title: a fragment of its own.
                glyphs += RowRulesTests.glyphs(mark, x: RowRulesTests.columns[column] + 4 - 15, top: 40)
            }
            glyphs += RowRulesTests.glyphs(title, x: RowRulesTests.columns[column] + 4, top: 40)
        }
        glyphs += RowRulesTests.glyphs("1", x: 34, top: 60) + RowRulesTests.glyphs("对甲的处罚", x: 64, top: 60)
            + RowRulesTests.glyphs("依据一", x: 204, top: 60) + RowRulesTests.glyphs("责任一", x: 404, top: 60)
        return GlyphPage(number: 1, width: 842, height: 595, glyphs: glyphs)
    }

    @Test(arguments: [nil, "”", "’", "."])
    func aMarkBesideATitleIsNoColumn(_ mark: String?) throws {
        let table = try GeometricTableReader.read([Self.page(markBeforeTitle: mark)])
        #expect(table.columns.map(\.role) == [.seq, .name, .basis, .responsibilities])
        #expect(table.rows.map { $0[.responsibilities].text } == ["责任一"])
    }
}

/// A two-row header as OCR boxes it: the titles spanning both rows stand a
/// little less than half a line under the group title. The group title is
/// still header, not the first row's text.
@Suite struct ScannedGroupHeaderTests {
    @Test(arguments: [4.3, 4.5, 4.7])
    func aGroupTitleALittleHigherThanHalfALineIsHeader(_ offset: Double) throws {
        let columns = RowRulesTests.columns
        var glyphs = RowRulesTests.glyphs("权责内容", x: 290, top: 40)
        glyphs += RowRulesTests.glyphs("序号", x: columns[0] + 4, top: 40 + offset) + RowRulesTests.glyphs("权力事项", x: columns[1] + 4, top: 40 + offset)
        glyphs += RowRulesTests.glyphs("实施依据", x: columns[2] + 4, top: 49) + RowRulesTests.glyphs("责任事项", x: columns[3] + 4, top: 49)
        glyphs += RowRulesTests.glyphs("1", x: 34, top: 64) + RowRulesTests.glyphs("对甲的处罚", x: 64, top: 64)
            + RowRulesTests.glyphs("依据一", x: 204, top: 64) + RowRulesTests.glyphs("责任一", x: 404, top: 64)
        let table = try GeometricTableReader.read([GlyphPage(number: 1, width: 842, height: 595, glyphs: glyphs)])
        #expect(table.columns.map(\.role) == [.seq, .name, .basis, .responsibilities])
        #expect(table.rows.map { $0[.responsibilities].text } == ["责任一"])
        #expect(table.titleLines.isEmpty)
    }
}
