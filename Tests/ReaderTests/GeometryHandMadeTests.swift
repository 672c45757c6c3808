import Foundation
import PDFExtraction
import PowerListModel
import Testing
import GeometricTables
import TestSupport

/// Layouts the corpus does not show, drawn as PDFs in the test and read back
/// through Poppler: a row broken by a page break, a merged category cell, a
/// portrait list with extra columns, no summary and the header printed once.
@Suite struct GeometryHandMadeTests {
    static let landscapeColumns: [(left: Double, width: Double)] = [
        (30, 30), (60, 40), (100, 80), (180, 50), (230, 170), (400, 190), (590, 180), (770, 50),
    ]
    static let landscapeHeader: [[String]] = [
        ["序号"], ["权力", "类型"], ["权力事项"], ["行政", "主体"], ["实施依据"], ["责任事项"], ["追责情形"], ["备注"],
    ]

    @Test func rowBrokenByAPageBreakIsOneRow() throws {
        var table = TableSketch(pdf: SketchPDF(), columns: Self.landscapeColumns)
        table.pdf.centered("测试县测试局权责清单", top: 30, size: 16)
        var top = table.header(Self.landscapeHeader, top: 70)
        top = table.row([["1"], ["行政", "处罚"], ["对甲行为", "的处罚"], ["测试局"], TableSketch.lines("依据一", 3),
                         TableSketch.lines("责任一", 5), TableSketch.lines("追责一", 4), ["法规科"]], top: top)
        // Row 2 runs past the page's last line: its last lines go to the next page.
        let responsibilities = TableSketch.lines("责任二", 40)
        let accountability = TableSketch.lines("追责二", 37)
        let firstPart = Int((520 - top - 3) / table.pitch)
        table.row([["2"], ["行政", "检查"], ["对乙的检查"], ["测试局"], TableSketch.lines("依据二", 2),
                   Array(responsibilities.prefix(firstPart)), Array(accountability.prefix(firstPart)), []], top: top, height: firstPart)
        table.pdf.centered("第 1 页 共 2 页", top: 560)
        table.pdf.newPage()
        top = table.header(Self.landscapeHeader, top: 40)
        top = table.row([[], [], [], [], [], Array(responsibilities.dropFirst(firstPart)), Array(accountability.dropFirst(firstPart)), []], top: top)
        table.row([["3"], ["行政", "确认"], ["丙的确认"], ["测试局"], ["《测试法》第三条"], TableSketch.lines("责任三", 2),
                   TableSketch.lines("追责三", 2), []], top: top)
        table.pdf.centered("第 2 页 共 2 页", top: 560)

        let read = try Self.read(table.pdf)
        #expect(read.rows.map { $0[.seq].text } == ["1", "2", "3"])
        #expect(read.rows.map(\.pages) == [[1], [1, 2], [2]])
        #expect(read.rows[1][.responsibilities].text == responsibilities.joined())
        #expect(read.rows[1][.accountability].text == accountability.joined())
        #expect(read.rows[0][.category].text == "行政处罚")
        #expect(read.rows[0][.name].text == "对甲行为的处罚")
        #expect(read.rows[2][.basis].text == "《测试法》第三条")
        #expect(read.rows[1][.remarks].isEmpty)
        #expect(read.titleLines == ["测试县测试局权责清单"])
        #expect(read.summary.isEmpty)
        #expect(read.pageCount == 2)
        #expect(read.columns.map(\.role) == [.seq, .category, .name, .subject, .basis, .responsibilities, .accountability, .remarks])
    }

    /// Specks on a scan's first data line read as Latin letters (`RAR`) under
    /// 追责情形 are no lower part of that title: taken as one, they stretched
    /// the header over the data line, and the line's text went with the header.
    @Test func latinDebrisUnderATitleLeavesTheFirstDataLine() throws {
        var table = TableSketch(pdf: SketchPDF(), columns: Self.landscapeColumns)
        table.pdf.centered("测试县测试局权责清单", top: 30, size: 16)
        let top = table.header(Self.landscapeHeader, top: 70) - 2 * table.padding
        table.row([["1"], ["行政", "处罚"], ["管理的监督", "检查"], ["测试局"], ["会保险有关的资料", "不得拒绝检查"],
                   ["事后管理责任", "组织核查"], ["", "不依法实施的"], []], top: top)
        // The debris stands under the title, mid-column, on the data line's first line.
        table.pdf.text("RAR", x: 670, top: top + table.padding)
        let read = try Self.read(table.pdf)
        #expect(read.rows.map { $0[.name].text } == ["管理的监督检查"])
        #expect(read.rows.first?[.basis].text == "会保险有关的资料不得拒绝检查")
        #expect(read.columns.map(\.title).contains("追责情形"))
    }

    @Test(arguments: [TableSketch.Alignment.center, .top])
    func mergedCategoryCellAppliesToEveryRowItSpans(_ alignment: TableSketch.Alignment) throws {
        var table = TableSketch(pdf: SketchPDF(), columns: Self.landscapeColumns)
        table.pdf.centered("测试县测试局权责清单", top: 30, size: 16)
        let tops = (0..<4).reduce(into: [table.header(Self.landscapeHeader, top: 70)]) { tops, index in
            let lines = [3, 5, 2, 2][index]
            let last = tops[tops.count - 1]
            tops.append(table.row([["\(index + 1)"], [], ["事项\(index + 1)"], ["测试局"], ["《测试法》第\(index + 1)条"],
                                   TableSketch.lines("责任\(index + 1)", lines), ["追责"], []], top: last))
        }
        // 行政处罚 printed once over rows 1–3, 行政检查 in row 4.
        let categoryX = Self.landscapeColumns[1].left + 2
        let mergedTop = alignment == .center ? (tops[0] + tops[3]) / 2 - table.pitch : tops[0] + table.padding
        table.pdf.text("行政", x: categoryX, top: mergedTop)
        table.pdf.text("处罚", x: categoryX, top: mergedTop + table.pitch)
        let ownTop = alignment == .center ? (tops[3] + tops[4]) / 2 - table.pitch : tops[3] + table.padding
        table.pdf.text("行政", x: categoryX, top: ownTop)
        table.pdf.text("检查", x: categoryX, top: ownTop + table.pitch)

        let read = try Self.read(table.pdf)
        #expect(read.rows.map { $0[.seq].text } == ["1", "2", "3", "4"])
        #expect(read.rows.map { $0[.category].text } == ["行政处罚", "行政处罚", "行政处罚", "行政检查"])
        #expect(read.rows.map { $0[.name].text } == ["事项1", "事项2", "事项3", "事项4"])
        let filled = read.diagnostics.filter { $0.code == .mergedCellPropagated }
        #expect(filled.count == 2)
        #expect(filled.allSatisfy { $0.severity == .info })
    }

    /// Upright, and (narrow columns or not) the same table drawn turned on
    /// paper of swapped size or turned by /Rotate: read the same.
    static let placements: [(turn: TextPDF.Turn, rotate: Int)] = [(.none, 0), (.counterclockwise, 0), (.clockwise, 0), (.upsideDown, 0), (.none, 90), (.none, 180), (.none, 270)]

    @Test(arguments: placements)
    func portraitListWithExtraColumnsAndOneHeader(turn: TextPDF.Turn, rotate: Int) throws {
        var table = TableSketch(
            pdf: SketchPDF(width: 595.28, height: 841.89),
            columns: [(20, 25), (45, 70), (115, 35), (150, 60), (210, 45), (255, 110), (365, 100), (465, 80), (545, 35)]
        )
        table.pdf.turn = turn
        table.pdf.rotate = rotate
        table.size = 8
        table.pitch = 10.5
        table.pdf.centered("测试市测试区测试局权责清单（2024年版）", top: 30, size: 14)
        var top = table.header([["编号"], ["事项名称"], ["职权", "类型"], ["权力编码"], ["实施", "主体"], ["设定依据"], ["责任事项"], ["问责情形"], ["行使", "层级"]], top: 60)
        var responsibilities: [String] = []
        for seq in 1...3 {
            let lines = TableSketch.lines("第\(seq)项责任", seq == 2 ? 90 : 20)
            responsibilities.append(lines.joined())
            let pageEnd = 800.0
            let fitting = min(lines.count, Int((pageEnd - top - 2 * table.padding) / table.pitch))
            top = table.row([["\(seq)"], ["对第\(seq)类", "行为的处罚"], ["行政", "处罚"], ["ABC-00\(seq)"], ["测试局"],
                             TableSketch.lines("依据\(seq)", 2), Array(lines.prefix(fitting)), ["追责情形\(seq)"], ["县级"]], top: top)
            if fitting < lines.count {
                table.pdf.centered("- 1 -", top: 815)
                table.pdf.newPage()
                top = table.row([[], [], [], [], [], [], Array(lines.dropFirst(fitting)), [], []], top: 40)
            }
        }
        table.pdf.centered("- 2 -", top: 815)

        let read = try Self.read(table.pdf)
        #expect(read.columns.map(\.role) == [.seq, .name, .category, .code, .subject, .basis, .responsibilities, .accountability, .extra("行使层级")])
        #expect(read.rows.map { $0[.seq].text } == ["1", "2", "3"])
        #expect(read.rows.map { $0[.code].text } == ["ABC-001", "ABC-002", "ABC-003"])
        #expect(read.rows.map { $0[.extra("行使层级")].text } == ["县级", "县级", "县级"])
        #expect(read.rows.map { $0[.responsibilities].text } == responsibilities)
        #expect(read.rows.map(\.pages) == [[1], [1, 2], [2]])
        #expect(read.titleLines == ["测试市测试区测试局权责清单（2024年版）"])
        #expect(read.summary.isEmpty)
    }

    @Test func rowsWithoutNumbersStartAfterTheWiderGap() throws {
        var table = TableSketch(pdf: SketchPDF(), columns: [(40, 120), (160, 200), (360, 220), (580, 220)])
        var top = table.header([["权力事项"], ["实施依据"], ["责任事项"], ["追责情形"]], top: 60)
        for item in 1...3 {
            top = table.row([["事项\(item)"], TableSketch.lines("依据\(item)", item + 1), TableSketch.lines("责任\(item)", 3),
                             TableSketch.lines("追责\(item)", 2)], top: top)
        }
        let read = try Self.read(table.pdf)
        #expect(read.columns.map(\.role) == [.name, .basis, .responsibilities, .accountability])
        #expect(read.rows.map { $0[.name].text } == ["事项1", "事项2", "事项3"])
        #expect(read.rows.map { $0[.basis].text } == (1...3).map { TableSketch.lines("依据\($0)", $0 + 1).joined() })
    }

    /// With `unreadRow`, the summary also prints a row that is no heading,
    /// entry or total (a heading with a word in another column, which a text
    /// layer does not make a speck): it is said, not dropped.
    @Test(arguments: [false, true])
    func summaryAndDetailOnOnePage(unreadRow: Bool) throws {
        var table = TableSketch(pdf: SketchPDF(), columns: [(40, 40), (80, 80), (160, 500), (660, 80)])
        table.pdf.centered("测试局权责清单事项总表", top: 30, size: 16)
        var top = table.header([["序号"], ["类别"], ["事项名称"], ["备注"]], top: 60)
        table.pdf.text("一、行政处罚（2项）", x: 42, top: top + table.padding)
        top += table.pitch + 2 * table.padding
        top = table.row([["1"], ["行政处罚"], ["对甲的处罚"], []], top: top)
        top = table.row([["2"], ["行政处罚"], ["对乙不按规定办理登记、变更登记或者注销登记", "的处罚"], []], top: top, alignment: [.center, .center])
        if unreadRow {
            table.pdf.text("二、行政检查（0项）", x: 42, top: top + table.padding)
            table.pdf.text("四", x: 326, top: top + table.padding)
            top += table.pitch + 2 * table.padding
        }
        top = table.row([["合计"], ["2项"], [], []], top: top)
        table.pdf.centered("测试局权责清单", top: top + 20, size: 16)
        var detail = TableSketch(pdf: table.pdf, columns: Self.landscapeColumns)
        top = detail.header(Self.landscapeHeader, top: top + 50)
        top = detail.row([["1"], ["行政", "处罚"], ["对甲的处罚"], ["测试局"], ["《测试法》第一条"], ["立案责任"], ["追责"], []], top: top)
        detail.row([["2"], ["行政", "处罚"], ["对乙不按规定办", "理登记的处罚"], ["测试局"], ["《测试法》第二条"], ["立案责任"], ["追责"], []], top: top)

        let read = try Self.read(detail.pdf)
        #expect(read.summary == [
            .heading(category: "行政处罚", declaredCount: 2),
            .entry(seq: 1, category: "行政处罚", name: "对甲的处罚"),
            .entry(seq: 2, category: "行政处罚", name: "对乙不按规定办理登记、变更登记或者注销登记的处罚"),
            .total(2),
        ])
        #expect(read.titleLines == ["测试局权责清单事项总表", "测试局权责清单"])
        #expect(read.rows.map { $0[.name].text } == ["对甲的处罚", "对乙不按规定办理登记的处罚"])
        #expect(read.diagnostics == (unreadRow
            ? [Diagnostic(.warning, .textUnassigned, seq: nil, "总表中一行既非类别、事项也非合计，未归入总表：二、行政检查（0项） 四")] : []))
    }

    @Test func summaryPrintedAfterTheDetailTable() throws {
        var detail = TableSketch(pdf: SketchPDF(), columns: Self.landscapeColumns)
        var top = detail.header(Self.landscapeHeader, top: 60)
        top = detail.row([["1"], ["行政", "处罚"], ["对甲的处罚"], ["测试局"], ["《测试法》第一条"], ["立案责任"], ["追责"], []], top: top)
        detail.row([["2"], ["行政", "检查"], ["对乙的检查"], ["测试局"], ["《测试法》第二条"], ["检查责任"], ["追责"], []], top: top)
        detail.pdf.newPage()
        detail.pdf.centered("测试局权责清单事项总表", top: 30, size: 16)
        var summary = TableSketch(pdf: detail.pdf, columns: [(40, 40), (80, 80), (160, 500)])
        top = summary.header([["序号"], ["权力类型"], ["事项名称"]], top: 60)
        top = summary.row([["1"], ["行政处罚"], ["对甲的处罚"]], top: top)
        top = summary.row([["2"], ["行政检查"], ["对乙的检查"]], top: top)
        summary.row([["合计"], ["2项"], []], top: top)

        let table = try Self.read(summary.pdf)
        #expect(table.rows.map { $0[.name].text } == ["对甲的处罚", "对乙的检查"])
        #expect(table.rows.map(\.pages) == [[1], [1]])
        #expect(table.summary == [
            .entry(seq: 1, category: "行政处罚", name: "对甲的处罚"),
            .entry(seq: 2, category: "行政检查", name: "对乙的检查"),
            .total(2),
        ])
        #expect(table.titleLines == ["测试局权责清单事项总表"])
    }

    @Test func noHeaderIsNoPowerList() throws {
        var pdf = SketchPDF()
        pdf.text("会议纪要", x: 100, top: 100, size: 14)
        pdf.text("这是一份与权责清单无关的文件。", x: 100, top: 130)
        #expect(throws: NoTableFound.self) { try Self.read(pdf) }
    }

    static func read(_ pdf: SketchPDF) throws -> Table {
        let directory = try TemporaryDirectory()
        let path = directory.path("sketch.pdf")
        try pdf.write(to: path)
        return try GeometricTableReader.read(PDFGlyphExtractor.extract(path: path).pages)
    }
}
