@testable import OCR
import Testing

/// A `-` read between Chinese characters: a speck unless a flat bar of ink stands under it.
@Suite struct StrayHyphensTests {
    /// `保-险` as Tesseract read it, the `-` boxed over 11 by 41 pixels; the em is 37.
    static func line(before: String = "保", mark: String = "-") -> RecognizedLine {
        let symbols = [
            RecognizedSymbol(text: before, box: PixelBox(left: 100, top: 30, right: 137, bottom: 67), confidence: 99),
            RecognizedSymbol(text: mark, box: PixelBox(left: 140, top: 28, right: 151, bottom: 69), confidence: 89),
            RecognizedSymbol(text: "险", box: PixelBox(left: 156, top: 30, right: 193, bottom: 67), confidence: 99),
        ]
        return RecognizedLine(box: PixelBox(left: 100, top: 28, right: 193, bottom: 69), words: [RecognizedWord(symbols: symbols)])
    }

    /// Strokes of the characters either side, running to the line's edge.
    static let neighbours = [PixelBox(left: 100, top: 30, right: 104, bottom: 67), PixelBox(left: 100, top: 45, right: 137, bottom: 49),
                             PixelBox(left: 156, top: 30, right: 160, bottom: 67), PixelBox(left: 156, top: 50, right: 193, bottom: 54)]

    func read(_ ink: [PixelBox], before: String = "保", mark: String = "-") -> String {
        let page = HyphenPairsTests.ink(Self.neighbours + ink)
        var line = Self.line(before: before, mark: mark)
        StrayHyphens.apply(to: &line, em: 37) { HyphenPairs.bars(in: page, within: $0, em: 37) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func aBlotIsASpeck() {
        // As wide and tall as the bars HyphenPairs counts, but no flatter than it is tall.
        #expect(read([PixelBox(left: 143, top: 46, right: 150, bottom: 53)]) == "保险")
    }

    @Test func aFlatBarIsAPrintedHyphen() {
        #expect(read([PixelBox(left: 141, top: 47, right: 151, bottom: 50)]) == "保-险")
    }

    @Test func anUnderscoreIsTakenForASpeckOrABarTheSameWay() {
        #expect(read([PixelBox(left: 143, top: 58, right: 150, bottom: 65)], mark: "_") == "保险")
        #expect(read([PixelBox(left: 140, top: 63, right: 152, bottom: 66)], mark: "_") == "保_险")
    }

    @Test func underscoresInARunStayWhateverTheirInk() {
        var line = Self.line(mark: "_")
        line.words[0].symbols.insert(RecognizedSymbol(text: "_", box: PixelBox(left: 151, top: 28, right: 156, bottom: 69), confidence: 89), at: 2)
        StrayHyphens.apply(to: &line, em: 37) { _ in [] }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "保__险")
    }

    @Test func afterALatinLetterOrDigitAHyphenStaysWhateverItsInk() {
        #expect(read([PixelBox(left: 143, top: 46, right: 149, bottom: 52)], before: "7") == "7-险")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var blocks = [[Self.line()]]
        RecognitionCorrections.apply(to: &blocks, verticalRules: [], tolerance: 2)
        #expect(blocks[0][0].words.flatMap(\.symbols).map(\.text).joined() == "保-险")
    }
}
