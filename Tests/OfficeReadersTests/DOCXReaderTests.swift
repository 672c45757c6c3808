import Foundation
import PowerListModel
import Testing
import TestSupport
@testable import OfficeReaders

@Suite struct DOCXReaderTests {
    static func paragraph(_ text: String, properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    static func numbered(_ text: String, numID: Int, level: Int = 0) -> String {
        paragraph(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
    }

    static func cell(_ content: String, properties: String = "") -> String {
        "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(content)</w:tc>"
    }

    /// Two lists share abstract 10 (`1、`, level 1 `%1.%2`): instances 1 and 2
    /// restart it, instance 3 continues it. Abstract 20 counts in Chinese
    /// numerals through the `ListNumber` style, abstract 30 in circled digits.
    static let numbering = """
        <w:abstractNum w:abstractNumId="10">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
        <w:lvlText w:val="（%1）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>\
        <w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>\
        <w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>\
        <w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
        """

    static let styles = """
        <w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListNumberBold"><w:basedOn w:val="ListNumber"/></w:style>
        """

    static let body = paragraph("某县某局权责清单") .replacingOccurrences(of: "</w:r></w:p>", with: "</w:r><w:r><w:br/><w:t>（2024年版）</w:t></w:r></w:p>")
        + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(paragraph("序号")) + cell(paragraph("事项")) + cell(paragraph("依据")) + "</w:tr>"
        + "<w:tr>" + cell(paragraph("一、行政处罚"), properties: "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
        + "<w:tr>" + cell(paragraph("1")) + cell(paragraph("甲事项"), properties: "<w:vMerge w:val=\"restart\"/>")
        + cell(numbered("《甲法》", numID: 1) + numbered("《乙法》", numID: 1)
            + "<w:tbl><w:tr>" + cell(paragraph("内表甲")) + cell(paragraph("内表乙")) + "</w:tr></w:tbl>") + "</w:tr>"
        + "<w:tr>" + cell(paragraph("2")) + cell("<w:p/>", properties: "<w:vMerge/>")
        + cell(numbered("《丙法》", numID: 2) + numbered("《丁法》", numID: 3)
            + "<w:p><w:r><w:t>前</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:tab/><w:t>后</w:t></w:r></w:p>")
        + "</w:tr></w:tbl>"
        + paragraph("第一项", properties: "<w:pStyle w:val=\"ListNumber\"/>")
        + paragraph("第二项", properties: "<w:pStyle w:val=\"ListNumberBold\"/>")
        + numbered("圈", numID: 5) + numbered("细目", numID: 1, level: 1)
        + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\"/></w:sectPr>"

    static func line(_ text: String, item: Bool = false) -> CellLine {
        CellLine(text, startsListItem: item, followsSpace: true)
    }

    @Test func mergesNestingAndAutomaticNumberingAsWordShowsThem() throws {
        let document = try DOCXReader.read(OfficeFixtures.wordDocument(body: Self.body, numbering: Self.numbering, styles: Self.styles))
        let table = SourceTable(ordinal: 1, rowCount: 4, columnCount: 3, cells: [
            SourceCell(row: 0, column: 0, content: Cell(lines: [Self.line("序号")])),
            SourceCell(row: 0, column: 1, content: Cell(lines: [Self.line("事项")])),
            SourceCell(row: 0, column: 2, content: Cell(lines: [Self.line("依据")])),
            SourceCell(row: 1, column: 0, columnSpan: 3, content: Cell(lines: [Self.line("一、行政处罚")])),
            SourceCell(row: 2, column: 0, content: Cell(lines: [Self.line("1")])),
            SourceCell(row: 2, column: 1, rowSpan: 2, content: Cell(lines: [Self.line("甲事项")])),
            SourceCell(row: 2, column: 2, content: Cell(lines: [
                Self.line("1、《甲法》", item: true), Self.line("2、《乙法》", item: true), Self.line("内表甲"), Self.line("内表乙"),
            ])),
            SourceCell(row: 3, column: 0, content: Cell(lines: [Self.line("2")])),
            SourceCell(row: 3, column: 2, content: Cell(lines: [
                Self.line("1、《丙法》", item: true), Self.line("2、《丁法》", item: true), Self.line("前 后"),
            ])),
        ], markedHeaderRows: 1)
        #expect(document == StructuredDocument(blocks: [
            .paragraph("某县某局权责清单"), .paragraph("（2024年版）"), .table(table),
            .paragraph("（一）第一项"), .paragraph("（二）第二项"), .paragraph("①圈"), .paragraph("2.1 细目"),
        ]))
    }

    @Test(arguments: ["xiangdu-yibao", "zhao-yibao"])
    func corpusDocumentsGiveEveryGoldRowCellForCell(list: String) throws {
        for variant in [".docx", ".autonum.docx"] {
            let name = "formats/" + list + variant
            let document = try DOCXReader.read(Fixtures.bytes(name))
            let gold = try Fixtures.json(name + ".gold.json")
            let result = StructuredGoldenCheck.compare(document, gold: gold)
            #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted(), "\(name)")
            #expect(result.differences.isEmpty, "\(name): \(result.differences.joined(separator: "\n"))")
        }
    }

    @Test func corpusDocumentHasTitleSummaryAndDetailTables() throws {
        let document = try DOCXReader.read(Fixtures.bytes("formats/xiangdu-yibao.docx"))
        let tables = document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        #expect(tables.map(\.ordinal) == [1, 2])
        #expect(tables.map(\.markedHeaderRows) == [1, 1])
        #expect(tables[1].grid[0].map { $0?.content.text } == ["序号", "权力类型", "权力事项", "行政主体", "实施依据", "责任事项", "追责情形", "备注"])
        #expect(tables[0].grid[1].map { $0?.content.text } == ["一、行政许可（0项）", "一、行政许可（0项）", "一、行政许可（0项）"])
        #expect(document.blocks.first == .paragraph("邢台市襄都区医疗保障局权责清单事项统计表"))
    }

    /// The numbers Word adds are the numbers the typed version prints: the two
    /// files differ only in that their list paragraphs start list items.
    @Test(arguments: ["xiangdu-yibao", "zhao-yibao"])
    func automaticNumbersReadAsTheTypedOnes(list: String) throws {
        let typed = try DOCXReader.read(Fixtures.bytes("formats/\(list).docx"))
        let automatic = try DOCXReader.read(Fixtures.bytes("formats/\(list).autonum.docx"))
        func texts(_ document: StructuredDocument) -> [[String]] {
            document.blocks.map { block in
                switch block {
                case .paragraph(let text): [text]
                case .table(let table): table.cells.map { $0.content.lines.map(\.text).joined(separator: "\n") }
                }
            }
        }
        #expect(texts(automatic) == texts(typed))
        let items = automatic.blocks.flatMap { block -> [CellLine] in
            guard case .table(let table) = block else { return [] }
            return table.cells.flatMap(\.content.lines).filter(\.startsListItem)
        }
        #expect(items.count == (list == "zhao-yibao" ? 335 : 92))
    }

    @Test func anExcelWorkbookIsNotAWordDocument() throws {
        let workbook = try OfficeFixtures.workbook([.init(name: "表", xml: "<sheetData/>")])
        #expect(throws: OfficeReadingError.self) { try DOCXReader.read(workbook) }
        do {
            _ = try DOCXReader.read(workbook)
        } catch {
            #expect(error.kind == .notAnOfficeDocument)
            #expect(error.message == "not a Word document (.docx) but an Excel workbook (.xlsx)")
        }
    }
}

@Suite struct DOCXDrawingTests {
    /// A text box's paragraphs (WordprocessingML inside the drawing's
    /// preferred copy) are read once; a chart's DrawingML text is not the
    /// document's, and the fallback copy of the drawing is not read again.
    @Test func textBoxesOnceDrawingTextNever() throws {
        let body = """
            <w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:drawing><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <a:p><a:r><a:t>图表文字</a:t></a:r></a:p><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>\
            </a:graphic></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>\
            </w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """
        let document = try DOCXReader.read(OfficeFixtures.wordDocument(body: body))
        #expect(document.blocks == [.paragraph("文本框"), .paragraph("正文")])
    }
}
