@testable import OCR
import Testing

/// A character read into a full-width mark's blank half goes unless its ink stands there.
@Suite struct MarkBlanksTests {
    /// `text` read one symbol per scalar, left edges as given, an em of 30 pixels.
    func read(_ text: String, lefts: [Int], widths: [Int]? = nil, confidences: [Float]? = nil, ink: [PixelBox]) -> String {
        let symbols = text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(
                text: String(scalar), box: PixelBox(left: lefts[index], top: 30, right: lefts[index] + (widths?[index] ?? 20), bottom: 60),
                confidence: confidences?[index] ?? 99
            )
        }
        var line = RecognizedLine(box: PixelBox(left: lefts[0], top: 30, right: lefts[lefts.count - 1] + 30, bottom: 60), words: [RecognizedWord(symbols: symbols)])
        let page = HyphenPairsTests.ink(ink, width: 1000)
        MarkBlanks.apply(to: &line, em: 30) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// A character's strokes, an em square from `left`.
    static func character(at left: Int) -> [PixelBox] {
        [PixelBox(left: left + 2, top: 40, right: left + 28, bottom: 43), PixelBox(left: left + 13, top: 31, right: left + 16, bottom: 59)]
    }

    /// A comma's ink at the foot of the left half of its em.
    static func comma(at left: Int) -> [PixelBox] {
        [PixelBox(left: left + 3, top: 50, right: left + 10, bottom: 62)]
    }

    @Test func aCharacterInAMarksBlankGoes() {
        // `件，人允`: the comma at 219, `人` at 235 (85%), `允` at 247; from 200 on, 34 pixels a character.
        let ink = Self.character(at: 185) + Self.comma(at: 219) + Self.character(at: 247)
        #expect(read("件，人允", lefts: [185, 219, 235, 247], confidences: [98, 98, 85, 99], ink: ink) == "件，允")
    }

    @Test func theNextCharactersInkBeforeItsBoxIsNoCharacters() {
        // `件，人允`: 允's strokes from 242, its box from 250; `人`, boxed 12 pixels wide, read over the blank and 允's first stroke.
        let ink = Self.character(at: 185) + Self.comma(at: 219) + [PixelBox(left: 242, top: 40, right: 252, bottom: 58)] + Self.character(at: 250)
        #expect(read("件，人允", lefts: [185, 219, 240, 250], widths: [20, 14, 12, 20], confidences: [98, 98, 95, 99], ink: ink) == "件，允")
        // Boxed as wide as a character, the stroke is its own.
        #expect(read("件，人允", lefts: [185, 219, 235, 250], widths: [20, 14, 17, 20], confidences: [98, 98, 95, 99], ink: ink) == "件，人允")
    }

    @Test func aCharacterWithItsInkStays() {
        // `、除政`: read as close, but `除` has its strokes after the mark.
        let ink = Self.comma(at: 100) + Self.character(at: 112) + Self.character(at: 131)
        #expect(read("、除政", lefts: [100, 112, 131], ink: ink) == "、除政")
    }

    @Test func roomForACharacterKeepsIt() {
        // Two ems from the mark to the next character: `，对直`, even with no ink measured between.
        #expect(read("，对直", lefts: [100, 130, 160], ink: Self.comma(at: 100)) == "，对直")
    }

    @Test func aCharacterNotAfterAMarkStays() {
        #expect(read("证人允", lefts: [100, 116, 128], ink: Self.character(at: 100)) == "证人允")
    }
}
