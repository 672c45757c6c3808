import CanonicalJSON
import FlowText
import PowerListModel
import Testing
import TestSupport
import TextExtraction

@Suite struct FlowTextReaderTests {
    static let seed = "seeds/002_87517433289be30b"

    func table() throws -> Table {
        let text = try TextExtractor.extract(Fixtures.bytes(Self.seed + ".txt"))
        #expect(text.layout == .flow)
        return try FlowTextReader.read(text.lines)
    }

    @Test func rowsMatchTheGoldCellByCell() throws {
        let gold = try Fixtures.json(Self.seed + ".gold.json")
        // Cells the source lost or truncated: the gold takes them from the summary or the other rows.
        let repaired: Set<String> = ["12.name", "12.subject", "13.name", "13.subject", "20.name", "20.subject"]
        let diffs = TableGoldenCheck.differences(table: try table(), gold: gold, skipping: repaired)
        #expect(diffs.isEmpty, "\(diffs.count) differences:\n\(diffs.prefix(30).joined(separator: "\n"))")
    }

    /// A plain dump of a clipped spreadsheet print, reduced: a line with
    /// spaces whose slot the first reading left without a line to measure
    /// (its width once overflowed as a sentinel times 23/20 and trapped).
    @Test func slotWithoutMeasuredWidthIsReadWithoutTrapping() throws {
        let table = try FlowTextReader.read(["25 其他权力 构医疗服务", "布责任：经", "品管理的通 任：按照经 规定给予当"])
        #expect(table.rows.count == 1)
    }

    @Test func truncatedCellsAreKeptAsPrinted() throws {
        let rows = try table().rows
        try #require(rows.count == 26)
        #expect(rows[19][.name].text == "基本医疗保")
        #expect(rows[19][.subject].text == "保障")
        #expect(rows[20][.category].text == "权力")
        #expect(rows[11][.seq].isEmpty && rows[11][.name].isEmpty && rows[11][.subject].isEmpty)
    }

    @Test func summaryAndTitlesAreSeparated() throws {
        let table = try table()
        #expect(table.titleLines.first == "赵县医疗保障局权责清单事项总表")
        #expect(table.summary.first == .heading(category: "行政处罚", declaredCount: 3))
        #expect(table.summary.contains(.entry(seq: 20, category: nil, name: "基本医疗保险参保信息查询和个人账户一次性支取（主项）——参保人员个人账户一次性支取（子项）")))
        #expect(table.pageCount == 25)
    }

    /// Summary entries whose number and name stand on lines of their own.
    @Test func summaryEntriesOverTwoLines() throws {
        let table = try FlowTextReader.read([
            "某县某局权责清单事项统计表", "一、行政处罚（2项）", "1", "对甲的处罚", "2", "对乙的", "处罚", "某县某局权责清单",
            "1", "行政", "处罚", "对甲的处罚", "某县某局", "《甲法》第一条：违反本法规定的，由县级以上人民政府有关部门责令改正，处以罚款。",
            "1、立案责任：发现违法行为，予以审查，决定是否立案。", "2、调查责任：指定专人负责。",
            "因不履行或不正确履行行政职责，有下列情形的，应承担相应责任：", "1、没有法律和事实依据实施行政处罚的；",
        ])
        #expect(table.summary == [
            .heading(category: "行政处罚", declaredCount: 2),
            .entry(seq: 1, category: nil, name: "对甲的处罚"),
            .entry(seq: 2, category: nil, name: "对乙的处罚"),
        ])
        #expect(table.titleLines == ["某县某局权责清单事项统计表", "某县某局权责清单"])
        #expect(table.rows.count == 1)
    }

    /// A flow dump with a header row, no 权力类型 column and no summary table:
    /// the headings become body entries in their place.
    @Test func sectionHeadingsInsteadOfACategoryColumn() throws {
        let table = try FlowTextReader.read(SectionHeadingFixtures.flowLines)
        #expect(table.body.count == 4)
        guard case .heading(let first) = table.body[0], case .heading(let second) = table.body[2] else {
            Issue.record("expected headings before each row, got \(table.body)")
            return
        }
        #expect(first.kind == .category("行政许可"))
        #expect(second.kind == .category("行政处罚"))
        #expect(table.rows.map { $0[.name].text } == ["建设用地审批", "对非法占地的处罚"])
        #expect(table.rows.map { $0[.subject].text } == ["某县自然资源局", "某县自然资源局"])
        #expect(table.rows[0][.responsibilities].lines.count == 2)
        #expect(table.rows[1][.accountability].lines.count == 2)
        #expect(table.titleLines == ["某县自然资源局权责清单"])
    }
}

enum SectionHeadingFixtures {
    static let flowLines = [
        "某县自然资源局权责清单",
        "序号", "权力事项", "实施主体", "实施依据 责任事项 追责情形 备注",
        "一、行政许可",
        "1", "建设用地", "审批", "某县自然", "资源局",
        "《中华人民共和国土地管理法》第四十四条：建设占用土地，涉及农用地转为建设用地的，应当办理农用",
        "地转用审批手续。",
        "1、受理责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或不予受理。",
        "2、审查责任：对申请材料进行审查。",
        "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
        "1、对符合法定条件的申请不予受理的；",
        "2、其他违反法律法规规章文件规定的行为。",
        "二、行政处罚",
        "2", "对非法占地", "的处罚", "某县自然", "资源局",
        "《中华人民共和国土地管理法》第七十七条：未经批准或者采取欺骗手段骗取批准，非法占用土地的，由县级",
        "1、立案责任：发现违法行为，予以审查，决定是否立案。",
        "2、调查责任：指定专人负责，及时组织调查取证。",
        "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：",
        "1、没有法律和事实依据实施行政处罚的；",
    ]
}
