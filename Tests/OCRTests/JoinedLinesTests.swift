import CTesseract
@testable import OCR
import Testing

/// A short line no reading made out alone is read at the end of the line above.
@Suite struct JoinedLinesTests {
    static func part(width: Int, height: Int, origin: (Int, Int)) -> PagePart {
        let image = PageImage.adopting(pixCreate(Int32(width), Int32(height), 8))!
        pixSetAll(image.pix)
        return PagePart(image: image, origin: origin)
    }

    @Test func theLinesAreDrawnSideBySideTopsLevel() throws {
        // `…规定的行` (650 by 35 pixels) and `为。` (60 by 34), em 35.
        let before = Self.part(width: 650, height: 35, origin: (2325, 1354))
        let line = Self.part(width: 60, height: 34, origin: (2325, 1394))
        let joined = try #require(JoinedLines.joined(before, line, em: 35))
        // Paper of 7 pixels (0.2 em) round both, a blank of 7 between them.
        #expect(joined.image.image.width == 7 + 650 + 7 + 60 + 7)
        #expect(joined.image.image.height == 7 + 35 + 7)
        #expect((joined.x, joined.y) == (664, 7))
        #expect(joined.split == 661)
    }

    @Test func theSecondLinesSymbolsAreMovedOntoThePage() throws {
        let line = Self.part(width: 60, height: 34, origin: (2325, 1394))
        let symbols = [("行", 640, 690), ("为", 672, 726), ("。", 726, 740)].map { text, left, right in
            RecognizedSymbol(text: text, box: PixelBox(left: left, top: 7, right: right, bottom: 41), confidence: 96)
        }
        let read = [RecognizedLine(box: PixelBox(left: 7, top: 7, right: 740, bottom: 41), words: [RecognizedWord(symbols: symbols)])]
        // `行` boxed on past the split (the line model boxes a character to the next one's start) stays the line above's.
        let second = try #require(JoinedLines.second(of: read, split: 661, line: line, x: 664, y: 7))
        #expect(second.words.flatMap(\.symbols).map(\.text) == ["为", "。"])
        #expect(second.words.flatMap(\.symbols).first?.box == PixelBox(left: 2333, top: 1394, right: 2387, bottom: 1428))
        // Marks or letters alone there are no reading.
        let letters = [RecognizedLine(box: read[0].box, words: [RecognizedWord(symbols: [RecognizedSymbol(text: "o", box: PixelBox(left: 700, top: 7, right: 720, bottom: 41), confidence: 60)])])]
        #expect(JoinedLines.second(of: letters, split: 661, line: line, x: 664, y: 7) == nil)
    }
}
