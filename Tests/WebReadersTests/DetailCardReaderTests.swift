import PowerListModel
import Testing
import TestSupport
@testable import WebReaders

@Suite struct DetailCardReaderTests {
    static func line(_ text: String) -> CellLine {
        CellLine(text, followsSpace: true)
    }

    static func cell(_ row: Int, _ column: Int, _ text: String, columns: Int = 1) -> SourceCell {
        SourceCell(row: row, column: column, columnSpan: columns, content: Cell(lines: [line(text)]))
    }

    /// Two cards with labels in two columns, one in four, a heading between
    /// them; the third card lacks 备注 and adds 承办机构.
    static let page = """
        <html><body><h1>某局权责清单</h1>
        <table class="detail"><tr><td>职权名称：</td><td>对甲的处罚</td></tr><tr><td>职权类型</td><td>行政处罚</td></tr>
        <tr><td>实施依据</td><td>《甲法》<br>《乙法》</td></tr><tr><td>备注</td><td></td></tr></table>
        <table class="detail"><tr><td>职权名称</td><td>对乙的处罚</td></tr><tr><td>职权类型</td><td>行政处罚</td></tr>
        <tr><td>实施依据</td><td>《丙法》</td></tr><tr><td>备注</td><td>科室</td></tr></table>
        <h2>行政检查</h2>
        <table class="detail"><tr><td colspan="4">对丙的检查</td></tr>
        <tr><td>职权名称</td><td>对丙的检查</td><td>职权类型</td><td>行政检查</td></tr>
        <tr><td>实施依据</td><td colspan="3">《丁法》</td></tr><tr><td>承办机构</td><td colspan="3">某科</td></tr></table>
        <p>发布时间：2024-01-01</p></body></html>
        """

    @Test func cardsBecomeOneTableOfTheirLabels() throws {
        let document = try HTMLPageReader.read(Array(Self.page.utf8))
        let table = SourceTable(ordinal: 1, rowCount: 5, columnCount: 6, cells: [
            Self.cell(0, 1, "职权名称"), Self.cell(0, 2, "职权类型"), Self.cell(0, 3, "实施依据"), Self.cell(0, 4, "备注"), Self.cell(0, 5, "承办机构"),
            Self.cell(1, 1, "对甲的处罚"), Self.cell(1, 2, "行政处罚"),
            SourceCell(row: 1, column: 3, content: Cell(lines: [Self.line("《甲法》"), Self.line("《乙法》")])),
            SourceCell(row: 1, column: 4, content: Cell()),
            Self.cell(2, 1, "对乙的处罚"), Self.cell(2, 2, "行政处罚"), Self.cell(2, 3, "《丙法》"), Self.cell(2, 4, "科室"),
            Self.cell(3, 0, "行政检查", columns: 6),
            Self.cell(4, 0, "对丙的检查"), Self.cell(4, 1, "对丙的检查"), Self.cell(4, 2, "行政检查"), Self.cell(4, 3, "《丁法》"), Self.cell(4, 5, "某科"),
        ], markedHeaderRows: 1, placement: .derived)
        #expect(document == StructuredDocument(blocks: [.paragraph("某局权责清单"), .table(table), .paragraph("发布时间：2024-01-01")]))
    }

    @Test func cardsAsLabelValueLines() throws {
        let page = """
            <html><body><p>职权名称：对甲的处罚</p><p>职权类型：行政处罚</p><p>实施依据：《甲法》</p><p>《乙法》</p>
            <p>职权名称：对乙的处罚</p><p>职权类型：行政处罚</p><p>实施依据：《丙法》</p><p>来源：某局</p></body></html>
            """
        let document = try HTMLPageReader.read(Array(page.utf8))
        let table = SourceTable(ordinal: 1, rowCount: 3, columnCount: 4, cells: [
            Self.cell(0, 0, "职权名称"), Self.cell(0, 1, "职权类型"), Self.cell(0, 2, "实施依据"), Self.cell(0, 3, "来源"),
            Self.cell(1, 0, "对甲的处罚"), Self.cell(1, 1, "行政处罚"),
            SourceCell(row: 1, column: 2, content: Cell(lines: [Self.line("《甲法》"), Self.line("《乙法》")])),
            Self.cell(2, 0, "对乙的处罚"), Self.cell(2, 1, "行政处罚"), Self.cell(2, 2, "《丙法》"), Self.cell(2, 3, "某局"),
        ], markedHeaderRows: 1, placement: .derived)
        #expect(document.blocks == [.table(table)])
    }

    /// All cards down one table, each opened by a caption row or by its first label coming again.
    @Test func cardsRunDownOneTable() throws {
        let page = """
            <table><tr><th colspan="2">1. 对甲的处罚</th></tr><tr><th>职权名称</th><td>对甲的处罚</td></tr><tr><th>职权类型</th><td>行政处罚</td></tr>
            <tr><th colspan="2">2. 对乙的检查</th></tr><tr><th>职权名称</th><td>对乙的检查</td></tr><tr><td colspan="2">职权类型：行政检查</td></tr>
            <tr><th>职权名称</th><td>对丙的确认</td></tr><tr><th>职权类型</th><td>行政确认</td></tr></table>
            """
        let document = try HTMLPageReader.read(Array(page.utf8))
        #expect(document.blocks == [.table(SourceTable(ordinal: 1, rowCount: 4, columnCount: 3, cells: [
            Self.cell(0, 1, "职权名称"), Self.cell(0, 2, "职权类型"),
            Self.cell(1, 0, "1. 对甲的处罚"), Self.cell(1, 1, "对甲的处罚"), Self.cell(1, 2, "行政处罚"),
            Self.cell(2, 0, "2. 对乙的检查"), Self.cell(2, 1, "对乙的检查"), Self.cell(2, 2, "行政检查"),
            Self.cell(3, 1, "对丙的确认"), Self.cell(3, 2, "行政确认"),
        ], markedHeaderRows: 1, placement: .derived))])
    }

    /// A two-column summary (序号 | 名称) is a table, not cards: its left cells are numbers.
    @Test func ordinaryTwoColumnTablesAreLeftAlone() throws {
        let page = """
            <table><tr><td>序号</td><td>事项名称</td></tr><tr><td>1</td><td>甲</td></tr></table>
            <table><tr><td>序号</td><td>事项名称</td></tr><tr><td>2</td><td>乙</td></tr></table>
            """
        let document = try HTMLPageReader.read(Array(page.utf8))
        #expect(document.blocks.count == 2)
        #expect(DetailCard.cards(in: SourceTable(ordinal: 1, rowCount: 1, columnCount: 2, cells: [Self.cell(0, 0, "1"), Self.cell(0, 1, "甲")])) == nil)
    }

    @Test func corpusCardPageIsOneTable() throws {
        let document = try HTMLPageReader.read(Fixtures.bytes("formats/xiangdu-yibao.cards.html"))
        #expect(document.blocks.count == 2)
        guard case .table(let table) = document.blocks[1] else {
            Issue.record("no table")
            return
        }
        #expect(document.blocks[0] == .paragraph("邢台市襄都区医疗保障局权责清单（2025年版）"))
        #expect(table.rowCount == 18)
        #expect(table.grid[0].map { $0?.content.text } == ["序号", "权力类型", "权力事项", "行政主体", "实施依据", "责任事项", "追责情形", "备注"])
    }
}
