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

    /// Summary entries whose number and name stand on lines of their own.
    @Test func summaryEntriesOverTwoLines() throws {
        let grid = try FlowTextReassembler.reassemble([
            "某县某局权责清单事项统计表", "一、行政处罚（2项）", "1", "对甲的处罚", "2", "对乙的", "处罚", "某县某局权责清单",
            "1", "行政", "处罚", "对甲的处罚", "某县某局", "《甲法》第一条：违反本法规定的，由县级以上人民政府有关部门责令改正，处以罚款。",
            "1、立案责任：发现违法行为，予以审查，决定是否立案。", "2、调查责任：指定专人负责。",
            "因不履行或不正确履行行政职责，有下列情形的，应承担相应责任：", "1、没有法律和事实依据实施行政处罚的；",
        ])
        #expect(grid.summaryLines == ["一、行政处罚（2项）", "1\t对甲的处罚", "2\t对乙的处罚"])
        #expect(grid.titleLines == ["某县某局权责清单事项统计表", "某县某局权责清单"])
        #expect(grid.rows.count == 1)
    }
}
