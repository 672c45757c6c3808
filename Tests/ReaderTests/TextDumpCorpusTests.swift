import CanonicalJSON
import FlowText
import PowerListModel
import Testing
import TestSupport
import TextExtraction

/// Flow dumps of the corpus PDFs (`Fixtures/dumps`): a `-raw` dump reads
/// into the gold's rows; a plain dump, which prints cells block by block, is
/// refused rather than read scrambled.
@Suite struct TextDumpCorpusTests {
    static func lines(_ name: String) throws -> [String] {
        try TextExtractor.extract(Fixtures.bytes("dumps/\(name)")).lines
    }

    @Test func rawDumpRowsMatchGold() throws {
        let table = try FlowTextReader.read(Self.lines("xiangdu-yibao.raw.txt"))
        // Item 12's 追责情形 is one unnumbered clause after a short last line of
        // 责任事项, ending before row 13 starts: its own cell, as in the gold.
        let diffs = TableGoldenCheck.differences(table: table, gold: try Fixtures.json("corpus/xiangdu-yibao.gold.json"), skipping: [])
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
        #expect(table.rows[11][.accountability].text.hasPrefix("医疗保障行政机关工作人员滥用职权"))
        #expect(table.rows[11][.responsibilities].text.hasSuffix("纳入全国信用信息共享平台"))
    }

    @Test(arguments: [
        ("xiangdu-yibao.plain.txt", "column titles printed among the cells"),
        ("xiangdu-yibao-xlsx-clipped.plain.txt", "column titles printed among the cells"),
    ])
    func plainDumpsAreRefused(_ name: String, reason: String) throws {
        let lines = try Self.lines(name)
        #expect {
            try FlowTextReader.read(lines)
        } throws: { error in
            guard case FlowTextError.readingOrderLost(let message) = error else { return false }
            return message.contains(reason)
        }
    }

    /// Line after line with two columns' text abreast: no `-raw` dump prints
    /// more than a row's first lines side by side.
    @Test func columnsSideBySideAreRefused() throws {
        let lines = [
            "序号 权力类型 权力事项 实施依据 责任事项",
            "1 行政处罚 对甲的处罚",
            "《中华人民共和国测试法》第一条第一款规定 1、立案责任：对违法行为予以审查决定",
            "第二款规定的内容在此继续写满一整行文字 是否立案并报负责人批准后组织调查取证",
            "第三款规定的内容在此继续写满一整行文字 2、调查责任：调查取证并制作调查笔录",
            "2 行政检查 对乙的检查",
            "《中华人民共和国测试法》第二条 1、检查责任。",
        ]
        #expect {
            try FlowTextReader.read(lines)
        } throws: { error in
            guard case FlowTextError.readingOrderLost(let message) = error else { return false }
            return message.contains("3 lines in a row with several columns' text side by side")
        }
        // Only a row's first lines abreast, as `-raw` prints them: read.
        let raw = [lines[0], lines[1], lines[2], "第二款规定的内容在此继续写满一整行文字", "是否立案并报负责人批准后组织调查取证", lines[5], lines[6]]
        #expect(try FlowTextReader.read(raw).rows.count == 2)
    }
}
