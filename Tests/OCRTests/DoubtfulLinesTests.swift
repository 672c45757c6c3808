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

    /// nsx300: `对采取谍报、隐瞒、`, 97 % on the whole, 谍 at 85 %.
    @Test func aLineHoldingADoubtfulCharacterIsASuspect() {
        var line = Self.line("对采取谍报、隐瞒、", sure: 98)
        line.words[0].symbols[3].confidence = 85
        #expect(DoubtfulLines.suspects(in: [line, Self.line("伪造等手段", sure: 98)]) == [0])
        // Its least sure character five points surer alone, and the line no less sure: kept.
        var alone = Self.line("对采取虚报、隐瞒、", sure: 98)
        alone.words[0].symbols[7].confidence = 92
        #expect(DoubtfulLines.keeps([alone], over: line))
        alone.words[0].symbols[7].confidence = 88
        #expect(!DoubtfulLines.keeps([alone], over: line))
        // Reading otherwise a character the cell read surely, it is no better reading (`滥用` as `涅用`).
        var worse = Self.line("对釆取虚报、隐瞒、", sure: 98)
        worse.words[0].symbols[7].confidence = 92
        #expect(!DoubtfulLines.keeps([worse], over: line))
    }

    /// lb250: `Cy注销登`, the Chinese model's letters for `记、`.
    @Test func aLineOfCharactersHoldingLettersIsReadAgain() {
        let line = Self.line("Cy注销登", sure: 96)
        #expect(DoubtfulLines.suspects(in: [line]) == [0])
        #expect(DoubtfulLines.keeps([Self.line("记、注销登", sure: 98)], over: line))
        // Letters printed so read alike alone; more characters than letters lost, or a reading less sure, stay.
        #expect(!DoubtfulLines.keeps([Self.line("Cy注销登", sure: 97)], over: line))
        #expect(!DoubtfulLines.keeps([Self.line("记记记注销登", sure: 99)], over: line))
        #expect(!DoubtfulLines.keeps([Self.line("记、注销登", sure: 95)], over: line))
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
        // 小 as unsure as the cell read it (the document's 滥用 may mend it); 弊, read anew, no surer than 刺 was.
        #expect(merged.words[0].symbols.map(\.confidence) == [60, 97, 97, 97, 97, 97, 97, 50])
    }

    /// Read alone with a character more (`Cy注销登` → `记、注销登`), the places differ: only characters read alike keep a doubt.
    @Test func aReadingWithMoreCharactersKeepsItsOwnConfidence() {
        var original = DoubtfulLinesTests.line("Cy注销登", sure: 96)
        original.words[0].symbols[2].confidence = 70
        let merged = DoubtfulLines.merged(DoubtfulLinesTests.line("记、注销登", sure: 98), over: original)
        #expect(merged.words[0].symbols.map(\.confidence) == [98, 98, 98, 98, 98])
    }
}
