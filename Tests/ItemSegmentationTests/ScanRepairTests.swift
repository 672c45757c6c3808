import PowerListModel
import Testing
@testable import ItemSegmentation

/// What segmentation mends in text OCR read, and only there, saying so: a
/// name read two ways (summary, detail row) by the document's own spelling,
/// a 序号 read out of step by its neighbours.
@Suite struct ScanRepairTests {
    /// Rows 1 and 2 with their 责任事项, which spell `骗取` three times and the
    /// misread `驴取` once; `confidence` marks the cells as recognized.
    static func table(detailName: String, confidence: UInt8?) -> Table {
        func cell(_ text: String) -> Cell { Cell(lines: [CellLine(text, confidence: confidence)]) }
        let rows: [BodyEntry] = [
            .row(TableRow(cells: [
                .seq: cell("1"), .category: cell("行政处罚"), .name: cell(detailName), .subject: cell("某局"),
                .responsibilities: cell("立案责任：对以手段，驴取医保基金的违法行为，予以审查。"),
            ])),
            .row(TableRow(cells: [
                .seq: cell("2"), .category: cell("行政处罚"), .name: cell("对其他手段，骗取医疗保险的处罚"), .subject: cell("某局"),
                .responsibilities: cell("立案责任：对以欺诈手段，骗取医疗保险、以伪造手段，骗取待遇的违法行为。"),
            ])),
        ]
        return Table(
            titleLines: [], columns: [.seq, .category, .name, .subject, .responsibilities].map { Column(title: "\($0)", role: $0) }, body: rows,
            summary: [
                .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "对以手段，骗取医保基金的处罚"),
                .entry(seq: 2, category: nil, name: "对其他手段，骗取医疗保险的处罚"), .total(2),
            ],
            pageCount: 1
        )
    }

    @Test func theDocumentsSpellingMendsARecognizedName() {
        let list = ItemSegmenter.segment(Self.table(detailName: "对以手段，驴取医保基金的处罚", confidence: 95))
        #expect(list.items.map(\.name) == ["对以手段，骗取医保基金的处罚", "对其他手段，骗取医疗保险的处罚"])
        #expect(list.summary?.entries.map(\.entry.name) == list.items.map(\.name))
        #expect(list.diagnostics == [Diagnostic(
            .warning, .ocrNameChosen, seq: 1,
            "第1项名称OCR两处识别不一：分表为“对以手段，驴取医保基金的处罚”，总表为“对以手段，骗取医保基金的处罚”，按全文用字取“对以手段，骗取医保基金的处罚”，请核对原件"
        )])
    }

    @Test func printedTextIsNeverChosenOver() {
        let list = ItemSegmenter.segment(Self.table(detailName: "对以手段，驴取医保基金的处罚", confidence: nil))
        #expect(list.items[0].name == "对以手段，驴取医保基金的处罚")
        #expect(list.diagnostics.map(\.code) == [.summaryNameMismatch])
    }

    /// OCR lost a digit of a 序号 (`1` for 11): the neighbours say which it was.
    @Test(arguments: [UInt8?.some(95), nil])
    func aRecognizedNumberOutOfStepIsInferred(_ confidence: UInt8?) {
        func row(_ seq: String, _ name: String) -> BodyEntry {
            .row(TableRow(cells: [
                .seq: Cell(lines: [CellLine(seq, confidence: confidence)]), .category: Cell(text: "行政处罚"),
                .name: Cell(text: name), .subject: Cell(text: "某局"),
            ]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [row("10", "甲"), row("1", "乙"), row("12", "丙"), row("2", "丁")], summary: [], pageCount: 1
        )
        let list = ItemSegmenter.segment(table)
        if confidence != nil {
            #expect(list.items.map(\.seq) == [10, 11, 12, 13])
            #expect(list.diagnostics.contains(Diagnostic(.warning, .seqInferred, seq: 11, "第11项分表行序号识别为“1”，与前后不接，按行序推定为11")))
        } else {
            // A printed number is as printed.
            #expect(list.items.map(\.seq) == [10, 1, 12, 2])
        }
    }

    /// Three rows print 襄都区医疗保障局; OCR misread one 襄 as 训.
    @Test(arguments: [UInt8?.some(95), nil])
    func aRecognizedSubjectOneCharacterOffTakesTheOtherRowsSpelling(_ confidence: UInt8?) {
        let subjects = ["襄都区医疗保障局", "训都区医疗保障局", "襄都区医疗保障局", "襄都区医疗保障局", "邢台市医疗保障局"]
        let rows: [BodyEntry] = subjects.enumerated().map { index, subject in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政检查"), .name: Cell(text: "检查\(index + 1)"),
                .subject: Cell(lines: [CellLine(subject, confidence: confidence)]),
            ]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1
        )
        let list = ItemSegmenter.segment(table)
        if confidence != nil {
            #expect(list.items.map(\.subject) == ["襄都区医疗保障局", "襄都区医疗保障局", "襄都区医疗保障局", "襄都区医疗保障局", "邢台市医疗保障局"])
            #expect(list.diagnostics == [Diagnostic(
                .warning, .ocrSubjectChosen, seq: 2,
                "第2项行政主体OCR识别为“训都区医疗保障局”，其余3行为“襄都区医疗保障局”，按其余各行取“襄都区医疗保障局”，请核对原件"
            )])
        } else {
            // Printed text is as printed.
            #expect(list.items.map(\.subject) == subjects)
            #expect(list.diagnostics.isEmpty)
        }
    }

    /// Latin letters and a space OCR read from the strokes of a split
    /// character are debris, not a rival spelling: two such rows against
    /// three clean ones still take the clean spelling.
    @Test func debrisInARecognizedSubjectIsDropped() {
        let subjects = ["邢台市襄都区医疗保障局", "邢台T市H 襄都区医疗保障局", "邢台市襄都区医疗保障局", "邢台市B襄e 都区医疗保障局", "邢台市襄都区医疗保障局", "邢台市A襄都区医疗保障局"]
        let rows: [BodyEntry] = subjects.enumerated().map { index, subject in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政检查"), .name: Cell(text: "检查\(index + 1)"),
                .subject: Cell(lines: [CellLine(subject, confidence: 90)]),
            ]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.items.map(\.subject) == Array(repeating: "邢台市襄都区医疗保障局", count: 6))
        #expect(list.diagnostics.map(\.seq) == [2, 4, 6])
        #expect(list.diagnostics.first?.message == "第2项行政主体OCR识别为“邢台T市H 襄都区医疗保障局”，其余3行为“邢台市襄都区医疗保障局”，按其余各行取“邢台市襄都区医疗保障局”，请核对原件")
        #expect(SpellingVote.isDebris("邢台市襄都区医疗保障局。", of: "邢台市襄都区医疗保障局"))
        #expect(SpellingVote.isDebris("襄都区医疗1保障局", of: "襄都区医疗保障局"), "a digit the spelling never prints")
        #expect(!SpellingVote.isDebris("第2分局", of: "第1分局"), "a digit the spelling prints")
        #expect(!SpellingVote.isDebris("邢台市襄都区医疗保障局B", of: "邢台市襄都区医疗保障局B"), "the same spelling")
        #expect(!SpellingVote.isDebris("邢台市襄都区医疗保障局分局", of: "邢台市襄都区医疗保障局"), "Chinese is no debris")
    }

    /// A narrow subject column (`昌乐` / `县自` / `然资` / …) read with Latin
    /// letters, digits or unread print (`〓`) for 然资 in most rows: the
    /// title's owner fills those in, and the rows so decided then outvote a
    /// character misread (`次` for 资).
    @Test func subjectsTheTitleFilledInOutvoteAMisreadCharacter() {
        let subjects = ["昌乐县自ZSBt源和规划局", "昌乐县自然资源和规划局", "昌乐县自ba源和规划局", "昌乐县自然资源和规划局", "昌乐县自〓源和规划局",
                        "昌乐县自然次源和规划局", "昌乐县自442资源和规划局", "昌乐县自Ri源和规划局", "昌乐县自外资源和规划局"]
        let rows: [BodyEntry] = subjects.enumerated().map { index, subject in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政检查"), .name: Cell(text: "检查\(index + 1)"),
                .subject: Cell(lines: [CellLine(subject, confidence: 80)]),
            ]))
        }
        let table = Table(
            titleLines: ["潍坊市昌乐县自然资源和规划局权责清单"], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1, titlesRecognized: true
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.items.map(\.subject) == Array(repeating: "昌乐县自然资源和规划局", count: 9))
        let chosen = list.diagnostics.filter { $0.code == .ocrSubjectChosen }
        #expect(chosen.map(\.seq) == [1, 3, 5, 7, 8, 6, 9])
        #expect(chosen.last?.message == "第9项行政主体OCR识别为“昌乐县自外资源和规划局”，其余7行为“昌乐县自然资源和规划局”，按其余各行取“昌乐县自然资源和规划局”，请核对原件")
    }

    /// A list titled `title`, with three rows printing `subject`.
    static func titledTable(_ title: String, subject: String, recognized: Bool) -> Table {
        let rows: [BodyEntry] = (1...3).map { seq in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(seq)"), .category: Cell(text: "行政检查"), .name: Cell(text: "检查\(seq)"), .subject: Cell(text: subject),
            ]))
        }
        return Table(
            titleLines: [title], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1, titlesRecognized: recognized
        )
    }

    /// The title names the owner the rows print, one character misread.
    @Test(arguments: [true, false])
    func aRecognizedTitleTakesTheSubjectTheRowsPrint(_ recognized: Bool) {
        let list = ItemSegmenter.segment(Self.titledTable("邢台市事都区医疗保障局权责清单", subject: "邢台市襄都区医疗保障局", recognized: recognized))
        if recognized {
            #expect(list.facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: nil))
            #expect(list.diagnostics == [Diagnostic(
                .warning, .ocrTitleChosen, seq: nil,
                "标题OCR识别为“邢台市事都区医疗保障局权责清单”，其中“邢台市事都区医疗保障局”与各行行政主体“邢台市襄都区医疗保障局”仅差一字，按行政主体取“邢台市襄都区医疗保障局权责清单”，请核对原件"
            )])
        } else {
            #expect(list.facts.title == "邢台市事都区医疗保障局权责清单")
            #expect(list.diagnostics.isEmpty)
        }
    }

    /// Two slips in the title's owner: the place first (`RecognizedRegion`), then the rest by the rows.
    @Test func aTitleWhosePlaceWasMendedTakesTheRowsOwner() {
        let list = ItemSegmenter.segment(Self.titledTable("邢台市否都区医疗保隐局权责清单", subject: "襄都区医疗保障局", recognized: true))
        #expect(list.facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: nil))
        #expect(list.diagnostics.map(\.code) == [.ocrRegionChosen, .ocrTitleChosen])
    }

    /// The list's place, printed by its title and rows, mends a name OCR read with 襄 misread.
    @Test(arguments: [UInt8?.some(95), nil])
    func aRecognizedNameTakesThePlaceNameTheListPrints(_ confidence: UInt8?) {
        let names = ["衷都区参保登记", "襄都区医保稽核", "对襄都县的检查"]
        let rows: [BodyEntry] = names.enumerated().map { index, name in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政检查"),
                .name: Cell(lines: [CellLine(name, confidence: confidence)]), .subject: Cell(text: "襄都区医疗保障局"),
            ]))
        }
        let table = Table(
            titleLines: ["邢台市襄都区医疗保障局权责清单"], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1, titlesRecognized: confidence != nil
        )
        let list = ItemSegmenter.segment(table)
        if confidence != nil {
            // 襄都县 is another kind of unit: it stays.
            #expect(list.items.map(\.name) == ["襄都区参保登记", "襄都区医保稽核", "对襄都县的检查"])
            #expect(list.diagnostics == [Diagnostic(
                .warning, .ocrPlaceNameChosen, seq: 1,
                "第1项名称OCR识别为“衷都区参保登记”，其中“衷都区”与清单地名仅差一字，按地名取“襄都区参保登记”，请核对原件"
            )])
        } else {
            #expect(list.items.map(\.name) == names)
            #expect(list.diagnostics.isEmpty)
        }
    }

    /// Specks at the ends of short recognized cells, read as marks.
    @Test(arguments: [UInt8?.some(95), nil])
    func marksAtTheEndsOfShortRecognizedCellsAreSpecks(_ confidence: UInt8?) {
        func cell(_ text: String) -> Cell { Cell(lines: [CellLine(text, confidence: confidence)]) }
        let row = BodyEntry.row(TableRow(cells: [
            .seq: cell("1"), .category: cell("-行政检查"), .name: cell(",对定点医疗机构的监督检查|_"), .subject: cell("赵县医疗保障局，"),
        ]))
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [row], summary: [], pageCount: 1
        )
        let item = ItemSegmenter.segment(table).items[0]
        if confidence != nil {
            #expect([item.categoryRaw, item.name, item.subject] == ["行政检查", "对定点医疗机构的监督检查", "赵县医疗保障局"])
        } else {
            #expect([item.categoryRaw, item.name, item.subject] == ["-行政检查", ",对定点医疗机构的监督检查|_", "赵县医疗保障局，"])
        }
    }
}

/// A recognized 权力类型 that names no category, one character away from
/// the one the summary files the item under.
@Suite struct RecognizedCategoryTests {
    /// Rows 1–3 under headings (`recognized` as given), the second's ordinal
    /// misread; row 3's type in its own cell. The summary files them all.
    static func list(recognized: Bool) -> SegmentedList {
        func heading(_ text: String) -> BodyEntry {
            var heading = SectionHeading(text)!
            heading.recognized = recognized
            return .heading(heading)
        }
        func row(_ seq: String, category: String = "") -> BodyEntry {
            let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: recognized ? 95 : nil)]) }
            return .row(TableRow(cells: [.seq: cell(seq), .category: cell(category), .name: cell("事项\(seq)"), .subject: cell("某局")]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [heading("一、行政检查（1项）"), row("1"), heading("7.上其他权力(1项)"), row("2"), row("3", category: "行攻处罚")],
            summary: [
                .heading(category: "行政检查", declaredCount: 1), .entry(seq: 1, category: nil, name: "事项1"),
                .heading(category: "其他权力", declaredCount: 1), .entry(seq: 2, category: nil, name: "事项2"),
                .heading(category: "行政处罚", declaredCount: 1), .entry(seq: 3, category: nil, name: "事项3"), .total(3),
            ],
            pageCount: 1
        )
        return ItemSegmenter.segment(table)
    }

    @Test func aRecognizedCategoryOneCharacterOffTakesTheSummarys() {
        let list = Self.list(recognized: true)
        #expect(list.items.map(\.category) == ["行政检查", "其他行政权力", "行政处罚"])
        #expect(list.diagnostics.filter { $0.code == .ocrCategoryChosen } == [
            Diagnostic(.warning, .ocrCategoryChosen, seq: 2, "第2项权力类型OCR识别为“上其他权力”，不在规范类别之内，总表列为“其他权力”，按总表取“其他权力”，请核对原件"),
            Diagnostic(.warning, .ocrCategoryChosen, seq: 3, "第3项权力类型OCR识别为“行攻处罚”，不在规范类别之内，总表列为“行政处罚”，按总表取“行政处罚”，请核对原件"),
        ])
    }

    @Test func aPrintedCategoryStaysAsPrinted() {
        let list = Self.list(recognized: false)
        #expect(list.items.map(\.category) == ["行政检查", "上其他权力", "行攻处罚"])
        #expect(!list.diagnostics.contains { $0.code == .ocrCategoryChosen })
    }

    @Test(arguments: [
        ("上其他权力", "其他权力", true), ("行攻处罚", "行政处罚", true), ("其他权力上", "其他权力", true), ("行政处罚。", "行政处罚", true),
        ("行政合给付", "行政给付", true), ("行行政给付", "行政给付", true), ("行|行政给付", "行政给付", true),
        // Letters read from specks are debris (a narrow cell, 行政 / 处罚, AR PL UMing at 250 dpi).
        ("行政S处b罚", "行政处罚", true), ("行政A给付", "行政给付", true),
        ("公共服务事项", "其他权力", false), ("上下其他权力", "其他权力", false), ("行政确认", "行政检查", false), ("行政A确认", "行政给付", false),
    ])
    func oneAway(_ read: String, _ category: String, _ expected: Bool) {
        #expect(RecognizedCategoryChoice.isOneAway(read, from: category) == expected)
    }
}

/// A recognized summary heading that names no category, one character away
/// from the one its entries' rows all print.
@Suite struct RecognizedSummaryCategoryTests {
    /// Rows 1–4 typed in their own cells (recognized as given); the summary's headings as read.
    static func list(recognized: Bool, headings: [String], row3: String = "行政强制") -> SegmentedList {
        func row(_ seq: Int, _ category: String) -> BodyEntry {
            let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: recognized ? 95 : nil)]) }
            return .row(TableRow(cells: [.seq: cell("\(seq)"), .category: cell(category), .name: cell("事项\(seq)"), .subject: cell("某局")]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [row(1, "行政给付"), row(2, "行政强制"), row(3, row3), row(4, "行政检查")],
            summary: [
                .heading(category: headings[0], declaredCount: 1), .entry(seq: 1, category: nil, name: "事项1"),
                .heading(category: headings[1], declaredCount: 2), .entry(seq: 2, category: nil, name: "事项2"), .entry(seq: 3, category: nil, name: "事项3"),
                .heading(category: headings[2], declaredCount: 1), .entry(seq: 4, category: nil, name: "事项4"), .total(4),
            ],
            pageCount: 1
        )
        return ItemSegmenter.segment(table)
    }

    @Test func aMisreadHeadingTakesItsRowsCategory() {
        let list = Self.list(recognized: true, headings: ["行政合给付", "行政强刨", "行政检查"])
        #expect(list.summary?.groups.map(\.category) == ["行政给付", "行政强制", "行政检查"])
        #expect(list.diagnostics.filter { $0.code == .ocrCategoryChosen }.map(\.message) == [
            "总表类别OCR识别为“行政合给付”，不在规范类别之内，其事项在分表均为“行政给付”，按分表取“行政给付”，请核对原件",
            "总表类别OCR识别为“行政强刨”，不在规范类别之内，其事项在分表均为“行政强制”，按分表取“行政强制”，请核对原件",
        ])
        #expect(!list.diagnostics.contains { $0.code == .summaryCategoryMismatch || $0.code == .summaryCountMismatch })
    }

    /// The summary numbers its entries otherwise than the rows (`summary-seq-mismatch`): the rows are found by name.
    @Test func anEntrysRowIsFoundByName() {
        func row(_ seq: Int, _ category: String) -> BodyEntry {
            let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: 95)]) }
            return .row(TableRow(cells: [.seq: cell("\(seq)"), .category: cell(category), .name: cell("事项\(seq)"), .subject: cell("某局")]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [row(1, "行政检查"), row(2, "行政给付")],
            summary: [
                .heading(category: "行政检查", declaredCount: 1), .entry(seq: 2, category: nil, name: "事项1"),
                .heading(category: "行|行政给付", declaredCount: 1), .entry(seq: 1, category: nil, name: "事项2"), .total(2),
            ],
            pageCount: 1
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.summary?.groups.map(\.category) == ["行政检查", "行政给付"])
        #expect(list.diagnostics.filter { $0.code == .ocrCategoryChosen }.count == 1)
    }

    /// The first heading not read at all: its entries open the summary in a group of no category.
    @Test func aHeadingNotReadTakesItsRowsCategory() {
        func table(body: [BodyEntry], summary: [SummaryRow]) -> Table {
            Table(titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) }, body: body, summary: summary, pageCount: 1)
        }
        func row(_ seq: Int, _ category: String) -> BodyEntry {
            let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: 95)]) }
            return .row(TableRow(cells: [.seq: cell("\(seq)"), .category: cell(category), .name: cell("事项\(seq)"), .subject: cell("某局")]))
        }
        let entries: [SummaryRow] = [
            .entry(seq: 1, category: nil, name: "事项1"), .entry(seq: 2, category: nil, name: "事项2"),
            .heading(category: "行政处罚", declaredCount: 1), .entry(seq: 3, category: nil, name: "事项3"), .total(3),
        ]
        let list = ItemSegmenter.segment(table(body: [row(1, "行政许可"), row(2, "行政许可"), row(3, "行政处罚")], summary: entries))
        #expect(list.summary?.groups.map(\.category) == ["行政许可", "行政处罚"])
        #expect(list.summary?.groups.first?.declaredCount == nil)
        #expect(list.diagnostics.filter { $0.code == .ocrCategoryChosen }.map(\.message) == [
            "总表类别OCR未能识别，其事项在分表均为“行政许可”，按分表取“行政许可”，请核对原件",
        ])
        // Rows of two categories leave it unread.
        let split = ItemSegmenter.segment(table(body: [row(1, "行政许可"), row(2, "行政确认"), row(3, "行政处罚")], summary: entries))
        #expect(split.summary?.groups.map(\.categoryRaw) == ["", "行政处罚"])
    }

    @Test func rowsThatDisagreeOrAPrintedHeadingLeaveItAsRead() {
        let split = Self.list(recognized: true, headings: ["行政给付", "行政强刨", "行政检查"], row3: "行政检查")
        #expect(split.summary?.groups.map(\.categoryRaw) == ["行政给付", "行政强刨", "行政检查"])
        let printed = Self.list(recognized: false, headings: ["行政给付", "行政强刨", "行政检查"])
        #expect(printed.summary?.groups.map(\.categoryRaw) == ["行政给付", "行政强刨", "行政检查"])
        #expect(!printed.diagnostics.contains { $0.code == .ocrCategoryChosen })
    }
}
