@testable import OCR
import PowerListModel
import Testing

/// An unpaired `“` starting a cell's last line is kept as a quote a page
/// break may close only where its ink is a quote's: two marks side by side.
@Suite struct UnpairedQuotesTests {
    /// A cell of two lines (`…违法行为` / `“进行监督`), the quote boxed at
    /// x = 100 on the second line; `ink` the page's print.
    func read(ink: [PixelBox]) -> String {
        let first = DetachedSpecksTests.symbols("投标人的违法行为", from: 100)
        var second = [RecognizedSymbol(text: "“", box: PixelBox(left: 100, top: 70, right: 110, bottom: 100), confidence: 96)]
        second += DetachedSpecksTests.symbols("进行监督", from: 130).map {
            RecognizedSymbol(text: $0.text, box: PixelBox(left: $0.box.left, top: 70, right: $0.box.right, bottom: 100), confidence: 99)
        }
        var lines = [
            RecognizedLine(box: PixelBox(left: 100, top: 30, right: 340, bottom: 60), words: [RecognizedWord(symbols: first)]),
            RecognizedLine(box: PixelBox(left: 100, top: 70, right: 250, bottom: 100), words: [RecognizedWord(symbols: second)]),
        ]
        let page = HyphenPairsTests.ink(ink, width: 400, height: 120)
        UnpairedQuotes.apply(to: &lines) { Components.boxes(of: page, within: $0) }
        return lines.flatMap { $0.words.flatMap(\.symbols) }.map(\.text).joined()
    }

    @Test func aSpeckReadAsAQuoteOnTheLastLineGoes() {
        // One round speck, or none left once the page's specks were erased.
        #expect(read(ink: [PixelBox(left: 103, top: 74, right: 107, bottom: 78)]) == "投标人的违法行为进行监督")
        #expect(read(ink: []) == "投标人的违法行为进行监督")
    }

    @Test func aPrintedQuoteOnTheLastLineStays() {
        // Two commas side by side at the top of the line: a quote the next page may close.
        let quote = [PixelBox(left: 101, top: 72, right: 104, bottom: 78), PixelBox(left: 106, top: 72, right: 109, bottom: 78)]
        #expect(read(ink: quote) == "投标人的违法行为“进行监督")
    }

    /// Not measured (no ink given): kept, as before.
    @Test func unmeasuredQuotesStay() {
        var lines = [RecognizedLine(box: PixelBox(left: 100, top: 70, right: 250, bottom: 100), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "“", box: PixelBox(left: 100, top: 70, right: 110, bottom: 100), confidence: 96),
        ] + DetachedSpecksTests.symbols("进行", from: 130))])]
        UnpairedQuotes.apply(to: &lines)
        #expect(lines[0].words.flatMap(\.symbols).map(\.text).joined() == "“进行")
    }
}
