import CTesseract
@testable import OCR
import Testing

/// `→` read as `一`: the ink has a head at one end.
@Suite struct ArrowsTests {
    /// `案一查` as Tesseract read it on a 250 dpi scan drawn at 300 dpi
    /// (em 36): 案 boxed over the arrow's shaft, 一 boxed over its head.
    static func line() -> RecognizedLine {
        RecognizedLine(boxing: [
            RecognizedSymbol(text: "案", box: PixelBox(left: 100, top: 30, right: 150, bottom: 66), confidence: 99),
            RecognizedSymbol(text: "一", box: PixelBox(left: 140, top: 26, right: 172, bottom: 75), confidence: 88),
            RecognizedSymbol(text: "查", box: PixelBox(left: 172, top: 30, right: 208, bottom: 66), confidence: 91),
        ])
    }

    /// 案's and 查's strokes, apart from the mark.
    static let neighbours = [PixelBox(left: 102, top: 30, right: 130, bottom: 66), PixelBox(left: 180, top: 30, right: 206, bottom: 66)]

    static func read(_ mark: [PixelBox]) -> String {
        let page = HyphenPairsTests.ink(neighbours + mark)
        var line = line()
        Arrows.apply(to: &line, em: 36, ink: page) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// A shaft 32 pixels long and 3 thick, and a head's two strokes drawn as
    /// steps back from the tip, 6 pixels up and down (15 tall): one piece.
    static func arrow(pointingRight: Bool) -> [PixelBox] {
        let shaft = PixelBox(left: 136, top: 47, right: 168, bottom: 50)
        let steps = (0..<4).map { step in
            let x = pointingRight ? 166 - 2 * step : 136 + 2 * step
            return PixelBox(left: x, top: 47 - 2 * step, right: x + 3, bottom: 50 + 2 * step)
        }
        return [shaft] + steps
    }

    @Test func aHeadAtOneEndMakesAnArrow() {
        #expect(Self.read(Self.arrow(pointingRight: true)) == "案→查")
        #expect(Self.read(Self.arrow(pointingRight: false)) == "案←查")
    }

    /// 查's roof as Tesseract's neighbour boxes it on a 200 dpi scan: an
    /// inverted V as wide and as tall as the arrow, a piece apart from it.
    static let roof: [PixelBox] = (0..<6).flatMap { (step: Int) -> [PixelBox] in
        let rise = 54 - 2 * step
        return [PixelBox(left: 176 + 2 * step, top: rise, right: 179 + 2 * step, bottom: rise + 3),
                PixelBox(left: 200 - 2 * step, top: rise, right: 203 - 2 * step, bottom: rise + 3)]
    }

    static func arrow(among pieces: [PixelBox]) -> String? {
        let page = HyphenPairsTests.ink(pieces)
        let found = Components.boxes(of: page, within: PixelBox(left: 120, top: 20, right: 220, bottom: 80))
        return Arrows.arrow(in: found, ink: page, band: (30, 66), em: 36)
    }

    @Test func aStrokeBesideTheArrowLeavesIt() {
        #expect(Self.arrow(among: Self.roof) == nil)
        #expect(Self.arrow(among: Self.arrow(pointingRight: true) + Self.roof) == "→")
        // Two arrows: neither is sure.
        let second = Self.arrow(pointingRight: false).map { PixelBox(left: $0.left + 40, top: $0.top, right: $0.right + 40, bottom: $0.bottom) }
        #expect(Self.arrow(among: Self.arrow(pointingRight: true) + second) == nil)
    }

    @Test func aBarStaysOne() {
        // 一 in a Song face: a bar with a bump at its right end, a fifth of an em tall.
        #expect(Self.read([PixelBox(left: 136, top: 47, right: 168, bottom: 50), PixelBox(left: 162, top: 44, right: 167, bottom: 51)]) == "案一查")
        // A bar over a smaller one beside it (二's strokes): no arrow.
        #expect(Self.read([PixelBox(left: 136, top: 40, right: 168, bottom: 43), PixelBox(left: 140, top: 55, right: 164, bottom: 58)]) == "案一查")
        // 一 touching a stroke of the character after it (`第一百`): tall at its very end, to one side.
        #expect(Self.read([PixelBox(left: 136, top: 47, right: 168, bottom: 50), PixelBox(left: 165, top: 47, right: 168, bottom: 62)]) == "案一查")
        #expect(Self.read([PixelBox(left: 136, top: 47, right: 168, bottom: 50), PixelBox(left: 136, top: 35, right: 139, bottom: 62)]) == "案一查")
        // A piece tall at both ends (a character's box, not a mark).
        #expect(Self.read([PixelBox(left: 136, top: 38, right: 139, bottom: 60), PixelBox(left: 136, top: 47, right: 168, bottom: 50),
                           PixelBox(left: 165, top: 38, right: 168, bottom: 60)]) == "案一查")
    }
}
