@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// A bold title set just above a scanned table is read as a title: none of
/// its strokes is taken for a rule (`RulingLines`), which cut it up.
@Suite struct TitleAboveTableTests {
    let scan = Fixtures.path("scanned/lianchi-title-speckled.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func theTitleReadsWhole() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let text = String(String.UnicodeScalarView(pages[0].glyphs.glyphs.map(\.scalar)))
        // OCR may misread a character (莲 as 连, which the rows' 行政主体 mend later); the title's words stand whole.
        #expect(text.contains("保定市") && text.contains("池区卫生健康局权责清单事项统计表"), "\(text.suffix(40))")
    }
}
