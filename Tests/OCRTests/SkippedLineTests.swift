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

    /// A skipped line the English model reads as letters is read again in Chinese, as every line is.
    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func aSkippedLineReadAsLettersIsReadAgainInChinese() throws {
        let scan = Fixtures.path("scanned/xiangdu-yibao-group-header-speckled-p5.pdf")
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let name = try #require(try GeometricTableReader.read(pages.map(\.glyphs)).rows.first?[.name].text)
        #expect(name.hasPrefix("对采取虚报、隐"))  // 瞒 may be misread here; the document's spelling mends it later
        #expect(!name.contains { $0.isASCII && $0.isLetter })
    }
}

/// Print that no reading makes out is marked where it stands, not left out.
@Suite struct UnreadMarksTests {
    @Test func printNoReadingMadeOutIsOneMarkPerEm() throws {
        // `掺杂、掺`: characters 33 pixels wide and 34 tall on a 40 pixel pitch, the 、 small and low.
        let runs = [
            PixelBox(left: 376, top: 770, right: 409, bottom: 804), PixelBox(left: 416, top: 770, right: 449, bottom: 804),
            PixelBox(left: 456, top: 792, right: 466, bottom: 802), PixelBox(left: 496, top: 770, right: 529, bottom: 804),
        ]
        let line = try #require(PageReading.unreadMarks(in: runs))
        let symbols = line.words.flatMap(\.symbols)
        #expect(symbols.map(\.text).joined() == "〓〓〓〓")
        #expect(symbols.allSatisfy { $0.confidence == 0 })
        #expect(line.box == PixelBox(left: 376, top: 770, right: 529, bottom: 804))
        #expect(PageReading.unreadMarks(in: []) == nil)
    }
}
