@testable import OCR
import Testing

@Suite struct LatinRereadingTests {
    func word(_ text: String, from left: Int, language: String) -> RecognizedWord {
        RecognizedWord(symbols: text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(text: String(scalar), box: PixelBox(left: left + 40 * index, top: 0, right: left + 40 * index + 36, bottom: 40), confidence: 97)
        }, language: language)
    }

    func text(_ line: RecognizedLine) -> String {
        line.words.map { $0.symbols.map(\.text).joined() }.joined(separator: "·")
    }

    @Test func wordsOfLettersOrSymbolsReadByAnotherModelAreSuspectDigitsAndChineseAreNot() {
        let lines = [
            RecognizedLine(box: PixelBox(left: 0, top: 0, right: 400, bottom: 40), words: [word("登记", from: 0, language: "chi_sim"), word("(CED)", from: 80, language: "eng")]),
            RecognizedLine(box: PixelBox(left: 0, top: 50, right: 400, bottom: 90), words: [word("共", from: 0, language: "chi_sim"), word("26", from: 40, language: "eng"), word("(1)", from: 120, language: "eng")]),
            RecognizedLine(box: PixelBox(left: 0, top: 100, right: 400, bottom: 140), words: [word("(=", from: 0, language: "eng"), word("项)", from: 80, language: "chi_sim")]),
            // The script model reads Chinese too (not suspect), and at times Latin letters (襄都区医疗 as `ROK BIT`).
            RecognizedLine(box: PixelBox(left: 0, top: 150, right: 400, bottom: 190), words: [word("襄都区", from: 0, language: "HanS"), word("（主项）", from: 130, language: "HanS")]),
            RecognizedLine(box: PixelBox(left: 0, top: 200, right: 400, bottom: 240), words: [word("ROK", from: 0, language: "HanS"), word("BIT", from: 130, language: "HanS")]),
        ]
        #expect(LatinRereading.suspects(in: lines) == [0, 2, 4])
        // Words of two letters at least: `(=` holds none, `(CED)` three.
        #expect(LatinRereading.suspects(in: lines, letters: 2) == [0, 4])
        // …and as wide as the line's characters stand tall: `网` a speck's two letters.
        let narrow = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 100, bottom: 40), words: [
            word("内容", from: 0, language: "chi_sim"),
            RecognizedWord(symbols: [("e", 80), ("a", 90)].map { RecognizedSymbol(text: $0.0, box: PixelBox(left: $0.1, top: 30, right: $0.1 + 8, bottom: 38), confidence: 60) }, language: "eng"),
        ])
        #expect(LatinRereading.suspects(in: [narrow]) == [0])
        #expect(LatinRereading.suspects(in: [narrow], letters: 2).isEmpty)
        // A Song face's full stop read as a ring is RingStops's to mend, not a letter.
        let ring = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 100, bottom: 40), words: [word("为", from: 0, language: "chi_sim"), word("°", from: 40, language: "eng")])
        #expect(LatinRereading.suspects(in: [ring]).isEmpty)
    }

    @Test func aSuspectWordTakesWhatTheChineseModelReadInItsPlace() {
        // 登记 at 0…76, (CED) at 80…276, -- at 280…316.
        let line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 316, bottom: 40), words: [
            word("登记", from: 0, language: "chi_sim"), word("(CED)", from: 80, language: "eng"), word("--", from: 280, language: "eng"),
        ])
        // The Chinese model's reading of the line, its symbols placed differently.
        let reread = RecognizedLine(box: line.box, words: [word("登记", from: 0, language: "chi_sim"), word("〈主项)", from: 90, language: "chi_sim"), word("一", from: 282, language: "chi_sim")])
        #expect(text(LatinRereading.merge(line, reread: [reread])) == "登记·〈主项)·--")
    }

    @Test func aLineBoxedTallerThanItsCharactersIsReadAgainAtTheirBand() {
        // The characters stand 0…40; the line's box reaches 12 pixels further down.
        var line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 400, bottom: 52), words: [
            word("送达阶段", from: 0, language: "chi_sim"), word("JRA", from: 160, language: "eng"),
        ])
        #expect(LatinRereading.bandRegion(of: line) == PixelBox(left: -10, top: -10, right: 410, bottom: 50))
        // Boxed as its characters stand, or without a character: no other band.
        line.box.bottom = 40
        #expect(LatinRereading.bandRegion(of: line) == nil)
        let letters = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 200, bottom: 52), words: [word("JRA", from: 0, language: "eng")])
        #expect(LatinRereading.bandRegion(of: letters) == nil)
    }

    @Test func aSuspectWordStaysWhenTheChineseModelReadNothingThere() {
        let line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 240, bottom: 40), words: [word("APP", from: 0, language: "eng")])
        #expect(text(LatinRereading.merge(line, reread: [])) == "APP")
    }

    @Test func aLineReadAsLettersAloneTakesTheChineseReadingWhole() {
        // `襄都区单位医疗保险` read `EAB AD BEIT PR`, the first word's box reaching over the second.
        var first = word("EAB", from: 436, language: "eng")
        first.symbols[2].box.right = 640
        let line = RecognizedLine(box: PixelBox(left: 436, top: 0, right: 732, bottom: 40), words: [
            first, word("AD", from: 542, language: "eng"), word("BEIT", from: 608, language: "eng"), word("PR", from: 674, language: "eng"),
        ])
        let reread = RecognizedLine(box: line.box, words: [word("襄都区单位医疗保险", from: 436, language: "chi_sim")])
        #expect(text(LatinRereading.merge(line, reread: [reread])) == "襄都区单位医疗保险")
    }

    @Test func eachSymbolOfTheRereadingTakesOnePlace() {
        // The first suspect word's box reaches over the next two: its place and the third's overlap.
        var first = word("AB", from: 80, language: "eng")
        first.symbols[1].box.right = 300
        let line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 316, bottom: 40), words: [
            word("登记", from: 0, language: "chi_sim"), first, word("C", from: 160, language: "eng"), word("EF", from: 200, language: "eng"),
        ])
        let reread = RecognizedLine(box: line.box, words: [word("登记变更注销改正", from: 0, language: "chi_sim")])
        // Without the rule 销 went to both places: `登记·变更注销·C·销改正`.
        #expect(text(LatinRereading.merge(line, reread: [reread])) == "登记·变更注销·C·改正")
    }
}
