@testable import OCR
import Testing

/// One printed line Tesseract broke into pieces out of order is read again as one line.
@Suite struct FragmentedLinesTests {
    /// A line of `text` whose characters stand from `left`, 36 pixels apart, on the band `top`…`top + 34`.
    static func line(_ text: String, left: Int, top: Int = 0) -> RecognizedLine {
        let symbols = text.enumerated().map { index, character in
            RecognizedSymbol(text: String(character), box: PixelBox(left: left + 36 * index, top: top, right: left + 36 * index + 33, bottom: top + 34), confidence: 80)
        }
        let box = PixelBox(left: left, top: top, right: left + 36 * text.count - 3, bottom: top + 34)
        return RecognizedLine(box: box, words: [RecognizedWord(symbols: symbols)])
    }

    static func text(_ lines: [RecognizedLine]) -> [String] {
        lines.map { $0.words.flatMap(\.symbols).map(\.text).joined() }
    }

    /// `食品经营许` / `可` read as `许`, `经营`, `品终`, `口`, `食` (one band), then `可`.
    static let fragmented = [
        line("许", left: 144), line("经营", left: 72), line("品终", left: 36), line("口", left: 60), line("食", left: 0),
        line("可", left: 0, top: 44),
    ]

    @Test func aBandOfPiecesOutOfOrderIsReadAsOneLine() {
        let bands = FragmentedLines.bands(of: Self.fragmented)
        #expect(bands.map(\.indices) == [[0, 1, 2, 3, 4]])
        #expect(bands.first?.region == PixelBox(left: -11, top: -11, right: 188, bottom: 45))
        let merged = FragmentedLines.merge(Self.fragmented, bands: bands, again: [[Self.line("食品经营许", left: 0)]])
        #expect(Self.text(merged) == ["食品经营许", "可"])
        // A reading of fewer characters than the longest piece keeps the pieces.
        #expect(Self.text(FragmentedLines.merge(Self.fragmented, bands: bands, again: [[Self.line("A.TRAAWD", left: 0)]])).count == 6)
        // A reading of nothing keeps the pieces.
        #expect(Self.text(FragmentedLines.merge(Self.fragmented, bands: bands, again: [[]])).count == 6)
    }

    @Test func aLineReadOverAnothersEndIsReadAsOne() {
        // `食品经营` and, from its third character on, `刷经营许可`.
        let lines = [Self.line("食品经营", left: 0), Self.line("刷经营许可", left: 70)]
        #expect(FragmentedLines.bands(of: lines).map(\.indices) == [[0, 1]])
        // The second reading the first's end again is RereadOverlaps's to mend.
        #expect(FragmentedLines.bands(of: [Self.line("五、行政给", left: 0), Self.line("行政给付（1项）", left: 72)]).isEmpty)
    }

    @Test func linesInOrderOrOnBandsOfTheirOwnStayAsRead() {
        // Two lines on one band in reading order (a line Tesseract split at a wide gap).
        #expect(FragmentedLines.bands(of: [Self.line("食品", left: 0), Self.line("经营", left: 100)]).isEmpty)
        // Stacked lines, whatever their left edges.
        #expect(FragmentedLines.bands(of: [Self.line("食品", left: 40), Self.line("经营", left: 0, top: 44)]).isEmpty)
    }
}
