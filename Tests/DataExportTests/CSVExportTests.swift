@testable import DataExport
import PowerListModel
import SwiftCSV
import Testing
import TestSupport

/// The CSV of both seeds, read back with SwiftCSV.
@Suite struct CSVExportTests {
    let documents: [PowerListDocument]
    let bytes: [UInt8]

    init() throws {
        documents = try SeedDocuments.load()
        bytes = try ItemCSV.encode(documents)
    }

    func parsed() throws -> CSV<Named> {
        try CSV<Named>(string: String(decoding: bytes.dropFirst(3), as: UTF8.self), delimiter: .comma)
    }

    @Test func startsWithAByteOrderMarkForExcel() {
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func hasOneRowPerItem() throws {
        let csv = try parsed()
        #expect(csv.header == ItemCSV.columns)
        #expect(csv.rows.count == 43)
        #expect(csv.rows.map { $0["document"] ?? "" } == documents.flatMap { document in document.items.map { _ in document.source.file } })
        #expect(csv.rows.map { $0["name"] ?? "" } == documents.flatMap(\.items).map(\.name))
    }

    @Test func listCellsAreNumberedLines() throws {
        let row = try parsed().rows[17]
        let item = documents[1].items[0]
        #expect(row["seq"] == "1" && row["title"] == "赵县医疗保障局权责清单" && row["edition"] == "")
        #expect(row["basis"] == item.basis!.provisions.map { "\($0.no). \($0.text)" }.joined(separator: "\n"))
        let steps = try #require(row["responsibilities"]?.split(separator: "\n").map(String.init))
        #expect(steps.count == 8)
        #expect(steps[0] == "1. 立案责任：" + item.responsibilities!.steps[0].text)
        #expect(row["accountability_preamble"] == item.accountability?.preamble)
        #expect(row["accountability"]?.split(separator: "\n").count == 10)
        #expect(row["pages"] == "3" && row["extra"] == "" && row["code"] == "")
    }

    @Test func aCellWithoutAListKeepsItsText() {
        #expect(ItemCSV.numberedLines([], else: "无") == "无")
        #expect(ItemCSV.numberedLines([(1, "甲"), (2, "乙")], else: "1.甲 2.乙") == "1. 甲\n2. 乙")
    }

    @Test(arguments: [
        (["a", "b"], "a,b\r\n"),
        (["逗号,", "引号\"", "换行\n"], "\"逗号,\",\"引号\"\"\",\"换行\n\"\r\n"),
        ([" 前空格", "", "后空格 "], "\" 前空格\",,\"后空格 \"\r\n"),
    ])
    func quotesWhatNeedsQuoting(fields: [String], expected: String) {
        #expect(String(decoding: ItemCSV.record(fields), as: UTF8.self) == expected)
    }
}
