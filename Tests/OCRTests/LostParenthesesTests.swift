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
    /// `mark` ends the text before the number: after a `；` the text alone is sure of a `（`
    /// (`LostParentheses+Text`), so the ink is tested after a `，`.
    func read(arc: [PixelBox], opened: Bool = false, mark: String = "，") -> String {
        var symbols = DetachedSpecksTests.symbols((opened ? "（担的" : "负担的") + mark, from: 100)
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
        #expect(read(arc: Self.arc(left: 226, curve: 7)) == "负担的，（四）在")
    }

    /// A character's own left part: upright on its right (`亻`), or upright throughout.
    @Test func aStrokeStraightOnOneSideIsNoArc() {
        #expect(read(arc: Self.arc(left: 226, curve: 7, straightRight: true)) == "负担的，四）在")
        #expect(read(arc: Self.arc(left: 228, curve: 0)) == "负担的，四）在")
    }

    /// A `）` the cell opened before closes that: nothing is looked for.
    @Test func aClosedParenthesisIsLeftAlone() {
        #expect(read(arc: Self.arc(left: 226, curve: 7), opened: true) == "（担的，四）在")
        #expect(read(arc: Self.arc(left: 228, curve: 0), opened: true, mark: "；") == "（担的；四）在")
    }

    /// No arc in the scan: the text alone decides where it is sure.
    static func readWithoutInk(_ lines: [String]) -> String {
        var recognized = lines.enumerated().map { row, text in
            let symbols = DetachedSpecksTests.symbols(text, from: 100).map { symbol in
                var symbol = symbol
                symbol.box.top += 40 * row
                symbol.box.bottom += 40 * row
                return symbol
            }
            return RecognizedLine(box: symbols.map(\.box).reduce(symbols[0].box) { $0.union($1) }, words: [RecognizedWord(symbols: symbols)])
        }
        LostParentheses.apply(to: &recognized, pieces: { _ in [] }) { _, _ in nil }
        return recognized.map { $0.words.flatMap(\.symbols).map(\.text).joined() }.joined(separator: "|")
    }

    @Test func theTextAloneIsSureOfAClausesNumberOrADocumentsNumber() {
        #expect(Self.readWithoutInk(["以上的；四）在"]) == "以上的；（四）在")
        #expect(Self.readWithoutInk(["情节严重情形：", "一）违法行为"]) == "情节严重情形：|（一）违法行为")
        #expect(Self.readWithoutInk(["二）难产2500元"]) == "（二）难产2500元")
        #expect(Self.readWithoutInk(["(6)送达阶段责任：送达决定书》。7)执行阶段"]) == "(6)送达阶段责任：送达决定书》。（7)执行阶段")
        #expect(Self.readWithoutInk(["暂行条例》国务院令第259号）规定"]) == "暂行条例》（国务院令第259号）规定")
    }

    @Test func elsewhereTheTextTellsNothing() {
        // `1）` is a style of its own where the cell prints no `（1）`.
        for text in ["受理申请；2）审查材料", "报县市、区）人民政府", "负担的，四）在", "第十条规定（见附件》第二号）", "条例》第二十六条）", "十三）", "以上的；四）。"] {
            #expect(Self.readWithoutInk([text]) == text)
        }
    }
}
