import CTesseract
@testable import OCR
import Testing
import TestSupport

/// A cell whose ink touches its edge is read again on white paper (`PagePart.withMargin`).
@Suite struct CellMarginTests {
    @Test func aMarginKeepsEveryPixelWhereItStandsOnThePage() throws {
        let image = PageImage(pixCreate(40, 20, 8)!)
        pixSetAll(image.pix)
        pixSetPixel(image.pix, 3, 19, 0)
        let part = PagePart(image: image, origin: (x: 500, y: 700))
        let margined = try #require(part.withMargin(30))
        #expect(margined.image.width == 100 && margined.image.height == 80)
        #expect(margined.origin == (x: 470, y: 670))
        // The ink pixel on the crop's last row: the same page position, paper under and round it.
        var value: UInt32 = 1
        pixGetPixel(margined.image.pix, 33, 49, &value)
        #expect(value == 0)
        #expect(margined.onPage(x: 33, y: 49) == part.onPage(x: 3, y: 19))
        pixGetPixel(margined.image.pix, 33, 50, &value)
        #expect(value == 255)
    }

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func aHeadingWhoseFootTouchesTheCropIsReadOnWhitePaper() throws {
        let image = try #require(PageImage.adopting(pixRead(Fixtures.path("scanned/tight-heading-cell.png"))))
        let part = PagePart(image: image, origin: (x: 130, y: 513))
        let recognizer = try PageRecognizer(languages: Recognition.languages)
        let margined = try #require(part.withMargin(30))
        let lines = recognizer.recognize(margined, dpi: 300, segmentation: Recognition.cellSegmentation)[0]
        let text = lines.flatMap { $0.words.flatMap { $0.symbols.map(\.text) } }.joined()
        #expect(text == "一、行政处罚共3项")
        // Where the page has it: the line's foot on the crop's last row.
        let line = try #require(lines.first)
        #expect(abs(line.box.bottom - 570) <= 2 && line.box.left >= 130 && line.box.left <= 160)
    }
}
