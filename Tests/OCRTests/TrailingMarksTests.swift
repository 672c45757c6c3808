@testable import OCR
import Testing

/// A line's last mark Tesseract left out: the ink past the line's box says
/// a mark stands there; a second reading says which.
@Suite struct TrailingMarksTests {
    /// `情形的` boxed 100–190 on a band 30 pixels tall.
    static let line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: 190, bottom: 60), words: [RecognizedWord(symbols: [
        RecognizedSymbol(text: "情", box: PixelBox(left: 100, top: 30, right: 128, bottom: 60), confidence: 99),
        RecognizedSymbol(text: "形", box: PixelBox(left: 131, top: 30, right: 159, bottom: 60), confidence: 99),
        RecognizedSymbol(text: "的", box: PixelBox(left: 162, top: 30, right: 190, bottom: 60), confidence: 99),
    ])])

    func regions(ink: [PixelBox]) -> [PixelBox?] {
        let page = HyphenPairsTests.ink(ink)
        return TrailingMarks.regions(of: [Self.line]) { Components.boxes(of: page, within: $0) }
    }

    @Test func aCommaPastTheLinesBoxIsReadAgainWithTheLine() {
        #expect(regions(ink: [PixelBox(left: 194, top: 50, right: 199, bottom: 58)]) == [PixelBox(left: 100, top: 23, right: 209, bottom: 67)])
    }

    @Test func aCharacterPastTheBoxOrAMarkUpHighIsNoLostMark() {
        // The next column's text, as tall as the line; a speck by the line's top.
        #expect(regions(ink: [PixelBox(left: 195, top: 30, right: 210, bottom: 60)]) == [nil])
        #expect(regions(ink: [PixelBox(left: 194, top: 31, right: 198, bottom: 35)]) == [nil])
    }

    @Test func onlyTheLineAndOneMarkMoreIsTaken() {
        func reread(_ texts: [String]) -> String {
            let symbols = texts.enumerated().map { RecognizedSymbol(text: $1, box: PixelBox(left: 100 + 31 * $0, top: 30, right: 128 + 31 * $0, bottom: 60), confidence: 90) }
            let again = [RecognizedLine(box: PixelBox(left: 100, top: 30, right: 210, bottom: 60), words: [RecognizedWord(symbols: symbols)])]
            return TrailingMarks.merge(Self.line, reread: again).words.flatMap(\.symbols).map(\.text).joined()
        }
        #expect(reread(["情", "形", "的", "，"]) == "情形的，")
        #expect(reread(["情", "彤", "的", "，"]) == "情形的")
        #expect(reread(["情", "形", "的", "人"]) == "情形的")
        #expect(reread(["情", "形", "的", "，", "。"]) == "情形的")
    }
}
