@testable import OCR
import Testing

/// `[2018]` read where `〔2018〕` or `[2018]` was printed: the paper round
/// the brackets says which.
@Suite struct HexagonalBracketsTests {
    /// `令[2018]第` on a line 30 pixels tall (the em), each symbol boxed
    /// where its ink stands; `gap` pixels of paper outside each bracket.
    func read(gap: Int, neighbours: Bool = true) -> String {
        var boxes: [(String, PixelBox)] = []
        var x = 100
        func put(_ text: String, width: Int, top: Int = 30, after space: Int = 2) {
            boxes.append((text, PixelBox(left: x, top: top, right: x + width, bottom: 60)))
            x += width + space
        }
        if neighbours { put("令", width: 28, after: gap) }
        put("[", width: 4, after: 3)
        for digit in ["2", "0", "1", "8"] { put(digit, width: 10, top: 36) }
        x += 1
        put("]", width: 4, after: gap)
        if neighbours { put("第", width: 28) }
        let page = HyphenPairsTests.ink(boxes.map(\.1))
        let symbols = boxes.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 95) }
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: x, bottom: 60), words: [RecognizedWord(symbols: symbols)])
        HexagonalBrackets.apply(to: &line, em: 30) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func halfAnEmOfPaperOutsideMakesHexagonalBrackets() {
        #expect(read(gap: 16) == "令〔2018〕第")
    }

    @Test func bracketsCloseToTheirNeighboursStaySquare() {
        #expect(read(gap: 4) == "令[2018]第")
    }

    @Test func withNoNeighbourToMeasureTheyStaySquare() {
        #expect(read(gap: 16, neighbours: false) == "[2018]")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 60, bottom: 30), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "[", box: PixelBox(left: 0, top: 0, right: 4, bottom: 30), confidence: 95),
            RecognizedSymbol(text: "]", box: PixelBox(left: 50, top: 0, right: 54, bottom: 30), confidence: 95),
        ])])
        HexagonalBrackets.apply(to: &line, em: 30) { _ in nil }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "[]")
    }
}
