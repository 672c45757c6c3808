import CTesseract
@testable import OCR
import Testing

/// `--` blurred into one `-` by a 200 dpi scan: the bars of ink round the
/// `-` say how many hyphens were printed.
@Suite struct HyphenPairsTests {
    /// A 1-bit image (1 = ink) with the given rectangles of ink.
    static func ink(_ boxes: [PixelBox], width: Int = 400, height: Int = 100) -> PageImage {
        let image = PageImage(pixCreate(Int32(width), Int32(height), 1)!)
        for box in boxes {
            var rectangle = boxCreate(Int32(box.left), Int32(box.top), Int32(box.width), Int32(box.height))
            pixSetInRect(image.pix, rectangle)
            boxDestroy(&rectangle)
        }
        return image
    }

    /// `）-单` as Tesseract read it, the `-` boxed over 36 pixels; the em is 37.
    static func line() -> RecognizedLine {
        RecognizedLine(boxing: [
            RecognizedSymbol(text: "）", box: PixelBox(left: 100, top: 30, right: 119, bottom: 65), confidence: 99),
            RecognizedSymbol(text: "-", box: PixelBox(left: 130, top: 30, right: 166, bottom: 65), confidence: 93),
            RecognizedSymbol(text: "单", box: PixelBox(left: 168, top: 30, right: 205, bottom: 65), confidence: 99),
        ])
    }

    /// The bracket's curve and the character's strokes beside the dash.
    static let neighbours = [PixelBox(left: 110, top: 30, right: 114, bottom: 65), PixelBox(left: 170, top: 45, right: 205, bottom: 49),
                             PixelBox(left: 185, top: 30, right: 189, bottom: 65)]

    func read(_ dashes: [PixelBox]) -> String {
        let page = Self.ink(Self.neighbours + dashes)
        var line = Self.line()
        HyphenPairs.apply(to: &line, em: 37) { HyphenPairs.bars(in: page, within: $0, em: 37) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func twoBarsAreTwoHyphens() {
        #expect(read([PixelBox(left: 135, top: 46, right: 144, bottom: 50), PixelBox(left: 150, top: 46, right: 159, bottom: 50)]) == "）--单")
    }

    @Test func oneBarStaysOneHyphen() {
        #expect(read([PixelBox(left: 140, top: 46, right: 150, bottom: 50)]) == "）-单")
    }

    @Test func aLineTheLengthOfAnEmIsNoPairOfHyphens() {
        #expect(read([PixelBox(left: 131, top: 46, right: 166, bottom: 50)]) == "）-单")
    }

    @Test func twoHyphensReadAsTwoStayTwo() {
        let page = Self.ink(Self.neighbours + [PixelBox(left: 135, top: 46, right: 144, bottom: 50), PixelBox(left: 150, top: 46, right: 159, bottom: 50)])
        var line = Self.line()
        line.words[0].symbols[1].box = PixelBox(left: 133, top: 30, right: 146, bottom: 65)
        line.words[0].symbols.insert(RecognizedSymbol(text: "-", box: PixelBox(left: 148, top: 30, right: 161, bottom: 65), confidence: 93), at: 2)
        HyphenPairs.apply(to: &line, em: 37) { HyphenPairs.bars(in: page, within: $0, em: 37) }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "）--单")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var blocks = [[Self.line()]]
        RecognitionCorrections.apply(to: &blocks, verticalRules: [], tolerance: 2)
        #expect(blocks[0][0].words.flatMap(\.symbols).map(\.text).joined() == "）-单")
    }
}
