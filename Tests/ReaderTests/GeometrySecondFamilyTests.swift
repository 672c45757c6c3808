import Foundation
import PDFExtraction
import PowerListModel
import Testing
import GeometricTables
import TestSupport

/// Layouts of the second family drawn as PDFs and read back through Poppler:
/// rows printed without a 序号, section headings across the table, grouped
/// two-row headers, spreadsheet prints (centred cells, overflowing text).
@Suite struct GeometrySecondFamilyTests {
    static let columns = GeometryHandMadeTests.landscapeColumns
    static let header = GeometryHandMadeTests.landscapeHeader

    @Test(arguments: [TableSketch.Alignment.top, .center])
    func unnumberedRowStartsWhereItsNameDoes(_ alignment: TableSketch.Alignment) throws {
        var table = TableSketch(pdf: SketchPDF(), columns: Self.columns)
        let aligned = [TableSketch.Alignment](repeating: alignment, count: Self.columns.count)
        var top = table.header(Self.header, top: 60)
        for (seq, lines) in [("1", 3), ("", 4), ("3", 2), ("", 1)] {
            let item = seq.isEmpty ? "无号" : seq
            top = table.row([seq.isEmpty ? [] : [seq], ["行政", "处罚"], ["对\(item)的处罚"], ["测试局"], TableSketch.lines("依据\(item)", lines),
                             TableSketch.lines("责任\(item)", lines + 1), ["追责\(item)"], []], top: top, alignment: aligned)
        }
        let read = try GeometryHandMadeTests.read(table.pdf)
        #expect(read.rows.map { $0[.seq].text } == ["1", "", "3", ""])
        #expect(read.rows.map { $0[.name].text } == ["对1的处罚", "对无号的处罚", "对3的处罚", "对无号的处罚"])
        #expect(read.rows.map { $0[.basis].text } == [("1", 3), ("无号", 4), ("3", 2), ("无号", 1)].map { TableSketch.lines("依据\($0.0)", $0.1).joined() })
    }

    /// 权力事项 over 主项 / 子项 and 权责内容 over 实施依据 / 责任事项 / 追责情形;
    /// 序号, 行政主体 and 备注 span both rows, centred (Excel, WPS) or at the top (Word).
    @Test(arguments: [TableSketch.Alignment.center, .top])
    func groupTitlesNameNoColumn(_ spanning: TableSketch.Alignment) throws {
        let columns: [(left: Double, width: Double)] = [(30, 30), (60, 90), (150, 80), (230, 50), (280, 170), (450, 170), (620, 150), (770, 50)]
        var table = TableSketch(pdf: SketchPDF(), columns: columns)
        table.pdf.centered("测试县测试局权责清单（示例）", top: 30, size: 16)
        let headerTop = 60.0, lowerTop = headerTop + table.pitch + table.padding
        let spanningTop = spanning == .center ? headerTop + (table.pitch + table.padding) / 2 : headerTop
        func centred(_ title: String, from first: Int, to last: Int, top: Double) {
            let left = columns[first].left, right = columns[last].left + columns[last].width
            table.pdf.text(title, x: (left + right - SketchPDF.advance(title, size: table.size)) / 2, top: top, size: table.size)
        }
        for (column, title) in [(0, "序号"), (3, "行政主体"), (7, "备注")] { centred(title, from: column, to: column, top: spanningTop) }
        centred("权力事项", from: 1, to: 2, top: headerTop)
        centred("权责内容", from: 4, to: 6, top: headerTop)
        for (column, title) in [(1, "主项"), (2, "子项"), (4, "实施依据"), (5, "责任事项"), (6, "追责情形")] { centred(title, from: column, to: column, top: lowerTop) }
        var top = lowerTop + table.pitch + table.padding
        let items: [(main: [String], sub: [String])] = [
            (["基本医疗保险参保和", "变更登记"], ["单位参保登记"]), (["基本医疗保险参保和", "变更登记"], ["职工参保登记"]), (["生育保险待遇核准支付"], []),
        ]
        for (index, item) in items.enumerated() {
            top = table.row([["\(index + 1)"], item.main, item.sub, ["测试局"], TableSketch.lines("依据\(index + 1)", 2),
                             TableSketch.lines("责任\(index + 1)", 3), ["追责\(index + 1)"], []], top: top)
        }

        let read = try GeometryHandMadeTests.read(table.pdf)
        #expect(read.columns.map(\.role) == [.seq, .mainItem, .subItem, .subject, .basis, .responsibilities, .accountability, .remarks])
        #expect(read.columns.map(\.title) == ["序号", "主项", "子项", "行政主体", "实施依据", "责任事项", "追责情形", "备注"])
        #expect(read.rows.map { $0[.mainItem].text } == ["基本医疗保险参保和变更登记", "基本医疗保险参保和变更登记", "生育保险待遇核准支付"])
        #expect(read.rows.map { $0[.subItem].text } == ["单位参保登记", "职工参保登记", ""])
        #expect(read.rows.map { $0[.responsibilities].text } == (1...3).map { TableSketch.lines("责任\($0)", 3).joined() })
        #expect(read.titleLines == ["测试县测试局权责清单（示例）"])
    }

    /// Cells centred in their rows put neighbouring columns' lines a little
    /// apart; where one column's text runs up to the next one's, a fragment
    /// joins their lines and stands taller than a line. That is no title set
    /// in a larger type (its glyphs are not). A page printed by LibreOffice
    /// Writer: the end of row 7, rows 8–9 and the start of row 10 of a list
    /// with section headings and centred cells; row 8 ends, and row 9 starts,
    /// where the gold says.
    @Test func linesOfNeighbouringCentredCellsAreNoTitle() throws {
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/centred-rows-page.pdf")).pages)
        #expect(table.titleLines.isEmpty)
        let order = table.body.map { entry in
            switch entry {
            case .row(let row): row[.seq].text
            case .heading(let heading): heading.printed
            }
        }
        #expect(order.suffix(3) == ["三、行政检查（3 项）", "9", "10"])
        let items = try Fixtures.json("corpus/xiangdu-yibao.gold.json")["items"]?.arrayValue ?? []
        let (eight, nine) = (table.rows[table.rows.count - 3], table.rows[table.rows.count - 2])
        for (role, field) in [(ColumnRole.basis, "basis"), (.responsibilities, "responsibilities"), (.accountability, "accountability")] {
            let expected = TableGoldenCheck.compact(items[7][field]?["text"]?.stringValue)
            #expect(TableGoldenCheck.compact(eight[role].text).hasSuffix(expected))
            #expect(TableGoldenCheck.compact(nine[role].text) == TableGoldenCheck.compact(items[8][field]?["text"]?.stringValue))
        }
    }

    /// Two pages printed by LibreOffice Writer with cells centred vertically:
    /// row 22 breaks onto the second page, where row 23's name of two lines,
    /// centred like its 序号, starts about as high as the 序号 does. Row 23
    /// is not top-aligned for that (its other cells run on across the 序号's
    /// top): it starts below row 22's end, not at its name.
    @Test func centredRowAfterARowBrokenAcrossPages() throws {
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/centred-rows-across-pages.pdf")).pages)
        #expect(table.rows.map { $0[.seq].text } == ["21", "22", "23", "24"])
        #expect(table.rows.map(\.pages) == [[1], [1, 2], [2], [2]])
        let items = try Fixtures.json("corpus/zhao-yibao.gold.json")["items"]?.arrayValue ?? []
        for (role, field) in [(ColumnRole.basis, "basis"), (.responsibilities, "responsibilities"), (.accountability, "accountability")] {
            for (row, item) in [(1, 21), (2, 22)] {
                #expect(TableGoldenCheck.compact(table.rows[row][role].text) == TableGoldenCheck.compact(items[item][field]?["text"]?.stringValue))
            }
        }
    }

    /// A spreadsheet's narrow cells filled to their edge print their titles
    /// without a gap: `类别及序号项目名称`, `序号权力类型` are two titles each.
    @Test func titlesOfNarrowCellsRunTogether() throws {
        var pdf = SketchPDF()
        pdf.text("测试局权责清单事项总表", x: 40, top: 30, size: 14)
        // 类别及序号 (45 pt) fills its cell from 80 to 125; 项目名称 starts there.
        for (title, x) in [("总序号", 40.0), ("类别及序号", 80), ("项目名称", 125), ("备注", 400)] { pdf.text(title, x: x, top: 60) }
        pdf.text("一、行政处罚 共 2项", x: 40, top: 75)
        for (row, name) in ["对甲的处罚", "对乙的处罚"].enumerated() {
            let top = 90 + 15 * Double(row)
            pdf.text("\(row + 1)", x: 40, top: top)
            pdf.text("\(row + 1)", x: 80, top: top)
            pdf.text(name, x: 125, top: top)
        }
        pdf.newPage()
        var detail = TableSketch(pdf: pdf, columns: [(40, 18), (58, 60), (118, 100), (218, 200), (418, 200)])
        // 序号 (18 pt) fills its cell: 权力类型 follows it without a gap.
        for (title, x) in [("序号", 40.0), ("权力类型", 58), ("权力事项", 140), ("实施依据", 290), ("责任事项", 490)] { detail.pdf.text(title, x: x, top: 40) }
        var top = 52.0
        for (seq, name) in [("1", "对甲的处罚"), ("2", "对乙的处罚")] {
            top = detail.row([[seq], ["行政处罚"], [name], ["《测试法》第\(seq)条"], ["立案责任：审查"]], top: top)
        }

        let read = try GeometryHandMadeTests.read(detail.pdf)
        #expect(read.summary == [
            .heading(category: "行政处罚", declaredCount: 2),
            .entry(seq: 1, category: nil, name: "对甲的处罚"), .entry(seq: 2, category: nil, name: "对乙的处罚"),
        ])
        #expect(read.columns.map(\.role) == [.seq, .category, .name, .basis, .responsibilities])
        #expect(read.rows.map { $0[.seq].text } == ["1", "2"])
        #expect(read.rows.map { $0[.category].text } == ["行政处罚", "行政处罚"])
    }

    /// Cells with little padding put the first data line close under a
    /// one-row header; a short word of it off every title (`第八十七条` at the
    /// left of the 实施依据 column, whose title is centred) is no title.
    @Test func firstDataLineCloseUnderTheHeaderIsNoTitle() throws {
        var table = TableSketch(pdf: SketchPDF(), columns: [(40, 30), (70, 100), (170, 160), (330, 200), (530, 200)])
        table.padding = 1
        var top = table.header([["序号"], ["权力事项"], ["实施依据"], ["责任事项"], ["追责情形"]], top: 60)
        top = table.row([["1"], ["对甲的处罚"], ["第八十七条", "《测试法》全文"], ["立案责任：审查"], ["追责内容"]], top: top)
        table.row([["2"], ["对乙的处罚"], ["《测试法》第二条"], ["立案责任：审查"], ["追责内容"]], top: top)

        let read = try GeometryHandMadeTests.read(table.pdf)
        #expect(read.columns.map(\.role) == [.seq, .name, .basis, .responsibilities, .accountability])
        #expect(read.rows.map { $0[.basis].text } == ["第八十七条《测试法》全文", "《测试法》第二条"])
    }
}
