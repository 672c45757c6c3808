@testable import OCR
import Testing

/// Specks beside print read as Latin marks between Chinese characters.
@Suite struct SpeckMarksTests {
    @Test(arguments: SpeckMarks.examples.indices)
    func example(_ index: Int) {
        let (symbols, expected) = SpeckMarks.examples[index]
        var line = RecognizedLine(
            box: PixelBox(left: 0, top: 0, right: symbols.last?.2 ?? 0, bottom: 30),
            words: [RecognizedWord(symbols: symbols.map { RecognizedSymbol(text: $0.0, box: PixelBox(left: $0.1, top: $0.3, right: $0.2, bottom: $0.4), confidence: 95) })]
        )
        SpeckMarks.apply(to: &line, em: 30)
        #expect(line.words.flatMap { $0.symbols.map(\.text) }.joined() == expected)
    }
}
