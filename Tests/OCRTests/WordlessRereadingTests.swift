@testable import OCR
import PowerListModel
import Testing

/// A stretch of characters that makes no word is read again, and takes the
/// second reading only where that makes words.
@Suite struct WordlessRereadingTests {
    static let lexicon = WordList(["隐瞒", "隐匿", "伪造", "处罚", "资料", "予以", "生育", "保险", "申领", "津贴", "登记", "注销", "变更"])

    /// A line of characters 40 pixels apart; `confidence` maps an index to
    /// its confidence (the rest at 97 %).
    static func line(_ text: String, from left: Int = 0, confidence: [Int: Float] = [:], words: Int = 1) -> RecognizedLine {
        let symbols = text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(
                text: String(scalar), box: PixelBox(left: left + 40 * index, top: 0, right: left + 40 * index + 36, bottom: 40),
                confidence: confidence[index] ?? 97
            )
        }
        // Tesseract groups Chinese into words arbitrarily: split in `words` parts.
        let size = (symbols.count + words - 1) / words
        let grouped = stride(from: 0, to: symbols.count, by: size).map { RecognizedWord(symbols: Array(symbols[$0..<min($0 + size, symbols.count)]), language: "chi_sim") }
        return RecognizedLine(box: PixelBox(left: left, top: 0, right: left + 40 * symbols.count, bottom: 40), words: grouped)
    }

    static func text(_ line: RecognizedLine) -> String {
        line.words.flatMap(\.symbols).map(\.text).joined()
    }

    static func symbols(_ line: RecognizedLine) -> [RecognizedSymbol] {
        line.words.flatMap(\.symbols)
    }

    @Test func charactersUnsureAndMakingNoWordAreSuspect() {
        let stretches = { (line: RecognizedLine) in WordlessRereading.stretches(in: Self.symbols(line), lexicon: Self.lexicon) }
        #expect(stretches(Self.line("虚报、隐螨、伪造", confidence: [4: 93])) == [4..<5])
        #expect(stretches(Self.line("隐人诬或", confidence: [1: 88, 2: 61])) == [1..<3])
        #expect(stretches(Self.line("虚报、隐瞒、伪造", confidence: [4: 80])).isEmpty)  // unsure, but a word
        #expect(stretches(Self.line("处罚的依据")).isEmpty)  // no word, but sure
        #expect(stretches(Self.line("的处罚", confidence: [0: 92])) == [0..<1])  // read again, kept
        #expect(stretches(Self.line("、：", confidence: [0: 50, 1: 50])).isEmpty)  // no characters
        #expect(stretches(Self.line("码", confidence: [0: 50])).isEmpty)  // no neighbour
    }

    @Test func aStretchTakesTheCharactersReadBetweenTheSameNeighboursThatMakeWords() {
        let first = Self.line("虚报、隐螨、伪造", confidence: [4: 93], words: 3)
        let found = WordlessRereading.replacements(in: Self.symbols(first), reread: [Self.line("虚报、隐瞒、伪造", from: 3, confidence: [4: 88])], lexicon: Self.lexicon)
        #expect(found.map(\.range) == [4..<5])
        #expect(found.map(\.text) == [["瞒"]])
        // How sure the second reading was; the symbol keeps the first reading's confidence.
        #expect(found.map(\.confidence) == [88])
        #expect(found.first?.symbols.map(\.confidence) == [93])
    }

    @Test func aCharacterReadAgainAsItWasNeedMakeNoWord() {
        // `的卉首台居` (卉首 unsure; 台 at 95 %, `首台` and `台居` no words): read again `港澳台`.
        let lexicon = WordList(["港澳", "居民"])
        let first = Self.line("的卉首台居民", confidence: [1: 80, 2: 75, 3: 95])
        let found = WordlessRereading.replacements(in: Self.symbols(first), reread: [Self.line("的港澳台居民", confidence: [1: 98, 2: 98])], lexicon: lexicon)
        #expect(found.map(\.text) == [["港", "澳", "台"]])
        #expect(found.map(\.changed) == [2])
        // A character read otherwise must make a word.
        let other = WordlessRereading.replacements(in: Self.symbols(first), reread: [Self.line("的港澳合居民", confidence: [1: 98, 2: 98])], lexicon: lexicon)
        #expect(other.isEmpty)
    }

    @Test func aStretchOfTwoMayBecomeOneCharacter() {
        // 人 and 诬 stand where 匿 is printed (at 40…116).
        let first = Self.line("隐人诬或", confidence: [1: 88, 2: 61])
        var again = Self.line("隐匿或")
        again.words[0].symbols[1].box = PixelBox(left: 44, top: 0, right: 116, bottom: 40)
        again.words[0].symbols[2].box = PixelBox(left: 120, top: 0, right: 156, bottom: 40)
        let found = WordlessRereading.replacements(in: Self.symbols(first), reread: [again], lexicon: Self.lexicon)
        #expect(found.map(\.range) == [1..<3])
        #expect(found.map(\.text) == [["匿"]])
    }

    @Test func noReplacementMakingNoWordUnsureNotChineseTheSameOrBetweenOtherNeighbours() {
        let first = Self.line("虚报、隐眶、伪造", confidence: [4: 83])
        // 瞒 read as two characters: `了瞒` is no word.
        var split = Self.line("虚报、隐了瞒、伪造")
        split.words[0].symbols[4].box = PixelBox(left: 160, top: 0, right: 172, bottom: 40)
        split.words[0].symbols[5].box = PixelBox(left: 174, top: 0, right: 196, bottom: 40)
        for index in 6..<9 { split.words[0].symbols[index].box.left -= 40; split.words[0].symbols[index].box.right -= 40 }
        let doubtful = Self.line("虚报、隐瞒、伪造", confidence: [4: 65])
        let latin = Self.line("虚报、隐M、伪造")
        let same = Self.line("虚报、隐眶、伪造")
        // Another mark after it: the readings do not line up (`隐有瞒` must not become `隐瞒瞒`).
        let neighbour = Self.line("虚报、隐瞒，伪造")
        for reread in [split, doubtful, latin, same, neighbour] {
            #expect(WordlessRereading.replacements(in: Self.symbols(first), reread: [reread], lexicon: Self.lexicon).isEmpty)
        }
        #expect(WordlessRereading.replacements(in: Self.symbols(first), reread: [], lexicon: Self.lexicon).isEmpty)
    }

    /// Mends `lines` with readings given per enlargement (by both models;
    /// `chinese`: by the Chinese model alone), recording what was read.
    static func mend(
        _ lines: [RecognizedLine], readings: [Double: [RecognizedLine]], chinese: [Double: [RecognizedLine]] = [:], lexicon: any Lexicon = Self.lexicon
    ) -> (lines: [String], mended: Int, reads: [Double: Int], chineseReads: [Double: Int]) {
        var mended = lines
        var reads: [Double: Int] = [:], chineseReads: [Double: Int] = [:]
        let count = WordlessRereading.mend(&mended, lexicon: lexicon) { way, regions in
            if way.chineseOnly { chineseReads[way.enlargement, default: 0] += regions.count } else { reads[way.enlargement, default: 0] += regions.count }
            let given = way.chineseOnly ? chinese[way.enlargement] : readings[way.enlargement]
            return regions.map { region in given.map { [$0.filter { $0.box.top == region.top + 10 }.first].compactMap { $0 } } ?? [] }
        }
        return (mended.map(Self.text), count, reads, chineseReads)
    }

    static func at(_ top: Int, _ line: RecognizedLine) -> RecognizedLine {
        var moved = line
        moved.box.top = top
        moved.box.bottom = top + 40
        return moved
    }

    @Test func aSureReadingIsTakenAloneALessSureOneWhenAnotherAgrees() {
        let at = Self.at
        // LatinRereading.region widens a 40-pixel line by 10 all round.
        let lines = [at(0, Self.line("隐螨、伪造", confidence: [1: 93])), at(50, Self.line("生育梨险", confidence: [2: 92])), at(100, Self.line("保险资料"))]
        let sure = Self.mend(lines, readings: [1: [at(0, Self.line("隐瞒、伪造", confidence: [1: 96])), at(50, Self.line("生育保险", confidence: [2: 85]))]])
        #expect(sure.lines == ["隐瞒、伪造", "生育梨险", "保险资料"])
        #expect(sure.mended == 1)
        #expect(sure.reads == [1: 2, 1.25: 1, 1.5: 1])
        #expect(sure.chineseReads == [1: 1, 1.25: 1])
        let agreeing = Self.mend(lines, readings: [
            1: [at(0, Self.line("隐瞒、伪造", confidence: [1: 96])), at(50, Self.line("生育保险", confidence: [2: 85]))],
            1.5: [at(50, Self.line("生育保险", confidence: [2: 75]))],
        ])
        #expect(agreeing.lines == ["隐瞒、伪造", "生育保险", "保险资料"])
        #expect(agreeing.mended == 2)
        // A sure reading at 1.25 times ends the second line's reading; the first, read as nothing, is read at each size.
        let early = Self.mend(lines, readings: [1: [at(50, Self.line("生育保险", confidence: [2: 85]))], 1.25: [at(50, Self.line("生育保险"))]])
        #expect(early.lines == ["隐螨、伪造", "生育保险", "保险资料"])
        #expect(early.reads == [1: 2, 1.25: 2, 1.5: 1])
        let differing = Self.mend(lines, readings: [1: [at(50, Self.line("生育保险", confidence: [2: 85]))], 1.5: [at(50, Self.line("生育渠险"))]])
        #expect(differing.lines == ["隐螨、伪造", "生育梨险", "保险资料"])
        #expect(differing.mended == 0)
    }

    @Test func aCellsLinesRunOnTheFirstCharacterOfTheNextLineIsANeighbour() {
        // `变更合` / `记或注销`: 合 (94 %) makes no word with 更 nor with 记 below it.
        let symbols = Self.symbols(Self.line("变更合", confidence: [2: 94]))
        #expect(WordlessRereading.stretches(in: symbols, lexicon: Self.lexicon, after: "记") == [2..<3])
        let found = WordlessRereading.replacements(in: symbols, reread: [Self.line("变更登", confidence: [2: 93])], lexicon: Self.lexicon, after: "记")
        #expect(found.map(\.text) == [["登"]])
        // At the cell's last line, 登 makes no word with 更: nothing is taken.
        #expect(WordlessRereading.replacements(in: symbols, reread: [Self.line("变更登", confidence: [2: 93])], lexicon: Self.lexicon).isEmpty)
        var lines = [Self.line("变更合", confidence: [2: 94]), Self.line("记或注销")]
        lines[1].box.top = 50
        lines[1].box.bottom = 90
        let mended = WordlessRereading.mend(&lines, lexicon: Self.lexicon) { _, regions in regions.map { _ in [Self.line("变更登", confidence: [2: 93])] } }
        #expect(lines.map(Self.text) == ["变更登", "记或注销"])
        #expect(mended == 1)
    }

    @Test func theChineseModelAloneIsTakenOnlyWhenSure() {
        let at = Self.at
        // `遇认定、两` / `肝门诊`: both models read 两 at every size, the Chinese model alone 丙 at 1.25 times.
        let lexicon = WordList(["丙肝", "门诊", "认定"])
        let lines = [at(0, Self.line("认定、两", confidence: [3: 91])), at(50, Self.line("肝门诊"))]
        let same = at(0, Self.line("认定、两", confidence: [3: 91]))
        let mended = Self.mend(lines, readings: [1: [same], 1.25: [same], 1.5: [same]], chinese: [1.25: [at(0, Self.line("认定、丙", confidence: [3: 96]))]], lexicon: lexicon)
        #expect(mended.lines == ["认定、丙", "肝门诊"])
        #expect(mended.mended == 1)
        // Less sure, it is not taken, though both models read so once (`:四石` → `:电石`, 电 at 91 % twice).
        let unsure = at(0, Self.line("认定、丙", confidence: [3: 91]))
        let kept = Self.mend(lines, readings: [1.25: [unsure]], chinese: [1.25: [unsure]], lexicon: lexicon)
        #expect(kept.lines == ["认定、两", "肝门诊"])
        #expect(kept.mended == 0)
    }

    @Test func aSymbolBoxDriftedOntoTheStretchIsItsNeighbour() {
        // Tesseract put `、` at 120…122, on 丙's place, and 丙 at 123…156.
        var again = Self.line("认定、丙", confidence: [3: 96])
        again.words[0].symbols[2].box = PixelBox(left: 120, top: 0, right: 122, bottom: 40)
        again.words[0].symbols[3].box = PixelBox(left: 123, top: 0, right: 156, bottom: 40)
        let first = Self.symbols(Self.line("认定、两", confidence: [3: 91]))
        let found = WordlessRereading.replacements(in: first, reread: [again], lexicon: WordList(["丙肝"]), after: "肝")
        #expect(found.map(\.range) == [3..<4])
        #expect(found.map(\.text) == [["丙"]])
    }

    @Test func everyReadingByBothModelsSureOfOtherCharactersMakingNoWordIsTaken() {
        // `申领` is no word of the lexicon, nor `申信`: the three readings, all sure of 领, decide.
        let lexicon = WordList(["生育", "津贴"])
        let lines = [Self.line("津贴申信", confidence: [3: 91])]
        let sure = Self.line("津贴申领", confidence: [3: 95])
        let unanimous = Self.mend(lines, readings: [1: [sure], 1.25: [sure], 1.5: [sure]], lexicon: lexicon)
        #expect(unanimous.lines == ["津贴申领"])
        #expect(unanimous.mended == 1)
        // One reading less sure, or another character, or none: kept.
        let lessSure = Self.line("津贴申领", confidence: [3: 90])
        let other = Self.line("津贴申倾", confidence: [3: 95])
        for third in [[lessSure], [other], []] {
            #expect(Self.mend(lines, readings: [1: [sure], 1.25: [sure], 1.5: third], lexicon: lexicon).lines == ["津贴申信"])
        }
    }
}
