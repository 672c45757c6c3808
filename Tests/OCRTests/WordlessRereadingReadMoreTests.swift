@testable import OCR
import PowerListModel
import Testing

/// A lone suspect character that readings of its line leave out goes.
@Suite struct WordlessRereadingReadMoreTests {
    typealias Lines = WordlessRereadingTests
    static let lexicon = WordList(["会计", "凭证", "违法", "不当"])

    @Test func aReadingTellsWhetherItReadTheCharacterBetweenItsNeighbours() {
        let first = Lines.symbols(Lines.line("会计和凭证", confidence: [2: 93]))
        #expect(WordlessRereading.readMore(2, in: first, reread: [Lines.line("会计凭证")]) == true)
        #expect(WordlessRereading.readMore(2, in: first, reread: [Lines.line("会计和凭证")]) == false)
        // Something else between them, or the neighbours not read: no verdict.
        #expect(WordlessRereading.readMore(2, in: first, reread: [Lines.line("会计利凭证")]) == nil)
        #expect(WordlessRereading.readMore(2, in: first, reread: [Lines.line("会汁凭证")]) == nil)
        #expect(WordlessRereading.readMore(2, in: first, reread: []) == nil)
        // At the line's ends a character has one neighbour in it: never taken for read more.
        #expect(WordlessRereading.readMore(0, in: first, reread: [Lines.line("计和凭证")]) == nil)
        #expect(WordlessRereading.readMore(4, in: first, reread: [Lines.line("会计和凭")]) == nil)
    }

    @Test func aCharacterMoreReadingsLeaveOutThanKeepGoes() {
        let at = Lines.at
        let lines = [at(0, Lines.line("会计和凭证", confidence: [2: 93]))]
        let without = at(0, Lines.line("会计凭证")), with = at(0, Lines.line("会计和凭证", confidence: [2: 93]))
        let twice = Lines.mend(lines, readings: [1: [without], 1.25: [with], 1.5: [without]], lexicon: Self.lexicon)
        #expect(twice.lines == ["会计凭证"])
        #expect(twice.mended == 1)
        // Once left out, once kept: kept.
        let once = Lines.mend(lines, readings: [1: [without], 1.25: [with]], lexicon: Self.lexicon)
        #expect(once.lines == ["会计和凭证"])
        #expect(once.mended == 0)
        // Left out twice but kept three times: kept.
        let outvoted = Lines.mend(lines, readings: [1: [without], 1.25: [with], 1.5: [without]], chinese: [1: [with], 1.25: [with]], lexicon: Self.lexicon)
        #expect(outvoted.lines == ["会计和凭证"])
    }

    @Test func aCharacterEveryReadingByBothModelsReadsAsAnotherIsNotLeftOutToo() {
        // Both models read 登 three times, surely (no word: the lexicon lacks 计登), the Chinese model alone nothing twice.
        let at = Lines.at
        let lines = [at(0, Lines.line("会计和凭证", confidence: [2: 93]))]
        let other = at(0, Lines.line("会计登凭证", confidence: [2: 95])), without = at(0, Lines.line("会计凭证"))
        let mended = Lines.mend(lines, readings: [1: [other], 1.25: [other], 1.5: [other]], chinese: [1: [without], 1.25: [without]], lexicon: Self.lexicon)
        #expect(mended.lines == ["会计登凭证"])
        #expect(mended.mended == 1)
    }

    @Test func aCharacterEveryReadingKeepsStays() {
        // `违法和不当`: 和 unsure and in no word of the lexicon, so suspect; read again as it was, it stays.
        let lines = [Lines.at(0, Lines.line("违法和不当", confidence: [2: 95]))]
        let same = Lines.at(0, Lines.line("违法和不当", confidence: [2: 95]))
        #expect(Lines.mend(lines, readings: [1: [same], 1.25: [same], 1.5: [same]], lexicon: Self.lexicon).lines == ["违法和不当"])
    }
}
