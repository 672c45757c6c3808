@testable import OCR
import Testing

/// Print outside the cells that the page-wide reading left out is found, word by word.
@Suite struct UnreadInkTests {
    /// Characters 16 pixels square, 3 pixels apart, on a line at `top` from `left`.
    static func word(_ count: Int, left: Int, top: Int) -> [PixelBox] {
        (0..<count).map { PixelBox(left: left + 19 * $0, top: top, right: left + 19 * $0 + 16, bottom: top + 16) }
    }

    @Test func aTitleNoLineCoversIsReadAgainAndNothingElse() {
        // A header row: 序号 (read), 行政主体 (left out), and a speck; below, a cell with its own text.
        let ink = HyphenPairsTests.ink(
            Self.word(2, left: 10, top: 20) + Self.word(4, left: 200, top: 20) + [PixelBox(left: 150, top: 60, right: 152, bottom: 62)]
                + Self.word(3, left: 20, top: 80),
            width: 400, height: 120
        )
        let regions = UnreadInk.regions(
            of: ink, cells: [PixelBox(left: 0, top: 70, right: 400, bottom: 120)], read: [PixelBox(left: 10, top: 20, right: 45, bottom: 36)], dpi: 300
        )
        // 行政主体's four characters, 200…273, with a margin of 10.
        #expect(regions == [PixelBox(left: 190, top: 10, right: 283, bottom: 46)])
    }

    @Test func aLineSpacedOutIsOneRegion() {
        // 第 2 页 共 9 页: characters 30 pixels apart.
        let ink = HyphenPairsTests.ink((0..<6).map { PixelBox(left: 30 + 46 * $0, top: 20, right: 46 + 46 * $0, bottom: 36) }, width: 400, height: 60)
        #expect(UnreadInk.regions(of: ink, cells: [], read: [], dpi: 300) == [PixelBox(left: 20, top: 10, right: 286, bottom: 46)])
    }

    @Test func thePagesFootBelowTheTableIsLeftAsRead() {
        let ink = HyphenPairsTests.ink(Self.word(4, left: 200, top: 20) + Self.word(4, left: 200, top: 90), width: 400, height: 120)
        #expect(UnreadInk.regions(of: ink, cells: [], read: [], foot: 60, dpi: 300) == [PixelBox(left: 190, top: 10, right: 283, bottom: 46)])
    }

    @Test func wordsOfOneLineStayApartAcrossAWideGap() {
        // Two cells' titles 60 pixels apart: two regions, not one.
        let ink = HyphenPairsTests.ink(Self.word(2, left: 10, top: 20) + Self.word(2, left: 110, top: 20), width: 200, height: 60)
        #expect(UnreadInk.regions(of: ink, cells: [], read: [], dpi: 300).count == 2)
    }

    @Test func aLineACellsReadingSkippedIsFoundAsOneBand() {
        // A cell at (0, 0)-(400, 200): three lines, 40 apart; the first and the last read.
        // The middle one's two words, 60 pixels apart, are one line to read again.
        let ink = HyphenPairsTests.ink(
            Self.word(9, left: 20, top: 20) + Self.word(4, left: 20, top: 60) + Self.word(3, left: 160, top: 60) + Self.word(5, left: 20, top: 100),
            width: 400, height: 200
        )
        let read = [PixelBox(left: 20, top: 20, right: 188, bottom: 36), PixelBox(left: 20, top: 100, right: 112, bottom: 116)]
        let regions = UnreadInk.regions(within: PixelBox(left: 0, top: 0, right: 400, bottom: 200), of: ink, read: read, dpi: 300)
        #expect(regions == [PixelBox(left: 10, top: 50, right: 224, bottom: 86)])
        // Everything read: nothing to read again.
        #expect(UnreadInk.regions(within: PixelBox(left: 0, top: 0, right: 400, bottom: 200), of: ink, read: read + [PixelBox(left: 20, top: 60, right: 214, bottom: 76)], dpi: 300).isEmpty)
    }

    @Test func aLineSkippedBetweenTwoCloseOnesIsFound() {
        // Characters 30 pixels tall, lines 38 apart: 8 pixels between the boxes read
        // above and below the skipped one, less than half its height.
        let tall = { (count: Int, top: Int) in (0..<count).map { PixelBox(left: 20 + 33 * $0, top: top, right: 50 + 33 * $0, bottom: top + 30) } }
        let ink = HyphenPairsTests.ink(tall(9, 20) + tall(9, 58) + tall(3, 96), width: 400, height: 160)
        let read = [PixelBox(left: 20, top: 20, right: 314, bottom: 50), PixelBox(left: 20, top: 96, right: 116, bottom: 126)]
        let regions = UnreadInk.regions(within: PixelBox(left: 0, top: 0, right: 400, bottom: 160), of: ink, read: read, dpi: 300)
        #expect(regions == [PixelBox(left: 10, top: 48, right: 324, bottom: 98)])
        // A piece of a line read, in its band beside it: no line to read again.
        #expect(UnreadInk.regions(within: PixelBox(left: 0, top: 0, right: 400, bottom: 160), of: ink, read: read + [PixelBox(left: 20, top: 60, right: 250, bottom: 86)], dpi: 300).isEmpty)
    }

    @Test func aBracketWrappedAloneByTheCellsEdgeIsFound() {
        // 5 pt print, the cell's ink area from x = 394: three lines 16 tall read, then a `）`
        // alone on a fourth line, 4 pixels wide and 15 tall, at the area's left edge.
        let area = PixelBox(left: 394, top: 1634, right: 631, bottom: 1786)
        let lines = (0..<3).map { Self.word(12, left: 395, top: 1657 + 29 * $0) }.flatMap { $0 }
        let bracket = PixelBox(left: 395, top: 1741, right: 399, bottom: 1756)
        // A speck and a rule's remnant, each as narrow: no line.
        let speck = PixelBox(left: 500, top: 1760, right: 503, bottom: 1763), remnant = PixelBox(left: 600, top: 1700, right: 602, bottom: 1780)
        let ink = HyphenPairsTests.ink(lines + [bracket, speck, remnant], width: 700, height: 1800)
        let read = (0..<3).map { PixelBox(left: 395, top: 1657 + 29 * $0, right: 623, bottom: 1673 + 29 * $0) }
        let regions = UnreadInk.regions(within: area, of: ink, read: read, dpi: 300)
        // The bracket's own ink with the margin of 10, though its run was cut at the area's edge.
        #expect(regions == [PixelBox(left: 385, top: 1731, right: 409, bottom: 1766)])
    }
}
