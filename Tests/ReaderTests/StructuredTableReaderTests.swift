import CanonicalJSON
import PowerListModel
import Testing
import TestSupport
import DelimitedReaders
@testable import StructuredTables
import TextExtraction

@Suite struct StructuredTableReaderTests {
    static let seed = "seeds/000_53652f109c077542"

    static func read(_ lines: [String]) throws -> Table {
        try StructuredTableReader.read(TSVReader.read(text: lines.joined(separator: "\n")))
    }

    @Test func seedRowsMatchTheGoldCellByCell() throws {
        let text = try TextExtractor.extract(Fixtures.bytes(Self.seed + ".txt"))
        let table = try Self.read(text.lines)
        let diffs = TableGoldenCheck.differences(table: table, gold: try Fixtures.json(Self.seed + ".gold.json"))
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
        #expect(table.titleLines == ["邢台市襄都区医疗保障局权责清单事项统计表", "邢台市襄都区医疗保障局权责清单（2025年版）"])
        #expect(table.summary.first == .heading(category: "行政许可", declaredCount: 0))
        #expect(table.summary.last == .total(17))
        #expect(table.summary.count == 11 + 17 + 1)
        #expect(table.pageCount == nil)
    }

    @Test func repeatedHeaderRowsAndBlankLinesAreDropped() throws {
        let table = try Self.read([
            "序号\t权力类型\t权力事项\t实施依据", "1\t行政处罚\t甲\t《法》", "", "序号\t权力类型\t权力事项\t实施依据", "2\t行政检查\t乙\t《条例》",
        ])
        #expect(table.rows.map { $0[.name].text } == ["甲", "乙"])
        #expect(table.columns == [
            Column(title: "序号", role: .seq), Column(title: "权力类型", role: .category),
            Column(title: "权力事项", role: .name), Column(title: "实施依据", role: .basis),
        ])
    }

    @Test func columnsInAnyOrderWithExtraOnes() throws {
        let table = try Self.read(["权力事项\t行使层级\t序号\t实施依据\t责任事项", "甲\t县级\t1\t《法》\t立案责任：…"])
        #expect(table.columns.map(\.role) == [.name, .extra("行使层级"), .seq, .basis, .responsibilities])
        #expect(table.rows.first?[.extra("行使层级")].text == "县级")
        #expect(table.rows.first?[.seq].text == "1")
    }

    @Test func cellsBeyondTheHeaderAreReported() throws {
        let table = try Self.read(["序号\t权力事项\t实施依据\t责任事项", "1\t甲\t《法》\t立案责任：…\t多余"])
        #expect(table.diagnostics.map(\.code) == [.textUnassigned])
        #expect(table.diagnostics.first?.message.hasSuffix("多余") == true)
    }

    @Test func sectionHeadingsBecomeBodyEntries() throws {
        let table = try Self.read([
            "序号\t权力事项\t实施依据\t责任事项",
            "一、行政许可",
            "1\t甲的许可\t《甲法》\t受理责任：…",
            "二、行政处罚（1项）",
            "2\t乙的处罚\t《乙法》\t立案责任：…",
        ])
        #expect(table.body.count == 4)
        #expect(table.body[0] == .heading(SectionHeading(printed: "一、行政许可", kind: .category("行政许可"), declaredCount: nil)))
        #expect(table.body[2] == .heading(SectionHeading(printed: "二、行政处罚（1项）", kind: .category("行政处罚"), declaredCount: 1)))
        #expect(table.titleLines.isEmpty)
    }

    @Test func noHeaderMeansNoTable() {
        #expect(throws: NoTableFound.self) { try Self.read(["a\tb\tc", "1\t2\t3"]) }
    }

    /// A grouped header (权责内容 over three columns, other titles over both
    /// rows) and a category merged down over two rows, as DOCX/XLSX/HTML give them.
    @Test func groupedHeaderAndMergedCells() throws {
        func cell(_ row: Int, _ column: Int, _ text: String, rows: Int = 1, columns: Int = 1) -> SourceCell {
            SourceCell(row: row, column: column, rowSpan: rows, columnSpan: columns, content: Cell(text: text))
        }
        let grid = SourceTable(ordinal: 1, rowCount: 5, columnCount: 6, cells: [
            cell(0, 0, "某县某局权责清单", columns: 6),
            cell(1, 0, "序号", rows: 2), cell(1, 1, "权力类型", rows: 2), cell(1, 2, "权力事项", rows: 2), cell(1, 3, "权责内容", columns: 3),
            cell(2, 3, "实施依据"), cell(2, 4, "责任事项"), cell(2, 5, "追责情形"),
            cell(3, 0, "1"), cell(3, 1, "行政处罚", rows: 2), cell(3, 2, "甲"), cell(3, 3, "《法》"), cell(3, 4, "立案责任：…"), cell(3, 5, "…的"),
            cell(4, 0, "2"), cell(4, 2, "乙"), cell(4, 3, "《法》"), cell(4, 4, "立案责任：…"), cell(4, 5, "…的"),
        ])
        let table = try StructuredTableReader.read(StructuredDocument(blocks: [.paragraph("（2024年版）"), .table(grid)]))
        #expect(table.columns.map(\.role) == [.seq, .category, .name, .basis, .responsibilities, .accountability])
        #expect(table.titleLines == ["（2024年版）", "某县某局权责清单"])
        #expect(table.rows.map { $0[.category].text } == ["行政处罚", "行政处罚"])
        #expect(table.rows.map { $0[.accountability].text } == ["…的", "…的"])
        #expect(table.diagnostics.map(\.code) == [.mergedCellPropagated])
        #expect(table.diagnostics.first?.seq == 2)
    }
}
