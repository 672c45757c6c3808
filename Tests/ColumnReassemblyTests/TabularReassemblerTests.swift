import CanonicalJSON
import PowerListModel
import Testing
import TestSupport
@testable import ColumnReassembly
import TextExtraction

@Suite struct TabularReassemblerTests {
    static let seed = "seeds/000_53652f109c077542"

    @Test func seedRowsMatchTheGoldCellByCell() throws {
        let text = try TextExtractor.extract(Fixtures.bytes(Self.seed + ".txt"))
        #expect(text.layout == .tabSeparated)
        let grid = try TabularReassembler.reassemble(text.lines)
        let diffs = GridGoldenCheck.differences(grid: grid, gold: try Fixtures.json(Self.seed + ".gold.json"))
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
        #expect(grid.titleLines == ["邢台市襄都区医疗保障局权责清单事项统计表", "邢台市襄都区医疗保障局权责清单（2025年版）"])
        #expect(grid.summaryLines.first == "一、行政许可（0项）")
        #expect(grid.summaryLines.last == "合计\t17项")
        #expect(grid.pageCount == nil)
    }

    @Test func repeatedHeaderRowsAndBlankLinesAreDropped() throws {
        let grid = try TabularReassembler.reassemble([
            "序号\t权力类型\t权力事项\t实施依据", "1\t行政处罚\t甲\t《法》", "", "序号\t权力类型\t权力事项\t实施依据", "2\t行政检查\t乙\t《条例》",
        ])
        #expect(grid.rows.map { $0[.name].text } == ["甲", "乙"])
        #expect(grid.columns == [.seq, .category, .name, .basis])
    }

    @Test func cellsBeyondTheHeaderAreReported() throws {
        let grid = try TabularReassembler.reassemble(["序号\t权力事项\t实施依据\t责任事项", "1\t甲\t《法》\t立案责任：…\t多余"])
        #expect(grid.diagnostics.map(\.code) == [.textUnassigned])
    }

    @Test func noHeaderMeansNoTable() {
        #expect(throws: ReassemblyError.noDetailTable) { try TabularReassembler.reassemble(["a\tb\tc", "1\t2\t3"]) }
    }
}

@Suite struct HTMLCellReaderTests {
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
    ]

    @Test(arguments: examples) func markupBecomesLines(example: Example) {
        let cell = HTMLCellReader.cell(from: example.html)
        #expect(cell.lines.map(\.text) == example.lines)
        #expect(cell.lines.map(\.startsListItem) == example.listItems)
    }
}
