import PowerListModel
import Testing
import TestSupport
@testable import OfficeReaders

@Suite struct XLSXReaderTests {
    static func line(_ text: String) -> CellLine {
        CellLine(text, followsSpace: true)
    }

    static func cell(_ row: Int, _ column: Int, _ lines: [String], rows: Int = 1, columns: Int = 1) -> SourceCell {
        SourceCell(row: row, column: column, rowSpan: rows, columnSpan: columns, content: Cell(lines: lines.map(line)))
    }

    /// Shared strings with a rich-text string and a phonetic guide; inline
    /// strings; numbers; a boolean; a line break written as `_x000D_` + LF;
    /// a title merged across the columns; a category merged down two rows.
    static let sharedStrings = """
        <si><t>序号</t></si>\
        <si><r><rPr><b/></rPr><t>权力</t></r><r><t>类型</t></r><rPh sb="0" eb="2"><t>けんりょく</t></rPh></si>\
        <si><t xml:space="preserve">立案责任：审查。_x000D_
        调查责任：取证。</t></si>\
        <si><t>行政处罚</t></si>
        """

    static let detailSheet = """
        <sheetData>\
        <row r="1"><c r="A1" t="inlineStr"><is><t>某局权责清单</t></is></c></row>\
        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>责任</t></r><r><t>事项</t></r></is></c></row>\
        <row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" t="s"><v>2</v></c></row>\
        <row r="4"><c r="A4" t="n"><v>2.0</v></c><c r="B4"/><c r="C4" t="b"><v>1</v></c></row>\
        <row r="6"><c r="A6"><v>0.25</v></c><c r="C6" t="str"><v>a_x005F_x0041_b</v></c></row>\
        </sheetData>\
        <mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B4"/></mergeCells>
        """

    @Test func valuesMergesAndSheetsAsExcelShowsThem() throws {
        let workbook = try OfficeFixtures.workbook([
            .init(name: "事项总表", xml: "<sheetData><row><c t=\"inlineStr\"><is><t>总表</t></is></c><c t=\"inlineStr\"><is><t>第二列</t></is></c></row></sheetData>"),
            .init(name: "下拉选项", xml: "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>隐藏</t></is></c></row></sheetData>", state: "hidden"),
            .init(name: "分表", xml: Self.detailSheet),
        ], sharedStrings: Self.sharedStrings)
        let document = try XLSXReader.read(workbook)
        #expect(document == StructuredDocument(blocks: [
            .table(SourceTable(name: "事项总表", ordinal: 1, rowCount: 1, columnCount: 2, cells: [
                Self.cell(0, 0, ["总表"]), Self.cell(0, 1, ["第二列"]),
            ], placement: .worksheet)),
            .table(SourceTable(name: "分表", ordinal: 3, rowCount: 6, columnCount: 3, cells: [
                Self.cell(0, 0, ["某局权责清单"], columns: 3),
                Self.cell(1, 0, ["序号"]), Self.cell(1, 1, ["权力类型"]), Self.cell(1, 2, ["责任事项"]),
                Self.cell(2, 0, ["1"]), Self.cell(2, 1, ["行政处罚"], rows: 2), Self.cell(2, 2, ["立案责任：审查。", "调查责任：取证。"]),
                Self.cell(3, 0, ["2"]), Self.cell(3, 2, ["TRUE"]),
                Self.cell(5, 0, ["0.25"]), Self.cell(5, 2, ["a_x0041_b"]),
            ], placement: .worksheet)),
        ]))
    }

    @Test func anAbsurdMergeIsClampedToTheUsedRangeAndOverlapsAreIgnored() throws {
        let sheet = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="inlineStr"><is><t>乙</t></is></c></row></sheetData>\
            <mergeCells><mergeCell ref="A1:XFD1"/><mergeCell ref="A1:B2"/><mergeCell ref="C5:D9"/></mergeCells>
            """
        let document = try XLSXReader.read(OfficeFixtures.workbook([.init(name: "表", xml: sheet)]))
        #expect(document.blocks == [.table(SourceTable(name: "表", ordinal: 1, rowCount: 2, columnCount: 2, cells: [
            Self.cell(0, 0, ["标题"], columns: 2), Self.cell(1, 0, ["甲"]), Self.cell(1, 1, ["乙"]),
        ], placement: .worksheet))])
    }

    @Test func aValueHiddenUnderAMergeIsKeptUnlessItRepeatsTheAnchor() throws {
        let sheet = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>上</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>下</t></is></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>同</t></is></c><c r="B3" t="inlineStr"><is><t>右</t></is></c></row>\
            <row r="4"><c r="A4" t="inlineStr"><is><t>同</t></is></c></row></sheetData>\
            <mergeCells><mergeCell ref="A1:A2"/><mergeCell ref="A3:A4"/></mergeCells>
            """
        let document = try XLSXReader.read(OfficeFixtures.workbook([.init(name: "表", xml: sheet)]))
        #expect(document.blocks == [.table(SourceTable(name: "表", ordinal: 1, rowCount: 4, columnCount: 2, cells: [
            Self.cell(0, 0, ["上", "下"], rows: 2), Self.cell(2, 0, ["同"], rows: 2), Self.cell(2, 1, ["右"]),
        ], placement: .worksheet))])
    }

    @Test func datesAsDatesOtherNumbersInGeneralFormat() throws {
        let styles = """
            <numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
            <numFmt numFmtId="177" formatCode="0.00%"/><numFmt numFmtId="178" formatCode="[Red]#,##0;&quot;负&quot;0"/></numFmts>\
            <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/></cellXfs>
            """
        let row = """
            <sheetData><row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292.5</v></c>\
            <c r="C1" s="3"><v>0.5</v></c><c r="D1" s="4"><v>-3</v></c><c r="E1" s="0"><v>1</v></c><c r="F1" s="9"><v>7</v></c></row></sheetData>
            """
        let document = try XLSXReader.read(OfficeFixtures.workbook([.init(name: "表", xml: row)], styles: styles))
        #expect(document.blocks == [.table(SourceTable(name: "表", ordinal: 1, rowCount: 1, columnCount: 6, cells: [
            Self.cell(0, 0, ["2024-01-01"]), Self.cell(0, 1, ["2024-01-01 12:00"]), Self.cell(0, 2, ["0.5"]),
            Self.cell(0, 3, ["-3"]), Self.cell(0, 4, ["1"]), Self.cell(0, 5, ["7"]),
        ], placement: .worksheet))])
        var nineteenOFour = DateStyles()
        nineteenOFour.counts1904 = true
        #expect(nineteenOFour.text(of: 0) == "1904-01-01")
        #expect(DateStyles().text(of: 1) == "1900-01-01")
        #expect(DateStyles().text(of: 61) == "1900-03-01")
        #expect(DateStyles().text(of: 0.75) == "18:00")
    }

    @Test(arguments: ["xiangdu-yibao", "zhao-yibao"])
    func corpusWorkbooksGiveEveryGoldRowCellForCell(list: String) throws {
        for variant in [".xlsx", ".bycategory.xlsx"] {
            let name = "formats/" + list + variant
            let document = try XLSXReader.read(Fixtures.bytes(name))
            let gold = try Fixtures.json(name + ".gold.json")
            let result = StructuredGoldenCheck.compare(document, gold: gold)
            #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted(), "\(name)")
            #expect(result.differences.isEmpty, "\(name): \(result.differences.joined(separator: "\n"))")
        }
    }

    @Test func corpusWorkbooksNameTheirSheetsAndMergeTheTitle() throws {
        let plain = try XLSXReader.read(Fixtures.bytes("formats/xiangdu-yibao.xlsx"))
        let byCategory = try XLSXReader.read(Fixtures.bytes("formats/zhao-yibao.bycategory.xlsx"))
        func tables(_ document: StructuredDocument) -> [SourceTable] {
            document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        }
        #expect(tables(plain).map(\.name) == ["事项总表", "分表"])
        #expect(tables(byCategory).count == 7)
        let detail = tables(plain)[1]
        #expect(detail.cells.first == SourceCell(row: 0, column: 0, columnSpan: 8, content: Cell(lines: [Self.line("邢台市襄都区医疗保障局权责清单（2025年版）")])))
        #expect(detail.grid[2][0]?.content.text == "1")
    }
}
