@testable import OCR
import Testing

/// Two marks read from one mark's ink and blank, side by side, are one.
@Suite struct DoubledMarksTests {
    /// `text` read one symbol per scalar at the given edges and confidences, on a line of ems of 34 pixels.
    func read(_ text: String, boxes: [(Int, Int)], confidences: [Float], ink: [PixelBox]) -> String {
        let symbols = text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(
                text: String(scalar), box: PixelBox(left: boxes[index].0, top: 30, right: boxes[index].1, bottom: 64),
                confidence: confidences[index]
            )
        }
        var line = RecognizedLine(box: PixelBox(left: boxes[0].0, top: 30, right: boxes[boxes.count - 1].1, bottom: 64), words: [RecognizedWord(symbols: symbols)])
        let page = HyphenPairsTests.ink(ink, width: 1000)
        DoubledMarks.apply(to: &line, em: 34) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// A character's strokes, an em square from `left`.
    static func character(at left: Int) -> [PixelBox] {
        [PixelBox(left: left + 2, top: 44, right: left + 32, bottom: 47), PixelBox(left: left + 15, top: 31, right: left + 18, bottom: 63)]
    }

    @Test func aMarksStrokeAndItsBlankReadAsTwoMarksAreOne() {
        // The corpus scan, page 5: `1]、《中`, `]` boxed on the `、`'s stroke (754–762), `、` on the blank after it.
        let ink = [PixelBox(left: 739, top: 33, right: 750, bottom: 62), PixelBox(left: 754, top: 55, right: 762, bottom: 64)]
            + [PixelBox(left: 808, top: 32, right: 824, bottom: 63)] + Self.character(at: 832)
        #expect(read("1]、《中", boxes: [(737, 750), (753, 762), (763, 792), (808, 824), (832, 866)], confidences: [97, 93, 98, 94, 98], ink: ink) == "1、《中")
    }

    @Test func aListsMarkOutweighsASpecksMarkReadFromTheSameInk() {
        // lb200 `反不归还,-` / `或者`: the comma's ink (6 by 12 pixels) read `-` (97 %), a `,` (92 %) boxed on the paper before it.
        let comma = Self.character(at: 100) + [PixelBox(left: 153, top: 52, right: 159, bottom: 64)]
        #expect(read("还,-", boxes: [(100, 134), (137, 150), (151, 163)], confidences: [98, 92, 97], ink: comma) == "还,")
        // The ink a bar (12 by 3 pixels): a hyphen printed, the surer reading stays.
        let bar = Self.character(at: 100) + [PixelBox(left: 151, top: 46, right: 163, bottom: 49)]
        #expect(read("还,-", boxes: [(100, 134), (137, 150), (151, 163)], confidences: [98, 92, 97], ink: bar) == "还-")
    }

    @Test func aMarkReadFromTheBlankBetweenTwoMarksGoes() {
        // `费用；”（二）`: nothing is printed between `；` and `（`.
        let ink = Self.character(at: 798) + [PixelBox(left: 842, top: 40, right: 847, bottom: 45), PixelBox(left: 841, top: 54, right: 848, bottom: 64)]
            + [PixelBox(left: 880, top: 31, right: 887, bottom: 64)]
        #expect(read("费；”（", boxes: [(798, 832), (839, 855), (860, 867), (879, 888)], confidences: [98, 98, 93, 99], ink: ink) == "费；（")
    }

    @Test func aQuoteReadFromTheBlankBeforeABracketGoes() {
        // `；”（`, the semicolon boxed short of its ink: the quote goes with the bracket's reading.
        let ink = [PixelBox(left: 842, top: 40, right: 847, bottom: 45), PixelBox(left: 841, top: 54, right: 848, bottom: 64), PixelBox(left: 880, top: 31, right: 887, bottom: 64)]
        #expect(read("；”（", boxes: [(830, 838), (860, 867), (879, 888)], confidences: [98, 93, 99], ink: ink) == "；（")
    }

    @Test func twoMarksWithInkOfTheirOwnStay() {
        // `的。”主`: the full stop and the quote are both printed.
        let ink = Self.character(at: 100) + [PixelBox(left: 138, top: 54, right: 146, bottom: 63)]
            + [PixelBox(left: 152, top: 31, right: 156, bottom: 38), PixelBox(left: 159, top: 31, right: 163, bottom: 38)] + Self.character(at: 170)
        #expect(read("的。”主", boxes: [(100, 134), (137, 148), (150, 165), (170, 204)], confidences: [99, 99, 90, 99], ink: ink) == "的。”主")
    }

    @Test func aClosingAndAnOpeningMarkStayWhateverTheirBoxes() {
        // `【法律】《中`: `】` boxed over both marks' ink, `《` over the blank after them.
        let ink = [PixelBox(left: 100, top: 31, right: 106, bottom: 64), PixelBox(left: 112, top: 32, right: 122, bottom: 63)] + Self.character(at: 140)
        #expect(read("】《中", boxes: [(100, 123), (124, 134), (140, 174)], confidences: [90, 95, 99], ink: ink) == "】《中")
    }

    @Test func marksAnEmApartStay() {
        // `；` and `（` with a blank em between them: no third reading, and two marks of their own.
        let ink = [PixelBox(left: 842, top: 54, right: 848, bottom: 64), PixelBox(left: 900, top: 31, right: 907, bottom: 64)]
        #expect(read("；（", boxes: [(839, 855), (899, 908)], confidences: [98, 99], ink: ink) == "；（")
    }

    @Test func withoutInkMeasuredOnlyOverlappingMarksAreOne() {
        var line = RecognizedLine(box: PixelBox(left: 737, top: 30, right: 792, bottom: 64), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "1", box: PixelBox(left: 737, top: 30, right: 750, bottom: 64), confidence: 97),
            RecognizedSymbol(text: "]", box: PixelBox(left: 753, top: 30, right: 762, bottom: 64), confidence: 93),
            RecognizedSymbol(text: "、", box: PixelBox(left: 763, top: 30, right: 792, bottom: 64), confidence: 98),
        ])])
        DoubledMarks.apply(to: &line, em: 34)
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "1]、")
    }
}
