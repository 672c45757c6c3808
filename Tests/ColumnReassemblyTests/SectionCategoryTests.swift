import PowerListModel
import Testing
@testable import ColumnReassembly

/// Lists grouped under category headings instead of a 权力类型 column.
@Suite struct SectionCategoryTests {
    @Test(arguments: [("一、行政许可", "行政许可"), ("二、行政处罚（7项）", "行政处罚"), ("三、行政检查 共 4项", "行政检查")])
    func headingNamesTheCategory(heading: String, category: String) {
        #expect(SectionCategory.category(in: heading) == category)
    }

    @Test func tabSeparatedRowsTakeTheirSectionsCategory() throws {
        let grid = try TabularReassembler.reassemble([
            "序号\t权力事项\t实施依据\t责任事项",
            "一、行政许可",
            "1\t甲的许可\t《甲法》\t受理责任：…",
            "二、行政处罚（1项）",
            "2\t乙的处罚\t《乙法》\t立案责任：…",
        ])
        #expect(grid.rows.map { $0[.category].text } == ["行政许可", "行政处罚"])
        #expect(grid.titleLines.isEmpty)
    }

    /// A flow dump with a header row, no 权力类型 column and no summary table.
    @Test func flowRowsWithoutACategoryColumn() throws {
        let lines = [
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
        let grid = try FlowTextReassembler.reassemble(lines)
        #expect(grid.rows.count == 2)
        #expect(grid.rows.map { $0[.category].text } == ["行政许可", "行政处罚"])
        #expect(grid.rows.map { $0[.name].text } == ["建设用地审批", "对非法占地的处罚"])
        #expect(grid.rows.map { $0[.subject].text } == ["某县自然资源局", "某县自然资源局"])
        #expect(grid.rows[0][.responsibilities].lines.count == 2)
        #expect(grid.rows[1][.accountability].lines.count == 2)
        #expect(grid.titleLines == ["某县自然资源局权责清单"])
    }
}
