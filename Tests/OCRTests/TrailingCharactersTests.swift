@testable import OCR
import Testing

/// A line whose box Tesseract ended before its last characters: the cell's
/// ink past the box says characters stand there; a second reading says which.
@Suite struct TrailingCharactersTests {
    /// `管理` boxed 100–160 on a band 30 pixels tall, in a cell reaching to 300.
    static let line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: 160, bottom: 60), words: [RecognizedWord(symbols: [
        RecognizedSymbol(text: "管", box: PixelBox(left: 100, top: 30, right: 128, bottom: 60), confidence: 99),
        RecognizedSymbol(text: "理", box: PixelBox(left: 131, top: 30, right: 160, bottom: 60), confidence: 99),
    ])])
    static let cell = PixelBox(left: 90, top: 20, right: 300, bottom: 120)

    func regions(ink: [PixelBox], lines: [RecognizedLine] = [line]) -> [PixelBox?] {
        let page = HyphenPairsTests.ink(ink)
        return TrailingCharacters.regions(of: lines, within: Self.cell) { Components.boxes(of: page, within: $0) }
    }

    @Test func charactersPastTheLinesBoxAreReadAgainWithTheLine() {
        // `的` whole, then `监` in four pieces each under half an em tall.
        let ink = [PixelBox(left: 163, top: 30, right: 190, bottom: 60),
                   PixelBox(left: 194, top: 31, right: 200, bottom: 44), PixelBox(left: 203, top: 31, right: 209, bottom: 44),
                   PixelBox(left: 211, top: 30, right: 221, bottom: 44), PixelBox(left: 194, top: 48, right: 221, bottom: 60)]
        #expect(regions(ink: ink) == [PixelBox(left: 100, top: 23, right: 231, bottom: 67)])
    }

    @Test func aMarkASpeckOrTextFarOnIsNoLostCharacter() {
        // A comma (TrailingMarks' part), a speck, and a character two ems past the box.
        #expect(regions(ink: [PixelBox(left: 164, top: 50, right: 169, bottom: 58)]) == [nil])
        #expect(regions(ink: [PixelBox(left: 164, top: 40, right: 166, bottom: 42)]) == [nil])
        #expect(regions(ink: [PixelBox(left: 225, top: 30, right: 253, bottom: 60)]) == [nil])
    }

    @Test func printAnotherLineOfTheCellReadIsNoLostCharacter() {
        let rest = RecognizedLine(box: PixelBox(left: 162, top: 30, right: 192, bottom: 60), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "的", box: PixelBox(left: 162, top: 30, right: 192, bottom: 60), confidence: 99),
        ])])
        #expect(regions(ink: [PixelBox(left: 163, top: 31, right: 190, bottom: 59)], lines: [Self.line, rest]) == [nil, nil])
    }

    @Test func onlyTheLineAndMoreAfterItIsTaken() {
        func reread(_ texts: [String]) -> String {
            let symbols = texts.enumerated().map { RecognizedSymbol(text: $1, box: PixelBox(left: 100 + 31 * $0, top: 30, right: 128 + 31 * $0, bottom: 60), confidence: 90) }
            let again = [RecognizedLine(box: PixelBox(left: 100, top: 30, right: 100 + 31 * texts.count, bottom: 60), words: [RecognizedWord(symbols: symbols)])]
            return TrailingCharacters.merge(Self.line, reread: again).words.flatMap(\.symbols).map(\.text).joined()
        }
        #expect(reread(["管", "理", "的", "监", "督"]) == "管理的监督")
        #expect(reread(["管", "埋", "的", "监", "督"]) == "管理")
        #expect(reread(["管", "理"]) == "管理")
    }
}
