import GeometricTables
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A scan's columns are found page by page (each sheet lies on the glass a
/// little otherwise, and one page's body must not blur another's column
/// gaps), and kept to the rules the page prints.
@Suite struct PageByPageColumnsTests {
    let scan = Fixtures.path("scanned/zhao-yibao-excel-speckled-p3-p11.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func everyRowOfBothPagesKeepsItsNumberAndType() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1, 2], threads: 2)
        let table = try GeometricTableReader.read(pages.map(\.glyphs))
        #expect(table.columns.map(\.role).prefix(6) == [.seq, .category, .name, .subject, .basis, .responsibilities])
        let rows = table.rows
        #expect(rows.map { PowerCategory.canonicalize($0[.category].text) } == ["行政处罚", "行政处罚", "行政处罚", "行政强制", "其他行政权力", "其他行政权力"])
        // Page 2's numbers stand right-aligned against the column's rule, a speck left of them.
        #expect(rows.map { $0[.seq].text }.prefix(4) == ["1", "2", "3", "4"])
        #expect(rows.last?[.seq].text == "26")
        #expect(rows.allSatisfy { $0[.subject].text.hasSuffix("县医疗保障局") })
        #expect(rows[4][.name].text.hasSuffix("项目政府指导价格"))
    }
}
