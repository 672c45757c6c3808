@testable import OCR
import PowerListModel
import Testing

/// A `（` Tesseract boxed into the character after it (`负担的；四）在`) is put back where its arc stands.
@Suite struct LostParenthesesTests {
    /// A stroke 3 pixels thick from y = 31 to 59 whose left edge runs
    /// `left + curve·((y − 45) / 14)²`: bowed out at its middle like `（`
    /// (curve > 0); `straightRight` keeps its right edge upright (`亻`).
    static func arc(left: Int, curve: Double, straightRight: Bool = false) -> [PixelBox] {
        (31..<60).map { y in
            let u = Double(y - 45) / 14
            let x = left + Int((curve * u * u).rounded())
            return PixelBox(left: x, top: y, right: straightRight ? left + Int(curve) + 3 : x + 3, bottom: y + 1)
        }
    }

    /// `负担的；` from x = 100, then `四` boxed from 220 over the arc to 262, `）` and `在`.
    func read(arc: [PixelBox], opened: Bool = false) -> String {
        var symbols = DetachedSpecksTests.symbols(opened ? "（担的；" : "负担的；", from: 100)
        symbols.append(RecognizedSymbol(text: "四", box: PixelBox(left: 220, top: 30, right: 262, bottom: 60), confidence: 96))
        symbols.append(RecognizedSymbol(text: "）", box: PixelBox(left: 263, top: 30, right: 288, bottom: 60), confidence: 97))
        symbols.append(RecognizedSymbol(text: "在", box: PixelBox(left: 290, top: 30, right: 318, bottom: 60), confidence: 99))
        var lines = [RecognizedLine(box: PixelBox(left: 100, top: 30, right: 318, bottom: 60), words: [RecognizedWord(symbols: symbols)])]
        let semicolon = [PixelBox(left: 192, top: 38, right: 196, bottom: 42), PixelBox(left: 192, top: 50, right: 196, bottom: 57)]
        let four = PixelBox(left: 241, top: 33, right: 261, bottom: 58)
        let ink = DetachedSpecksTests.strokes("负担的", from: 100) + semicolon + arc + [four] + [PixelBox(left: 292, top: 40, right: 316, bottom: 44)]
        let page = HyphenPairsTests.ink(ink, width: 400, height: 100)
        LostParentheses.apply(to: &lines, pieces: { Components.boxes(of: page, within: $0) }) { BracketBow.bow(in: page, piece: $0, side: $1) }
        return lines.flatMap { $0.words.flatMap(\.symbols) }.map(\.text).joined()
    }

    @Test func anArcBoxedIntoTheNextCharacterIsAParenthesis() {
        #expect(read(arc: Self.arc(left: 226, curve: 7)) == "负担的；（四）在")
    }

    /// A character's own left part: upright on its right (`亻`), or upright throughout.
    @Test func aStrokeStraightOnOneSideIsNoArc() {
        #expect(read(arc: Self.arc(left: 226, curve: 7, straightRight: true)) == "负担的；四）在")
        #expect(read(arc: Self.arc(left: 228, curve: 0)) == "负担的；四）在")
    }

    /// A `）` the cell opened before closes that: nothing is looked for.
    @Test func aClosedParenthesisIsLeftAlone() {
        #expect(read(arc: Self.arc(left: 226, curve: 7), opened: true) == "（担的；四）在")
    }
}
