import GeometricTables
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A line a cell's reading skipped is read on its own (`UnreadInk`), and
/// read again drawn larger when Tesseract finds nothing in it as cut: the
/// clean `险参保和变`, the name's second line, was lost at this size.
@Suite struct SkippedLineTests {
    let scan = Fixtures.path("scanned/zhao-yibao-section-200dpi-p16.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func everyLineOfTheNameIsRead() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let table = try GeometricTableReader.read(pages.map(\.glyphs))
        let names = table.rows.map { $0[.name].text }
        #expect(names == ["基本医疗保险参保和变更登记（主项）--单位参保信息变更登记（子项）"])
    }
}
