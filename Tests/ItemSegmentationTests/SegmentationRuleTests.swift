import PowerListModel
import Testing
@testable import ItemSegmentation

@Suite struct ListFactsRuleTests {
    @Test func titleIsWhatTheHeadingsShareAndEditionIsFound() {
        let (facts, caption) = ListFactsReader.read(["邢台市襄都区医疗保障局权责清单事项统计表", "邢台市襄都区医疗保障局权责清单（2025年版）"])
        #expect(facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: "2025年版"))
        #expect(caption == nil)
        #expect(ListFactsReader.read(["赵县医疗保障局权责清单事项总表", "（共六类、26 项）"]).facts.edition == nil)
    }

    @Test func aQualifierPrintedOverOneTableStaysInTheTitle() {
        for lines in [["某县某局权责清单事项总表", "某县某局权责清单（示例）"], ["某县某局权责清单（示例）", "某县某局权责清单事项分表"]] {
            let (facts, _) = ListFactsReader.read(lines)
            #expect(facts == ListFacts(title: "某县某局权责清单（示例）", region: "某县", department: "某局", edition: nil))
        }
        let (facts, _) = ListFactsReader.read(["某县某局权责清单事项总表", "某县某局权责清单（试行）（2024年版）"])
        #expect(facts.title == "某县某局权责清单（试行）")
        #expect(facts.edition == "2024年版")
    }

    /// OCR read 权责 as 权贵 over one table: the other table's title names a known kind.
    @Test func aTitleNamingAKnownKindWinsATie() {
        for lines in [["赵县医疗保障局权贵清单事项总表", "赵县医疗保障局权责清单事项分表"], ["赵县医疗保障局权责清单事项总表", "赵县医疗保障局权贵清单事项分表"]] {
            let (facts, _) = ListFactsReader.read(lines)
            #expect(facts == ListFacts(title: "赵县医疗保障局权责清单", region: "赵县", department: "医疗保障局", edition: nil))
        }
        // Printed more often, a name wins whatever its kind.
        let (facts, _) = ListFactsReader.read(["某县某局权贵清单事项总表", "某县某局权贵清单（2024年版）", "某县某局权责清单事项分表"])
        #expect(facts.title == "某县某局权贵清单")
    }

    @Test func anEditionOnALineOfItsOwn() {
        let (facts, _) = ListFactsReader.read(["赵县医疗保障局权责清单", "（2024年版）"])
        #expect(facts.edition == "2024年版")
    }

    /// OCR read 清单 as 清音 over the detail table, the only title with the edition.
    @Test func anEditionEndingATitleWhose清单WasMisread() {
        let lines = ["潍坊市昌乐县自然资源和规划局权责清单事项总表", "（共七类、14项）", "潍坊市昌乐县自然资源和规划局权责清音(2024年版)", "（共七类、14项）"]
        let (facts, _) = ListFactsReader.read(lines, recognized: true)
        #expect(facts == ListFacts(title: "潍坊市昌乐县自然资源和规划局权责清单", region: "潍坊市昌乐县", department: "自然资源和规划局", edition: "2024年版"))
        // Another owner's line says nothing of this list's edition.
        #expect(ListFactsReader.read(["潍坊市昌乐县自然资源和规划局权责清单事项总表", "潍坊市昌乐县水利局权责清音(2024年版)"]).facts.edition == nil)
    }

    @Test func noTitleAtAll() {
        #expect(ListFactsReader.read([]).facts == ListFacts(title: nil, region: nil, department: nil, edition: nil))
    }
}

@Suite struct SummaryBuilderTests {
    @Test func entriesTotalsAndGroups() {
        let (summary, note) = SummaryBuilder.summary([
            .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "甲的处罚"),
            .entry(seq: 2, category: nil, name: "乙的处罚"), .heading(category: "行政检查", declaredCount: 1),
            .entry(seq: 3, category: nil, name: "丙的检查"), .total(4),
        ], titleLines: [])
        #expect(summary?.declaredTotal == 4)
        #expect(note == nil)
        #expect(summary?.groups.map(\.category) == ["行政处罚", "行政检查"])
        #expect(summary?.groups.map(\.declaredCount) == [2, 1])
        #expect(summary?.groups[1].entries == [SummaryEntry(seq: 3, name: "丙的检查")])
    }

    @Test func totalFromATitleLine() {
        let (summary, note) = SummaryBuilder.summary([.heading(category: "行政处罚", declaredCount: 1), .entry(seq: 1, category: nil, name: "甲")], titleLines: ["（共六类、26 项）"])
        #expect(summary?.declaredTotal == 26)
        #expect(note == nil)
    }

    @Test func noPrintedTotalSumsTheHeadingsCounts() {
        let (summary, note) = SummaryBuilder.summary([
            .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "甲"), .entry(seq: 2, category: nil, name: "乙"),
            .heading(category: "行政检查", declaredCount: 5), .entry(seq: 3, category: nil, name: "丙"),
        ], titleLines: ["某县某局权责清单事项总表"])
        #expect(summary?.declaredTotal == 7)
        #expect(note == Diagnostic(.info, .summaryTotalFromGroups, seq: nil, "总表未印合计，取各类声明项数之和：共7项"))
    }

    @Test func aHeadingWithoutCountLeavesTheTotalUnknown() {
        let (summary, note) = SummaryBuilder.summary([
            .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "甲"),
            .heading(category: "行政检查", declaredCount: nil), .entry(seq: 2, category: nil, name: "丙"),
        ], titleLines: [])
        #expect(summary?.declaredTotal == nil)
        #expect(note == nil)
    }

    @Test func aCategoryColumnGroupsEntries() {
        let (summary, note) = SummaryBuilder.summary([
            .entry(seq: 1, category: "行政许可", name: "甲"), .entry(seq: 2, category: "行政许可", name: "乙"),
            .entry(seq: 3, category: "其他职权", name: "丙"),
        ], titleLines: [])
        #expect(summary?.groups.map(\.categoryRaw) == ["行政许可", "其他职权"])
        #expect(summary?.groups.map(\.category) == ["行政许可", "其他行政权力"])
        #expect(summary?.declaredTotal == nil)
        #expect(note == nil)
    }

    @Test func noRowsNoSummary() {
        #expect(SummaryBuilder.summary([], titleLines: ["（共六类、26 项）"]).0 == nil)
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
    static func grid(name: String, subject: String) -> Table {
        var row = TableRow(cells: [:])
        row[.seq] = Cell(text: "1")
        row[.category] = Cell(text: "行政检查")
        row[.name] = Cell(text: name)
        row[.subject] = Cell(text: subject)
        row[.basis] = Cell(text: "《甲法》第一条")
        row[.responsibilities] = Cell(text: "检查责任：检查")
        row[.accountability] = Cell(text: "不检查的")
        let columns = [("序号", ColumnRole.seq), ("权力类型", .category), ("权力事项", .name), ("行政主体", .subject)]
        return Table(
            titleLines: [], columns: columns.map { Column(title: $0.0, role: $0.1) }, body: [.row(row)],
            summary: [.heading(category: "行政检查", declaredCount: 1), .entry(seq: 1, category: nil, name: "县本级医疗保险稽核"), .total(1)],
            pageCount: nil
        )
    }

    @Test func aSubjectGluedToTheNameIsSeparatedByTheSummaryName() {
        let list = ItemSegmenter.segment(Self.grid(name: "县本级医疗保险稽核赵县医疗保险管理中心", subject: ""))
        #expect(list.items[0].name == "县本级医疗保险稽核")
        #expect(list.items[0].subject == "赵县医疗保险管理中心")
        #expect(list.diagnostics.map(\.code) == [.subjectSeparated])
    }

    @Test func aNameCutShortIsFilledFromTheSummary() {
        let list = ItemSegmenter.segment(Self.grid(name: "县本级医疗", subject: "赵县医疗保障局"))
        #expect(list.items[0].name == "县本级医疗保险稽核")
        #expect(list.diagnostics.map(\.code) == [.cellTruncated, .cellFilledFromSummary])
    }

    @Test func aSummaryNameReadOnByDebrisDoesNotCutTheRowsShort() {
        // The summary's `7` is a speck OCR read after the name, no line the row lost.
        var table = Self.grid(name: "县本级医疗保险稽", subject: "赵县医疗保障局")
        table.summary = [.heading(category: "行政检查", declaredCount: 1), .entry(seq: 1, category: nil, name: "县本级医疗保险稽7"), .total(1)]
        let list = ItemSegmenter.segment(table)
        #expect(list.items[0].name == "县本级医疗保险稽")
        #expect(!list.diagnostics.map(\.code).contains(.cellTruncated))
    }

    @Test func aSummaryEntryRunningTwoNamesTogetherFillsNoRow() {
        // A scanned summary's rule between entries 1 and 2 lost: one entry, both names.
        var table = Self.grid(name: "对甲单位违法收费的处罚", subject: "赵县医疗保障局")
        var second = TableRow(cells: [:])
        for (role, text) in [(ColumnRole.seq, "2"), (.category, "行政检查"), (.name, "对乙单位投标行为进行监督管理"), (.subject, "赵县医疗保障局"),
                             (.basis, "《甲法》第二条"), (.responsibilities, "检查责任：检查"), (.accountability, "不检查的")] {
            second[role] = Cell(text: text)
        }
        table.body.append(.row(second))
        table.summary = [
            .heading(category: "行政检查", declaredCount: 2), .entry(seq: 1, category: nil, name: "对甲单位违法收费的处罚对乙单位投标行为进行监督管理"), .total(2),
        ]
        let list = ItemSegmenter.segment(table)
        #expect(list.items.map(\.name) == ["对甲单位违法收费的处罚", "对乙单位投标行为进行监督管理"])
        #expect(!list.diagnostics.map(\.code).contains(.cellFilledFromSummary))
        // A rest that opens no row's name is the row's lost line.
        #expect(!CellRepairer.opensAnotherName("投标行为的处罚", names: ["对甲单位违法收费", "对乙单位投标行为进行监督管理"]))
        #expect(CellRepairer.opensAnotherName("对乙单位投标行为进行监督", names: ["对甲单位违法收费", "对乙单位投标行为进行监督管理"]))
    }

    @Test func aNameWithoutSubjectAndNoRepairIsAnError() {
        let list = ItemSegmenter.segment(Self.grid(name: "县本级医疗保险稽核", subject: ""))
        #expect(list.items[0].subject == "")
        #expect(list.diagnostics.map(\.code) == [.cellMissing])
        #expect(list.diagnostics.first?.severity == .error)
    }
}

@Suite struct SummarySeqInferenceTests {
    @Test func anUnreadableNumberBetweenTwoIsInferred() throws {
        var summary = try #require(SummaryBuilder.summary([
            .heading(category: "行政处罚", declaredCount: 4), .entry(seq: 1, category: nil, name: "甲"), .entry(seq: nil, category: nil, name: "乙"),
            .entry(seq: 3, category: nil, name: "丙"), .entry(seq: 6, category: nil, name: "丁"),
        ], titleLines: []).0)
        let diagnostics = SummarySeqInference.apply(to: &summary)
        #expect(summary.entries.map(\.entry.seq) == [1, 2, 3, 6])
        #expect(diagnostics == [Diagnostic(.info, .summarySeqInferred, seq: nil, "总表“乙”的序号无法识别，按前后序号推定为2")])
    }

    /// `26` read `20` in the table's last entry: a number repeated, its neighbour leaving one other.
    @Test(arguments: [true, false])
    func aRecognizedNumberRepeatingAnothersIsInferred(_ recognized: Bool) throws {
        func summary(_ seqs: [Int]) throws -> Summary {
            try #require(SummaryBuilder.summary(
                [.heading(category: "行政处罚", declaredCount: seqs.count)] + seqs.enumerated().map { .entry(seq: $1, category: nil, name: "项\($0)") },
                titleLines: []
            ).0)
        }
        var read = try summary([19, 20, 21, 25, 20])
        let diagnostics = SummarySeqInference.apply(to: &read, recognized: recognized)
        if recognized {
            #expect(read.entries.map(\.entry.seq) == [19, 20, 21, 25, 26])
            #expect(diagnostics == [Diagnostic(.info, .summarySeqInferred, seq: nil, "总表“项4”的序号OCR识别为20，与另一项重复，按前后序号推定为26")])
        } else {
            #expect(read.entries.map(\.entry.seq) == [19, 20, 21, 25, 20])
            #expect(diagnostics.isEmpty)
        }
        // Where the neighbours leave no other number out, the repeated one stays.
        var kept = try summary([19, 20, 21, 20, 22])
        #expect(SummarySeqInference.apply(to: &kept, recognized: true).isEmpty)
    }
}
