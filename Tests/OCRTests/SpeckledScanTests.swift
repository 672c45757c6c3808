import GeometricTables
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A speckled scan (white paper, specks of 1–3 pixels, slight skew), read
/// through to the table: specks beside the column titles once hid the
/// header (exit 9), and a speck above one cell once made its row a title
/// and its text vanish.
@Suite struct SpeckledScanTests {
    let scan = Fixtures.path("scanned/xiangdu-yibao-speckled-p3.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func theHeaderAndEveryRowAreFound() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let table = try GeometricTableReader.read(pages.map(\.glyphs))
        #expect(table.columns.map(\.role) == [.seq, .category, .name, .subject, .basis, .responsibilities, .accountability, .remarks])
        let rows = table.rows
        #expect(rows.map { $0[.seq].text } == ["1", "2"])
        #expect(rows.map { $0[.category].text } == ["行政处罚", "行政处罚"])
        // Every line of the first name is in its row (the row is no title); OCR may misread a character.
        #expect(rows[0][.name].text.count == "对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的处罚".count)
        #expect(rows[0][.basis].text == "《中华人民共和国社会保险法》第八十四条")
        #expect(rows[1][.name].text == "对将本人的基本医疗保险凭证出借给他人就医或者出借给医疗机构使用的处罚")
        #expect(rows[0][.responsibilities].text.hasPrefix("立案责任：对用人单位不办理医疗保险和生育保险"))
        #expect(table.titleLines.allSatisfy { !$0.contains("行政处罚") })
    }
}
