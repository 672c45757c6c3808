import PowerListModel
import Testing
import TestSupport
import TextExtraction
@testable import WebReaders

@Suite struct HTMLFragmentTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var html: String
        var lines: [String]
        var listItems: [Bool]
        var testDescription: String { html }
    }

    static let examples: [Example] = [
        Example(html: "《中华人民共和国社会保险法》第八十四条", lines: ["《中华人民共和国社会保险法》第八十四条"], listItems: [false]),
        Example(html: "<p>1. 《甲法》第一条</p> <p>2. 《乙法》第二条</p>", lines: ["1. 《甲法》第一条", "2. 《乙法》第二条"], listItems: [false, false]),
        // An <ol> that lost its <li> tags: items are what single spaces after closing punctuation separate.
        Example(html: "前言： <ol style=\"list-style-type: none\"> 没有依据的； 显失公正的。 其他行为。 ",
                lines: ["前言：", "没有依据的；", "显失公正的。", "其他行为。"], listItems: [false, true, true, true]),
        Example(html: "<ul><li>甲</li><li>乙 丙</li></ul>", lines: ["甲", "乙 丙"], listItems: [true, true]),
        Example(html: "A&amp;B&nbsp;C &#x4E00;&#19968; &bogus; <b>粗</b>", lines: ["A&B C 一一 &bogus; 粗"], listItems: [false]),
        Example(html: "甲<br>乙<br/>丙<script>var x = 1;</script>", lines: ["甲", "乙", "丙"], listItems: [false, false, false]),
        Example(html: "<ol><li><p>第一段</p><p>第二段</p></li><li>二</li></ol>", lines: ["第一段", "第二段", "二"], listItems: [true, false, true]),
    ]

    @Test(arguments: examples) func markupBecomesLines(example: Example) {
        let cell = HTMLFragment.cell(from: example.html)
        #expect(cell.lines.map(\.text) == example.lines)
        #expect(cell.lines.map(\.startsListItem) == example.listItems)
    }

    @Test func lineBreaksInTheTextSeparateLinesWhenAsked() {
        #expect(HTMLFragment.cell(from: "甲\n乙", lineBreaksSeparateLines: true).lines.map(\.text) == ["甲", "乙"])
        #expect(HTMLFragment.cell(from: "<p>甲\r\n乙</p>丙", lineBreaksSeparateLines: true).lines.map(\.text) == ["甲", "乙", "丙"])
        #expect(HTMLFragment.cell(from: "<p>甲\n乙</p>").lines.map(\.text) == ["甲 乙"])
    }
}
