import CanonicalJSON
import PowerListModel
import Testing
import TestSupport
@testable import ColumnReassembly
import TextExtraction

@Suite struct FlowTextReassemblerTests {
    static let seed = "seeds/002_87517433289be30b"

    func grid() throws -> TableGrid {
        let text = try TextExtractor.extract(Fixtures.bytes(Self.seed + ".txt"))
        #expect(text.layout == .flow)
        return try FlowTextReassembler.reassemble(text.lines)
    }

    @Test func rowsMatchTheGoldCellByCell() throws {
        let gold = try Fixtures.json(Self.seed + ".gold.json")
        // Cells the source lost or truncated: the gold takes them from the summary or the other rows.
        let repaired: Set<String> = ["12.name", "12.subject", "13.name", "13.subject", "20.name", "20.subject"]
        let diffs = GridGoldenCheck.differences(grid: try grid(), gold: gold, skipping: repaired)
        #expect(diffs.isEmpty, "\(diffs.count) differences:\n\(diffs.prefix(30).joined(separator: "\n"))")
    }

    @Test func truncatedCellsAreKeptAsPrinted() throws {
        let rows = try grid().rows
        #expect(rows[19][.name].text == "基本医疗保")
        #expect(rows[19][.subject].text == "保障")
        #expect(rows[20][.category].text == "权力")
        #expect(rows[11][.seq].isEmpty && rows[11][.name].isEmpty && rows[11][.subject].isEmpty)
    }

    @Test func summaryAndTitlesAreSeparated() throws {
        let grid = try grid()
        #expect(grid.titleLines.first == "赵县医疗保障局权责清单事项总表")
        #expect(grid.summaryLines.first == "一、行政处罚 共 3项")
        #expect(grid.summaryLines.contains("20\t4\t基本医疗保险参保信息查询和个人账户一次性支取（主项）——参保人员个人账户一次性支取（子项）"))
        #expect(grid.pageCount == 25)
    }
}
