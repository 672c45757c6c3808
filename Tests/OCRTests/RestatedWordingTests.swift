@testable import OCR
import PowerListModel
import Testing

/// A doubtful character that makes a word takes the character a sure
/// restatement of the same wording reads there, three characters alike on
/// each side, and only where that restatement names one character.
@Suite struct RestatedWordingTests {
    static func mended(_ lines: [(text: String, doubtful: [Int: UInt8])]) -> (lines: [String], count: Int) {
        var pages = [RecognitionConsensusTests.page(lines)]
        RestatedWording.apply(to: &pages)
        let glyphs = pages[0].glyphs.glyphs
        let text = Dictionary(grouping: glyphs, by: \.y0).sorted { $0.key < $1.key }.map { String(String.UnicodeScalarView($0.value.map(\.scalar))) }
        return (text, pages[0].mended)
    }

    @Test func aNameReadOnceTakesItsSureRestatement() {
        // nsx300: the name `对采取谍报、隐瞒、` (谍 85 %), its 立案责任 `对采取虚报、隐瞒、` read surely.
        let result = Self.mended([("对采取谍报、隐瞒、", [3: 85]), ("立案责任：对采取虚报、隐瞒、伪造", [:])])
        #expect(result.lines[0] == "对采取虚报、隐瞒、")
        #expect(result.count == 1)
    }

    @Test func aSureCharacterNumeralsAndTwoRestatementsStay() {
        let lines: [(text: String, doubtful: [Int: UInt8])] = [
            // Read at 92 %: surer than a doubtful character.
            ("对定点医药机构的", [4: 92]), ("对定点医疗机构的", [:]),
            // Numerals are printed so.
            ("依据第八十四条规定", [5: 60]), ("依据第八十七条规定", [:]),
            // Two sure readings between the same six characters name no one character.
            ("对采取谍报、隐瞒", [3: 85]), ("对采取虚报、隐瞒", [:]), ("对采取谎报、隐瞒", [:]),
        ]
        let result = Self.mended(lines)
        #expect(result.lines == lines.map(\.text))
        #expect(result.count == 0)
    }

    @Test func fewerThanThreeCharactersAlikeOnASideStay() {
        // Two characters before it on its line only, or a restatement read unsure.
        #expect(Self.mended([("采取谍报、隐瞒", [2: 85]), ("对采取虚报、隐瞒", [:])]).count == 0)
        #expect(Self.mended([("对采取谍报、隐瞒", [3: 85]), ("对采取虚报、隐瞒", [6: 80])]).count == 0)
    }
}
