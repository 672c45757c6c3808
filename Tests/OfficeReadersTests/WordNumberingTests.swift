import Testing
@testable import OfficeReaders

@Suite struct WordNumberingTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var format: String
        var numbers: [Int]
        var texts: [String]
        var testDescription: String { format }
    }

    static let examples: [Example] = [
        Example(format: "decimal", numbers: [1, 10], texts: ["1", "10"]),
        Example(format: "decimalZero", numbers: [3, 12], texts: ["03", "12"]),
        Example(format: "chineseCounting", numbers: [1, 10, 11, 20, 21, 101, 110, 1010], texts: ["一", "十", "十一", "二十", "二十一", "一百零一", "一百一十", "一千零一十"]),
        Example(format: "chineseCountingThousand", numbers: [15], texts: ["十五"]),
        Example(format: "chineseLegalSimplified", numbers: [3, 12], texts: ["叁", "壹拾贰"]),
        Example(format: "ideographTraditional", numbers: [1, 4, 11], texts: ["甲", "丁", "甲"]),
        Example(format: "ideographDigital", numbers: [105], texts: ["一〇五"]),
        Example(format: "decimalEnclosedCircle", numbers: [1, 20, 21], texts: ["①", "⑳", "21"]),
        Example(format: "decimalEnclosedCircleChinese", numbers: [3], texts: ["③"]),
        Example(format: "decimalEnclosedParen", numbers: [1, 20], texts: ["⑴", "⒇"]),
        Example(format: "decimalEnclosedFullstop", numbers: [2], texts: ["⒉"]),
        Example(format: "decimalFullWidth", numbers: [12], texts: ["１２"]),
        Example(format: "upperLetter", numbers: [1, 26, 27], texts: ["A", "Z", "AA"]),
        Example(format: "lowerRoman", numbers: [4, 9, 14], texts: ["iv", "ix", "xiv"]),
        Example(format: "bullet", numbers: [1], texts: [""]),
    ]

    @Test(arguments: examples) func countersAreWrittenAsWordWritesThem(example: Example) {
        #expect(example.numbers.map { WordNumberFormat.text(of: $0, format: example.format) } == example.texts)
    }

    static func definitions(_ xml: String) throws -> NumberingDefinitions {
        try NumberingDefinitions(xml: Array("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\(xml)</w:numbering>".utf8))
    }

    static let twoLevels = """
        <w:abstractNum w:abstractNumId="1">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/><w:suff w:val="nothing"/></w:lvl>\
        </w:abstractNum>
        """

    @Test func aParagraphAtALevelRestartsTheDeeperOnesUnlessTheyNeverRestart() throws {
        var counters = ListCounters(definitions: try Self.definitions(Self.twoLevels + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"1\"/></w:num>"))
        let levels = [0, 1, 1, 2, 0, 1, 2]
        #expect(levels.map { counters.label(numID: "7", level: $0)?.text } == ["一、", "（1）", "（2）", "①", "二、", "（1）", "②"])
    }

    @Test func instancesOfOneListContinueItUnlessTheyOverrideTheStart() throws {
        let xml = Self.twoLevels
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
        var counters = ListCounters(definitions: try Self.definitions(xml))
        let labels = [("1", 0), ("2", 0), ("3", 0), ("3", 0), ("1", 0)].map { counters.label(numID: $0.0, level: $0.1)?.text }
        #expect(labels == ["一、", "二、", "五、", "六、", "七、"])
    }

    @Test func anInstanceMayRedefineALevelAndNumberingZeroMeansNone() throws {
        let xml = Self.twoLevels + """
            <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">\
            <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/></w:lvl></w:lvlOverride></w:num>
            """
        var counters = ListCounters(definitions: try Self.definitions(xml))
        #expect(counters.label(numID: "4", level: 0)?.text == "第3条 ")
        #expect(counters.label(numID: "0", level: 0) == nil)
        #expect(counters.label(numID: "99", level: 0) == nil)
    }
}
