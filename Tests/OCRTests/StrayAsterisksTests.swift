@testable import OCR
import Testing

/// A `*` read after Chinese print: a speck unless a star of ink stands in its box.
@Suite struct StrayAsterisksTests {
    /// `违*法` as Tesseract read it, the `*` boxed 14 by 26 pixels; the em is 37.
    static func line(before: String = "违", after: String = "法") -> RecognizedLine {
        let symbols = [
            RecognizedSymbol(text: before, box: PixelBox(left: 100, top: 30, right: 137, bottom: 67), confidence: 99),
            RecognizedSymbol(text: "*", box: PixelBox(left: 139, top: 35, right: 153, bottom: 61), confidence: 88),
            RecognizedSymbol(text: after, box: PixelBox(left: 156, top: 30, right: 193, bottom: 67), confidence: 99),
        ]
        return RecognizedLine(box: PixelBox(left: 100, top: 30, right: 193, bottom: 67), words: [RecognizedWord(symbols: symbols)])
    }

    /// Strokes of the characters either side, outside the `*`'s box.
    static let neighbours = [PixelBox(left: 100, top: 30, right: 104, bottom: 67), PixelBox(left: 156, top: 30, right: 160, bottom: 67)]

    func read(_ ink: [PixelBox], before: String = "违") -> String {
        let page = HyphenPairsTests.ink(Self.neighbours + ink)
        var line = Self.line(before: before)
        StrayAsterisks.apply(to: &line, em: 37) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func aSpeckIsNoAsterisk() {
        #expect(read([PixelBox(left: 144, top: 44, right: 147, bottom: 47)]) == "违法")
        // Nothing at all under it: blank paper read as a mark.
        #expect(read([]) == "违法")
    }

    @Test func aStarOfInkIsAPrintedAsterisk() {
        // Three strokes crossing, 12 pixels across: a third of an em.
        let star = [PixelBox(left: 140, top: 46, right: 152, bottom: 48), PixelBox(left: 145, top: 41, right: 147, bottom: 53),
                    PixelBox(left: 142, top: 43, right: 150, bottom: 45)]
        #expect(read(star) == "违*法")
    }

    @Test func afterALatinLetterOrDigitAnAsteriskStaysWhateverItsInk() {
        #expect(read([], before: "A") == "A*法")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var blocks = [[Self.line()]]
        RecognitionCorrections.apply(to: &blocks, verticalRules: [], tolerance: 2)
        #expect(blocks[0][0].words.flatMap(\.symbols).map(\.text).joined() == "违*法")
    }
}
