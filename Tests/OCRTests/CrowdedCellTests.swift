import GeometricTables
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A cell whose first line stands flush under its rule is read again with
/// white paper round it where that line reads unsure, and the surer
/// reading is kept.
@Suite struct CrowdedCellTests {
    let scan = Fixtures.path("scanned/changle-ziranziyuan-speckled-p3.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func firstLinesFlushUnderTheRuleReadRight() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let table = try GeometricTableReader.read(pages.map(\.glyphs))
        let rows = table.rows.filter { !$0[.seq].text.isEmpty }
        #expect(rows.map { $0[.seq].text } == ["3", "4"])
        let names = rows.map { $0[.name].text.filter { !$0.isWhitespace } }
        #expect(names.first == "对未经批准或者采取欺骗手段骗取批准，非法占用土地的处罚")
        // Read alone, the page's first row also holds the previous item's end, flush under the header.
        let duties = rows.map { $0[.responsibilities].text.filter { !$0.isWhitespace } }
        #expect(duties.first?.hasPrefix("对批后建设情况进行监督检查，对未按许可内容建设的依法处理。") == true)
        #expect(duties.first?.contains("1.立案阶段责任") == true)
        #expect(duties.last?.hasPrefix("(1)立案阶段责任") == true)
        let remarks = rows.map { $0[.remarks].text }
        #expect(remarks == ["执法监察大队", "矿产资源管理股"])
    }
}
