@testable import OCR
import Testing

/// A doubtful line is read again alone, and that reading kept where it is
/// surer and holds as many Chinese characters.
@Suite struct DoubtfulLinesTests {
    static func line(_ text: String, sure: Float) -> RecognizedLine {
        var line = StackedLinesTests.line(text, top: 1986, bottom: 2019, box: PixelBox(left: 386, top: 1986, right: 570, bottom: 2019))
        for symbol in line.words[0].symbols.indices { line.words[0].symbols[symbol].confidence = sure }
        return line
    }

    @Test func aDoubtfulLineOfCharactersIsASuspect() {
        // `对口内生地` (93 %) among lines read 98 % sure; a lone mark or letter is not this rule's.
        let lines = [Self.line("对口内生地", sure: 93), Self.line("建窑建坟", sure: 98), Self.line("为", sure: 60), Self.line("og", sure: 40)]
        #expect(DoubtfulLines.suspects(in: lines) == [0])
    }

    @Test func theReadingAloneIsKeptWhereSurerWithAsManyCharacters() {
        let original = Self.line("对口内生地", sure: 93)
        #expect(DoubtfulLines.keeps([Self.line("对占用耕地", sure: 97)], over: original))
        // Barely surer, a character fewer or more, or broken into two lines: the cell's reading stays.
        #expect(!DoubtfulLines.keeps([Self.line("对占用耕地", sure: 94)], over: original))
        #expect(!DoubtfulLines.keeps([Self.line("对占耕地", sure: 99)], over: original))
        #expect(!DoubtfulLines.keeps([Self.line("对占用耕地地", sure: 99)], over: original))
        #expect(!DoubtfulLines.keeps([Self.line("对占", sure: 99), Self.line("用耕地", sure: 99)], over: original))
    }
}

/// A character read alone as the cell read it keeps the cell's doubt.
@Suite struct DoubtfulLinesMergeTests {
    @Test func aCharacterReadTheSameKeepsItsDoubt() {
        var original = DoubtfulLinesTests.line("小用职权徇私舞刺", sure: 97)
        original.words[0].symbols[0].confidence = 60
        original.words[0].symbols[7].confidence = 50
        let read = DoubtfulLinesTests.line("小用职权徇私舞弊", sure: 97)
        let merged = DoubtfulLines.merged(read, over: original)
        #expect([merged].symbolTexts.joined() == "小用职权徇私舞弊")
        // 小 as unsure as the cell read it (the document's 滥用 may mend it); 弊, read anew, as sure as read alone.
        #expect(merged.words[0].symbols.map(\.confidence) == [60, 97, 97, 97, 97, 97, 97, 97])
    }
}
