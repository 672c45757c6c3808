import PowerListModel
import Testing
import TestSupport
@testable import DelimitedReaders

@Suite struct TSVReaderTests {
    /// A cell of the record that stands on lines `record` of the text.
    static func cell(_ row: Int, _ column: Int, _ lines: [(String, Bool)], record: ClosedRange<Int>) -> SourceCell {
        SourceCell(row: row, column: column, content: Cell(
            lines: lines.map { CellLine($0.0, startsListItem: $0.1, followsSpace: true) },
            places: [.lines(first: record.lowerBound, last: record.upperBound)]
        ))
    }

    @Test func cellsCarryHTMLAndQuotedLineBreaks() throws {
        let text = "权力事项\t序号\t责任事项\n"
            + "对甲的处罚\t1\t<ol><li>立案责任：审查。</li><li>调查责任：取证。</li></ol>\n"
            + "\"对乙的\n处罚\"\t2\t\"甲\t乙\"\n"
            + "\"互联网+\"行动\t3\t&lt;略&gt;\n"
        let document = try TSVReader.read(text: text)
        // The third record's quoted line break puts it on lines 3 and 4.
        #expect(document.blocks == [.table(SourceTable(ordinal: 1, rowCount: 4, columnCount: 3, cells: [
            Self.cell(0, 0, [("权力事项", false)], record: 1...1), Self.cell(0, 1, [("序号", false)], record: 1...1),
            Self.cell(0, 2, [("责任事项", false)], record: 1...1),
            Self.cell(1, 0, [("对甲的处罚", false)], record: 2...2), Self.cell(1, 1, [("1", false)], record: 2...2),
            Self.cell(1, 2, [("立案责任：审查。", true), ("调查责任：取证。", true)], record: 2...2),
            Self.cell(2, 0, [("对乙的", false), ("处罚", false)], record: 3...4), Self.cell(2, 1, [("2", false)], record: 3...4),
            Self.cell(2, 2, [("甲 乙", false)], record: 3...4),
            Self.cell(3, 0, [("\"互联网+\"行动", false)], record: 5...5), Self.cell(3, 1, [("3", false)], record: 5...5),
            Self.cell(3, 2, [("<略>", false)], record: 5...5),
        ], placement: .derived))])
    }

    @Test(arguments: ["xiangdu-yibao.reordered.tsv", "zhao-yibao.reordered.tsv"])
    func corpusExportsGiveEveryGoldRowCellForCell(name: String) throws {
        let document = try TSVReader.read(Fixtures.bytes("formats/" + name))
        let gold = try Fixtures.json("formats/" + name + ".gold.json")
        let result = StructuredGoldenCheck.compare(document, gold: gold)
        #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted())
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }

    @Test func undecodableBytesAreAnError() {
        #expect(throws: DelimitedReadingError.self) { try TSVReader.read([0x81, 0x30, 0xFF, 0xFF, 0x09, 0x81]) }
    }
}
