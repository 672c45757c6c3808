import PowerListModel
import Testing
@testable import ItemSegmentation

@Suite struct ListFactsRuleTests {
    @Test(arguments: [
        ("邢台市襄都区医疗保障局", "邢台市襄都区", "医疗保障局"),
        ("赵县医疗保障局", "赵县", "医疗保障局"),
        ("赵县市场监督管理局", "赵县", "市场监督管理局"),
        ("石家庄市长安区人民政府办公室", "石家庄市长安区", "人民政府办公室"),
        ("河北省石家庄市生态环境局", "河北省石家庄市", "生态环境局"),
        ("内蒙古自治区阿拉善盟林业和草原局", "内蒙古自治区阿拉善盟", "林业和草原局"),
    ])
    func jurisdictionIsSplitFromTheDepartment(owner: String, region: String, department: String) {
        let split = JurisdictionSplitter.split(owner)
        #expect(split.region == region)
        #expect(split.department == department)
    }

    @Test func titleIsWhatTheHeadingsShareAndEditionIsFound() {
        let facts = ListFactsReader.read(["邢台市襄都区医疗保障局权责清单事项统计表", "邢台市襄都区医疗保障局权责清单（2025年版）"])
        #expect(facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: "2025年版"))
        #expect(ListFactsReader.read(["赵县医疗保障局权责清单事项总表", "（共六类、26 项）"]).edition == nil)
    }
}

@Suite struct SummaryParserTests {
    @Test(arguments: [
        ("一、行政处罚 共 3项", "行政处罚", "行政处罚", 3),
        ("一、行政许可（0项）", "行政许可", "行政许可", 0),
        ("十一、其他类（1项）", "其他行政权力", "其他类", 1),
        ("六、其他权力 共 10项", "其他行政权力", "其他权力", 10),
        ("三、非行政许可审批（2项）", "非行政许可审批", "非行政许可审批", 2),
    ])
    func categoryHeadings(text: String, category: String, raw: String, count: Int) {
        let group = SummaryParser.heading(text)
        #expect(group?.category == category)
        #expect(group?.categoryRaw == raw)
        #expect(group?.declaredCount == count)
    }

    @Test func entriesTotalsAndGroups() {
        let summary = SummaryParser.parse(lines: ["一、行政处罚 共 2项", "1\t1\t甲的处罚", "2\t2\t乙的处罚", "二、行政检查（1项）", "3\t丙的检查", "合计\t3项"], titleLines: [])
        #expect(summary?.declaredTotal == 3)
        #expect(summary?.groups.map(\.category) == ["行政处罚", "行政检查"])
        #expect(summary?.groups[1].entries == [SummaryEntry(seq: 3, name: "丙的检查")])
    }

    @Test func totalFromATitleLine() {
        let summary = SummaryParser.parse(lines: ["一、行政处罚 共 1项", "1 1 甲"], titleLines: ["（共六类、26 项）"])
        #expect(summary?.declaredTotal == 26)
    }

    @Test func aCategoryColumnGroupsEntries() {
        let summary = SummaryParser.parse(lines: ["1\t行政许可\t甲", "2\t行政许可\t乙", "3\t其他职权\t丙"], titleLines: [])
        #expect(summary?.groups.map(\.categoryRaw) == ["行政许可", "其他职权"])
        #expect(summary?.groups.map(\.category) == ["行政许可", "其他行政权力"])
    }
}

@Suite struct NamePartsTests {
    @Test(arguments: [
        ("基本医疗保险参保和变更登记（主项）--单位参保登记（子项）", "基本医疗保险参保和变更登记", "单位参保登记"),
        ("基本医疗保险参保信息查询和个人账户一次性支取（主项）——参保人员个人账户一次性支取（子项）", "基本医疗保险参保信息查询和个人账户一次性支取", "参保人员个人账户一次性支取"),
        ("基本医疗保险参保信息查询和个人账户一次性支取（主项）--参保单位参保信息查询", "基本医疗保险参保信息查询和个人账户一次性支取", "参保单位参保信息查询"),
    ])
    func mainAndSubItem(name: String, main: String, sub: String) {
        #expect(NameParts.split(name)?.main == main)
        #expect(NameParts.split(name)?.sub == sub)
    }

    @Test func plainNamesHaveNoParts() {
        #expect(NameParts.split("对用人单位不办理医疗保险登记的处罚") == nil)
    }
}

@Suite struct NameSimilarityTests {
    @Test func nearIdenticalNames() {
        #expect(NameSimilarity.nearIdentical("市本级医疗保险稽核", "县本级医疗保险稽核"))
        #expect(NameSimilarity.nearIdentical("定点医疗机构监督检查", "对定点医疗机构监督检查"))
        #expect(!NameSimilarity.nearIdentical("生育保险待遇核准支付", "基本医疗保险关系转移接续"))
    }
}

@Suite struct CellRepairerTests {
    static func grid(name: String, subject: String) -> TableGrid {
        var row = GridRow(cells: [:], pages: [])
        row[.seq] = Cell(text: "1")
        row[.category] = Cell(text: "行政检查")
        row[.name] = Cell(text: name)
        row[.subject] = Cell(text: subject)
        row[.basis] = Cell(text: "《甲法》第一条")
        row[.responsibilities] = Cell(text: "检查责任：检查")
        row[.accountability] = Cell(text: "不检查的")
        return TableGrid(titleLines: [], summaryLines: ["一、行政检查（1项）", "1\t县本级医疗保险稽核"], columns: [.seq, .category, .name, .subject], rows: [row], pageCount: nil)
    }

    @Test func aSubjectGluedToTheNameIsSeparatedByTheSummaryName() {
        let list = ItemSegmenter.segment(Self.grid(name: "县本级医疗保险稽核赵县医疗保险管理中心", subject: ""))
        #expect(list.items[0].name == "县本级医疗保险稽核")
        #expect(list.items[0].subject == "赵县医疗保险管理中心")
        #expect(list.diagnostics.map(\.code) == [.subjectSeparated])
    }

    @Test func aNameWithoutSubjectAndNoRepairIsAnError() {
        let list = ItemSegmenter.segment(Self.grid(name: "县本级医疗保险稽核", subject: ""))
        #expect(list.items[0].subject == "")
        #expect(list.diagnostics.map(\.code) == [.cellMissing])
        #expect(list.diagnostics.first?.severity == .error)
    }
}
