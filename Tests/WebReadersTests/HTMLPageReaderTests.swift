import PowerListModel
import Testing
import TestSupport
@testable import WebReaders

@Suite struct HTMLPageReaderTests {
    static func line(_ text: String, item: Bool = false) -> CellLine {
        CellLine(text, startsListItem: item, followsSpace: true)
    }

    static func cell(_ row: Int, _ column: Int, _ lines: [CellLine], rows: Int = 1, columns: Int = 1) -> SourceCell {
        SourceCell(row: row, column: column, rowSpan: rows, columnSpan: columns, content: Cell(lines: lines))
    }

    /// A portal page saved in GBK: navigation, breadcrumbs, a script, a
    /// title, a table with a header, a category spanning the columns, a
    /// subject spanning two rows, lines by <br>, <p> and <li>, entities, a footer.
    static let page = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>某县人民政府_权责清单</title><script>var title = "<table>";</script></head>
        <body><div id="topnav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></div>
        <div class="bread-crumb">当前位置：首页 &gt; 权责清单</div>
        <h1>某县某局权责清单</h1><p>（2024年版）</p>
        <table border="1"><caption>分表</caption>
        <thead><tr><th>序号</th><th>权力事项</th><th>行政主体</th><th>实施依据</th></tr></thead>
        <tbody><tr><td colspan="4">一、行政处罚（2项）</td></tr>
        <tr><td>1</td><td>对甲的处罚</td><td rowspan="2">某县某局</td><td>1.《甲法》第一条<br>2.《乙法》&nbsp;第二条</td></tr>
        <tr><td>2</td><td>对乙&amp;丙的处罚</td><td><p>《丙法》</p><ol><li>第三条</li><li>第四条 &lt;已废止&gt;</li></ol></td></tr>
        </tbody></table>
        <div class="footer">主办单位：某县人民政府 网站标识码：1300000000</div>
        <script>document.write("统计");</script></body></html>
        """

    static let expectedTable = SourceTable(name: "分表", ordinal: 1, rowCount: 4, columnCount: 4, cells: [
        cell(0, 0, [line("序号")]), cell(0, 1, [line("权力事项")]), cell(0, 2, [line("行政主体")]), cell(0, 3, [line("实施依据")]),
        cell(1, 0, [line("一、行政处罚（2项）")], columns: 4),
        cell(2, 0, [line("1")]), cell(2, 1, [line("对甲的处罚")]), cell(2, 2, [line("某县某局")], rows: 2),
        cell(2, 3, [line("1.《甲法》第一条"), line("2.《乙法》 第二条")]),
        cell(3, 0, [line("2")]), cell(3, 1, [line("对乙&丙的处罚")]),
        cell(3, 3, [line("《丙法》"), line("第三条", item: true), line("第四条 <已废止>", item: true)]),
    ], markedHeaderRows: 1)

    @Test func aGBKPageGivesItsTitleAndTableWithoutTheChrome() throws {
        let document = try HTMLPageReader.read(LegacyEncoding.gb18030(Self.page))
        #expect(document == StructuredDocument(blocks: [.paragraph("某县某局权责清单"), .paragraph("（2024年版）"), .table(Self.expectedTable)]))
    }

    @Test func aPageSavedAsUTF8KeepsItsOldDeclarationButIsReadAsUTF8() throws {
        let document = try HTMLPageReader.read(Array(Self.page.utf8))
        #expect(document.blocks.last == .table(Self.expectedTable))
    }

    /// `镕` is in GBK but not in GB2312: a page labelled GB2312 is read as GB18030.
    @Test func charactersBeyondTheDeclaredGB2312AreRead() throws {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>朱镕基 · 𠀀</p></body></html>"
        #expect(try HTMLPageReader.read(LegacyEncoding.gb18030(page)).blocks == [.paragraph("朱镕基 · 𠀀")])
    }

    @Test func encodingDeclarations() throws {
        #expect(HTMLEncoding.charsetParameter("text/html; charset=\"GBK\"") == "GBK")
        #expect(HTMLEncoding.charsetParameter("text/html") == nil)
        #expect(HTMLEncoding.canonicalName("x-gbk") == "GB18030")
        #expect(HTMLEncoding.detect([0xEF, 0xBB, 0xBF] + Array("<p>页</p>".utf8)) == "UTF-8")
        #expect(HTMLEncoding.detect(try LegacyEncoding.gb18030("<p>没有声明编码</p>")) == "GB18030")
        #expect(HTMLEncoding.detect(try LegacyEncoding.gb18030("<meta charset=big5><p>页面内容</p>")) == "BIG5-HKSCS")
    }

    /// Portals wrap their content in layout tables; the data table inside is
    /// the table, the layout's cells are containers.
    @Test func layoutTablesAreDescendedIntoDataTablesKept() throws {
        let page = """
            <html><body><table width="100%"><tr><td><img src="logo.png">某县人民政府</td></tr>
            <tr><td><table><tr><td><h2>权责清单</h2></td></tr><tr><td>
            <table><tr><td>序号</td><td>权力事项</td><td>实施依据</td></tr><tr><td>1</td><td>甲</td><td>《法》<table><tr><td>内</td><td>表</td></tr></table></td></tr></table>
            </td></tr></table></td></tr></table></body></html>
            """
        let document = try HTMLPageReader.read(Array(page.utf8))
        #expect(document == StructuredDocument(blocks: [
            .paragraph("某县人民政府"), .paragraph("权责清单"),
            .table(SourceTable(ordinal: 1, rowCount: 2, columnCount: 3, cells: [
                Self.cell(0, 0, [Self.line("序号")]), Self.cell(0, 1, [Self.line("权力事项")]), Self.cell(0, 2, [Self.line("实施依据")]),
                Self.cell(1, 0, [Self.line("1")]), Self.cell(1, 1, [Self.line("甲")]),
                Self.cell(1, 2, [Self.line("《法》"), Self.line("内"), Self.line("表")]),
            ])),
        ]))
    }

    @Test func absurdSpansAreClampedAndAHugeGridRefused() throws {
        let clamped = try HTMLPageReader.read(Array("<table><tr><td rowspan=\"65534\" colspan=\"3\">甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>".utf8))
        #expect(clamped.blocks == [.table(SourceTable(ordinal: 1, rowCount: 2, columnCount: 4, cells: [
            Self.cell(0, 0, [Self.line("甲")], rows: 2, columns: 3), Self.cell(0, 3, [Self.line("乙")]), Self.cell(1, 3, [Self.line("丙")]),
        ]))])
        let rows = String(repeating: "<tr><td colspan=\"1000\">宽</td></tr>", count: 10_001)
        #expect(throws: WebReadingError(.tooManyCells, "a table of 10001 rows by 1000 columns")) {
            try HTMLPageReader.read(Array("<table>\(rows)</table>".utf8))
        }
    }

    @Test(arguments: ["xiangdu-yibao", "zhao-yibao"])
    func corpusPagesGiveEveryGoldRowCellForCell(list: String) throws {
        for variant in [".html", ".cards.html"] {
            let name = "formats/" + list + variant
            let document = try HTMLPageReader.read(Fixtures.bytes(name))
            let gold = try Fixtures.json(name + ".gold.json")
            let result = StructuredGoldenCheck.compare(document, gold: gold)
            #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted(), "\(name)")
            #expect(result.differences.isEmpty, "\(name): \(result.differences.joined(separator: "\n"))")
        }
    }

    @Test func corpusPageHasItsTitlesAndBothTables() throws {
        let document = try HTMLPageReader.read(Fixtures.bytes("formats/zhao-yibao.html"))
        guard case .table(let table) = document.blocks.last else {
            Issue.record("no table")
            return
        }
        #expect(document.blocks.first == .paragraph("赵县医疗保障局权责清单事项分表"))
        #expect(table.markedHeaderRows == 1)
        #expect(table.rowCount == 27)
        #expect(table.grid[0].map { $0?.content.text } == ["序号", "权力类型", "权力事项", "行政主体", "实施依据", "责任事项", "追责情形", "备注"])
    }
}
