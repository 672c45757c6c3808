import PowerListModel
import StructuredTables
import Testing
@testable import PortalText

/// Whole pages through the portal reader and the structured-table reader:
/// which columns the list gets and what each row holds.
@Suite struct PortalTextReaderTests {
    static func table(_ lines: [String]) throws -> Table {
        try StructuredTableReader.read(PortalTextReader.read(lines: lines).document)
    }

    static func column(_ table: Table, _ role: ColumnRole) -> [String] {
        table.rows.map { $0[role].text }
    }

    @Test func cardsWithTabsBetweenLabelAndValueMakeOneTable() throws {
        let table = try Self.table([
            "首页 > 政务公开 > 权责清单", "某县农业农村局权责清单",
            "职权名称\t对违反种子法的处罚", "职权类型\t行政处罚", "实施依据\t《中华人民共和国种子法》第七十五条", "",
            "职权名称\t对违反农药管理条例的处罚", "职权类型\t行政处罚", "实施依据\t《农药管理条例》第五十五条",
            "主办单位：某县人民政府",
        ])
        #expect(table.titleLines == ["某县农业农村局权责清单"])
        #expect(table.columns.map(\.role) == [.name, .category, .basis])
        #expect(Self.column(table, .name) == ["对违反种子法的处罚", "对违反农药管理条例的处罚"])
        #expect(Self.column(table, .basis) == ["《中华人民共和国种子法》第七十五条", "《农药管理条例》第五十五条"])
    }

    @Test func aNameOnItsOwnLineHeadsTheFieldsBelowIt() throws {
        let table = try Self.table([
            "某县交通运输局权责清单（行政处罚类）", "",
            "1.对擅自从事道路运输经营的处罚", "设定依据：《道路运输条例》第六十三条。责任事项：1.立案责任：审查。追责情形：因不履行职责的。", "",
            "2.对未按规定维护车辆的处罚", "设定依据：《道路运输条例》第七十条。责任事项：1.立案责任：审查。追责情形：因不履行职责的。",
        ])
        #expect(table.columns.map(\.role) == [.seq, .name, .basis, .responsibilities, .accountability])
        #expect(Self.column(table, .seq) == ["1", "2"])
        #expect(Self.column(table, .name) == ["对擅自从事道路运输经营的处罚", "对未按规定维护车辆的处罚"])
        #expect(Self.column(table, .accountability) == ["因不履行职责的。", "因不履行职责的。"])
    }

    @Test func aSpacedRowWrappedOntoTheNextLinesIsOneRow() throws {
        let table = try Self.table([
            "首页 > 政府信息公开", "序号 职权类型 职权名称 法律依据 责任事项 问责情形",
            "1 行政处罚 对违反大气污染防治法的处罚 《大气污染防治法》第九十九条 1.立案责任：审查。",
            "2.调查责任：调查取证。 因不履行职责，有下列情形的：1.没有法律依据的；",
            "2 行政检查 对排污单位的现场检查 《环境保护法》第二十四条 1.检查责任：依法检查。 因不履行职责的，依法追究。",
        ])
        #expect(Self.column(table, .seq) == ["1", "2"])
        #expect(Self.column(table, .responsibilities) == ["1.立案责任：审查。 2.调查责任：调查取证。", "1.检查责任：依法检查。"])
        #expect(Self.column(table, .accountability) == ["因不履行职责，有下列情形的：1.没有法律依据的；", "因不履行职责的，依法追究。"])
    }

    @Test func departmentSectionsBetweenPipeRowsAreHeadings() throws {
        let table = try Self.table([
            "|序号|事项名称|设定依据|", "一、区发展和改革委员会", "|1|对甲的处罚|《某法》|", "二、区医疗保障局", "|2|对乙的处罚|《某法》|",
        ])
        let headings = table.body.compactMap { entry -> String? in
            if case .heading(let heading) = entry { return heading.printed }
            return nil
        }
        #expect(headings == ["一、区发展和改革委员会", "二、区医疗保障局"])
        #expect(Self.column(table, .name) == ["对甲的处罚", "对乙的处罚"])
    }

    @Test func textAfterTheListThatNothingClaimsIsReported() {
        let page = PortalTextReader.read(lines: ["| 序号 | 事项名称 | 设定依据 |", "| 1 | 对甲的处罚 | 《某法》 |", "", "附件：权责清单.xls"])
        #expect(page.diagnostics.map(\.code) == [.textUnassigned])
        #expect(page.diagnostics.first?.message.hasSuffix("附件：权责清单.xls") == true)
    }
}
