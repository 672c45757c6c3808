@testable import OCR
import Testing

/// A line read over the line above it, reading that line again, is dropped.
@Suite struct OverreadLinesTests {
    /// A line of `text` whose characters stand 37 pixels apart from x 386,
    /// each on its own band `(top, bottom)`; the line's box on `band`
    /// (Tesseract's, which leaves out tall marks), or round its symbols.
    static func line(_ text: String, bands: [(Int, Int)], band: (Int, Int)? = nil) -> RecognizedLine {
        let symbols = zip(text, bands).enumerated().map { index, pair in
            RecognizedSymbol(text: String(pair.0), box: PixelBox(left: 386 + 37 * index, top: pair.1.0, right: 386 + 37 * index + 35, bottom: pair.1.1), confidence: 70)
        }
        let box = PixelBox(
            left: symbols.map(\.box.left).min()!, top: band?.0 ?? symbols.map(\.box.top).min()!,
            right: symbols.map(\.box.right).max()!, bottom: band?.1 ?? symbols.map(\.box.bottom).max()!
        )
        return RecognizedLine(box: box, words: [RecognizedWord(symbols: symbols)])
    }

    static func text(_ lines: [RecognizedLine]) -> [String] {
        lines.map { $0.words.flatMap(\.symbols).map(\.text).joined() }
    }

    /// The name `对测绘成果` / `质量的监督` / `检查` (AR PL UMing, 300 dpi) as Tesseract read it.
    static let first = line("对测绘成果", bands: Array(repeating: (1790, 1825), count: 5))
    static let second = line("质量的监督", bands: [(1827, 1862), (1822, 1862), (1800, 1872), (1822, 1862), (1822, 1862)], band: (1822, 1862))

    @Test func aLineReadingTheLineAboveAgainIsDropped() {
        // Its characters on the second line's band, its box reaching down over `检查`.
        let copy = Self.line("导重的昌旧", bands: [(1810, 1902), (1810, 1901), (1810, 1862), (1810, 1862), (1810, 1862)])
        #expect(OverreadLines.isOverread(copy, below: Self.second))
        var lines = [Self.first, Self.second, copy]
        OverreadLines.apply(to: &lines)
        #expect(Self.text(lines) == ["对测绘成果", "质量的监督"])
    }

    @Test func linesOnBandsOfTheirOwnStay() {
        // The third line read right, on its own band.
        let own = Self.line("检查", bands: [(1866, 1900), (1866, 1901)])
        var lines = [Self.first, Self.second, own]
        OverreadLines.apply(to: &lines)
        #expect(Self.text(lines) == ["对测绘成果", "质量的监督", "检查"])
        // A line with tall marks reaching into the line above (`》`, `，` boxes of 70 pixels) stays.
        let tall = Self.line("条，测绘", bands: [(1866, 1900), (1845, 1915), (1866, 1900), (1866, 1900)])
        #expect(!OverreadLines.isOverread(tall, below: Self.second))
        // A single symbol proves nothing.
        #expect(!OverreadLines.isOverread(Self.line("导", bands: [(1810, 1902)]), below: Self.second))
    }
}
