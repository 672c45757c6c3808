import PowerListModel
import Testing
@testable import ReviewReport

@Suite struct HTMLTextTests {
    @Test func escapesMarkupAndBothQuotes() {
        #expect(HTMLText.escaped("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
    }

    @Test func keepsChineseTextAndLineBreaks() {
        #expect(HTMLText.escaped("对违反《条例》的处罚\n（一）第1条\t完") == "对违反《条例》的处罚\n（一）第1条\t完")
        #expect(HTMLText.escaped("a\rb\r\nc") == "a\nb\nc")
    }

    @Test func showsControlCharactersInsteadOfDroppingThem() {
        #expect(HTMLText.escaped("a\u{01}b\u{0C}c\u{7F}") == "a\u{2401}b\u{240C}c\u{2421}")
    }
}

@Suite struct PercentTests {
    @Test func writesThreeDecimals() {
        #expect(Percent.of(100, 400) == "25.000%")
        #expect(Percent.of(1, 3) == "33.333%")
        #expect(Percent.of(0.5, 841.9) == "0.059%")
        #expect(Percent.of(5, 0) == "0%")
        #expect(Percent.ratio(841.89, 595.28) == "8419 / 5953")
    }
}

@Suite struct SourceAddressTests {
    @Test func namesSpreadsheetColumnsAsLetters() {
        #expect(SourceAddress.columnLetters(1) == "A")
        #expect(SourceAddress.columnLetters(26) == "Z")
        #expect(SourceAddress.columnLetters(27) == "AA")
        #expect(SourceAddress.columnLetters(703) == "AAA")
    }

    @Test func describesEveryKindOfPlace() {
        #expect(SourceAddress.describe(.sheetCell(sheet: "事项总表", row: 3, column: 2)) == "事项总表!B3")
        #expect(SourceAddress.describe(.tableCell(table: 2, row: 5, column: 4)) == "表2 第5行第4列")
        #expect(SourceAddress.describe(.lines(first: 12, last: 12)) == "第12行")
        #expect(SourceAddress.describe(.lines(first: 12, last: 14)) == "第12–14行")
        #expect(SourceAddress.describe(.pageBox(page: 3, box: PageBox(x0: 0, y0: 0, x1: 1, y1: 1))) == "第3页")
    }
}
