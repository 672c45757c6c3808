import Testing
@testable import PowerListModel

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("  甲  乙\t丙\n", "甲 乙 丙"), ("甲\u{3000}\u{3000}乙", "甲 乙"), ("a\u{00A0}b", "a b"), ("已经规整", "已经规整"), ("", ""), (" \n ", ""),
    ])
    func collapsesRunsOfWhitespace(input: String, expected: String) {
        #expect(TextNormalizer.collapseWhitespace(input) == expected)
    }

    /// The scalar-level fast path must agree with the Character-level definition.
    @Test func removingWhitespaceAgreesWithCharacterFiltering() {
        let samples = ["甲 乙\t丙", "e\u{301} x", " \u{3000}全角 空格 ", "a\u{00A0}b", "\r\n行\r\n", "《法》 第 八 条", "🇨🇳 中国", ""]
        for sample in samples {
            #expect(TextNormalizer.removingWhitespace(sample) == sample.filter { !$0.isWhitespace }, "\(sample.debugDescription)")
        }
    }

    /// The early count agrees with counting the compacted text, its trailing marks removed.
    @Test func holdsMoreScalarsAgreesWithCountingTheCompactText() {
        let marks = Set("。，".unicodeScalars)
        let samples = ["一、行政许可（共2项）", "一 、 行 政 许 可", "甲乙丙。。。", "甲乙丙丁。", "甲。乙。丙", " \u{3000}甲 乙 ", ""]
        for sample in samples {
            var compact = Array(TextNormalizer.removingWhitespace(sample).unicodeScalars)
            while let last = compact.last, marks.contains(last) { compact.removeLast() }
            for limit in 0...6 {
                #expect(TextNormalizer.holdsMoreScalars(than: limit, in: sample, besidesTrailing: marks) == (compact.count > limit), "\(sample) \(limit)")
            }
        }
    }

    @Test func latinOrDigitDecidesWhereAJoinKeepsASpace() {
        #expect(TextNormalizer.isLatinOrDigit("A") && TextNormalizer.isLatinOrDigit("７"))
        #expect(!TextNormalizer.isLatinOrDigit("甲") && !TextNormalizer.isLatinOrDigit("、"))
    }

    @Test func cellTextJoinsWrappedLinesAndKeepsMarkedSpaces() {
        let cell = Cell(lines: [CellLine("1、立案责任：发现"), CellLine("违法行为。"), CellLine("2、调查责任", followsSpace: true)])
        #expect(cell.text == "1、立案责任：发现违法行为。 2、调查责任")
    }
}

@Suite struct NumberingTokensTests {
    @Test(arguments: [
        ("1、立案责任", 1, NumberingStyle.Family.arabic, 2), ("12.《法》", 12, .arabic, 3), ("2.、《办法》", 2, .arabic, 3),
        ("3．甲", 3, .arabic, 2), ("（1）甲", 1, .parenthesizedArabic, 3), ("(2) 乙", 2, .parenthesizedArabic, 3),
        ("③丙", 3, .circled, 1), ("十一、其他", 11, .chinese, 3), ("（二）封存", 2, .parenthesizedChinese, 3),
    ])
    func tokens(text: String, number: Int, family: NumberingStyle.Family, length: Int) {
        let token = NumberingTokens.token(atStartOf: text)
        #expect(token?.number == number)
        #expect(token?.style.family == family)
        #expect(token?.range == 0..<length)
    }

    @Test(arguments: ["2016年12月", "1.5倍", "第一条", "一般规定", "《法》", ""])
    func notTokens(text: String) {
        #expect(NumberingTokens.token(atStartOf: text) == nil)
    }

    @Test func chineseNumerals() {
        #expect(ChineseNumeral.value(of: ArraySlice("一百零四".unicodeScalars)) == 104)
        #expect(ChineseNumeral.value(of: ArraySlice("十一".unicodeScalars)) == 11)
        #expect(ChineseNumeral.value(of: ArraySlice("一二".unicodeScalars)) == nil)
    }
}

@Suite struct PowerCategoryTests {
    @Test(arguments: [
        ("行政处罚", "行政处罚"), ("行政\n处罚", "行政处罚"), ("其他", "其他行政权力"), ("其他类", "其他行政权力"),
        ("其他行政职权", "其他行政权力"), ("其它权力", "其他行政权力"), ("公共服务", "公共服务"),
    ])
    func canonical(printed: String, category: String) {
        #expect(PowerCategory.canonicalize(printed) == category)
    }

    @Test(arguments: ["非行政许可审批", "其他违反法律法规规章文件规定的行为。", "", "审核转报"])
    func notCanonical(printed: String) {
        #expect(PowerCategory.canonicalize(printed) == nil)
    }
}

@Suite struct LexiconTests {
    @Test func charactersOutsideEveryWordNearAStretchAreCounted() {
        let lexicon = WordList(["就医", "医生", "备案", "异地"])
        let misread = Array("异地就医生案".unicodeScalars), right = Array("异地就医备案".unicodeScalars)
        #expect(lexicon.uncoveredCharacters(in: misread, around: 4..<5) == 1)  // 案
        #expect(lexicon.uncoveredCharacters(in: right, around: 4..<5) == 0)
        // Marks are no characters; a word reaching past the window covers its part.
        #expect(lexicon.uncoveredCharacters(in: Array("，备案".unicodeScalars), around: 1..<2) == 0)
        #expect(lexicon.uncoveredCharacters(in: Array("甲乙丙".unicodeScalars), around: 1..<2) == 3)
    }

    @Test func aCharacterMakesAWordWithTheOneBeforeOrAfterIt() {
        let lexicon = WordList(["保险", "生育"])
        #expect(!lexicon.makesWord("梨", after: "育", before: "险"))
        #expect(lexicon.makesWord("保", after: "育", before: "险"))
        #expect(lexicon.makesWord("育", after: "生", before: "梨"))
        #expect(lexicon.makesWord("保", after: nil, before: "险"))
        #expect(!lexicon.makesWord("保", after: "险", before: nil))
        #expect(!lexicon.makesWord("保", after: nil, before: nil))
    }
}

@Suite struct OpeningScalarsTests {
    @Test func aTextOpeningAsNoStringDoesIsTurnedAway() {
        let openings = OpeningScalars(of: ["打印", "【关闭】", "金额"])
        #expect(openings.mayOpen(with: "打"))
        #expect(openings.mayOpen(with: "【"))
        #expect(!openings.mayOpen(with: "对"))
        #expect(!openings.mayOpen(with: "["))
        // A compatibility ideograph is equal to its unified twin for String's comparison.
        #expect("\u{F90A}额".hasPrefix("金额"))
        #expect(openings.mayOpen(with: "\u{F90A}"))
        #expect(!OpeningScalars(of: []).mayOpen(with: "打"))
    }
}
