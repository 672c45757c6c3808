import PowerListModel
import Testing
import TestSupport
@testable import DelimitedReaders

@Suite struct CSVReaderTests {
    /// A cell of the record on `record` lines of the file.
    static func cell(_ row: Int, _ column: Int, _ lines: [String], record: ClosedRange<Int>) -> SourceCell {
        SourceCell(row: row, column: column, content: Cell(
            lines: lines.map { CellLine($0, followsSpace: true) }, places: [.lines(first: record.lowerBound, last: record.upperBound)]
        ))
    }

    /// Excel's CSV: GBK, CR LF, a title line padded with separators, quoted
    /// cells holding line breaks, doubled quotes and separators.
    static let export = "某局权责清单,,,\r\n序号,权力事项,实施依据,备注\r\n"
        + "1,对甲的处罚,\"1.《甲法》第一条\r\n2.《乙法》第二条\",\r\n"
        + "2,\"对\"\"乙\"\"的处罚\",\"《丙法》,《丁法》\",科室\r\n"

    /// The export read: each cell placed on its record's lines (the third
    /// record's quoted line break makes it two), counted from `first`.
    static func expected(from first: Int = 1) -> StructuredDocument {
        let records = [first...first, first + 1...first + 1, first + 2...first + 3, first + 4...first + 4]
        return StructuredDocument(blocks: [.table(SourceTable(ordinal: 1, rowCount: 4, columnCount: 4, cells: [
            cell(0, 0, ["某局权责清单"], record: records[0]),
            cell(1, 0, ["序号"], record: records[1]), cell(1, 1, ["权力事项"], record: records[1]),
            cell(1, 2, ["实施依据"], record: records[1]), cell(1, 3, ["备注"], record: records[1]),
            cell(2, 0, ["1"], record: records[2]), cell(2, 1, ["对甲的处罚"], record: records[2]),
            cell(2, 2, ["1.《甲法》第一条", "2.《乙法》第二条"], record: records[2]),
            cell(3, 0, ["2"], record: records[3]), cell(3, 1, ["对\"乙\"的处罚"], record: records[3]),
            cell(3, 2, ["《丙法》,《丁法》"], record: records[3]), cell(3, 3, ["科室"], record: records[3]),
        ], placement: .derived))])
    }

    @Test func excelCSVInGBK() throws {
        #expect(try CSVReader.read(LegacyEncoding.gb18030(Self.export)) == Self.expected())
    }

    @Test func utf8WithByteOrderMarkAndLineFeeds() throws {
        let text = Self.export.replacingAll("\r\n", with: "\n")
        #expect(try CSVReader.read([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == Self.expected())
    }

    /// Semicolons, as a European Excel writes: the separator is the one that
    /// splits the records most consistently.
    @Test func semicolonsAreFoundByTheShapeTheyGive() throws {
        let text = Self.export.replacingAll(",", with: ";").replacingAll("\"《丙法》;《丁法》\"", with: "\"《丙法》,《丁法》\"")
        #expect(try CSVReader.read(text: text) == Self.expected())
        // Below Excel's `sep=` line, every record stands a line lower.
        #expect(try CSVReader.read(text: "sep=;\n" + text) == Self.expected(from: 2))
    }

    @Test func textAfterAClosingQuoteJoinsTheCellAsInExcel() throws {
        let document = try CSVReader.read(text: "\"甲\"乙,丙\n")
        #expect(document.blocks == [.table(SourceTable(
            ordinal: 1, rowCount: 1, columnCount: 2, cells: [Self.cell(0, 0, ["甲乙"], record: 1...1), Self.cell(0, 1, ["丙"], record: 1...1)],
            placement: .derived
        ))])
    }

    @Test func aQuoteNeverClosedIsAnError() {
        #expect(throws: DelimitedReadingError(.unterminatedQuote, "a quoted cell opened on line 2 is never closed")) {
            try CSVReader.read(text: "序号,名称\n1,\"甲\n2,乙\n")
        }
    }

    @Test func shapeOfATable() {
        #expect(CSVReader.hasTableShape(Self.export))
        #expect(!CSVReader.hasTableShape("一、行政处罚\n对甲的处罚，依据《甲法》,第一条\n"))
    }

    /// The count of separators asked before parsing: three lines of two, or a quote.
    @Test func aTableNeedsThreeLinesOfTwoSeparators() {
        #expect(CSVReader.mayHaveTableShape("a,b,c\nd,e,f\r\ng,h,i"))
        #expect(CSVReader.mayHaveTableShape("a;b;c\rd;e;f\rg;h;i\r"))
        #expect(!CSVReader.mayHaveTableShape("a,b\nc,d\ne,f\ng,h\ni,j\n"))
        #expect(!CSVReader.mayHaveTableShape("a,b,c\nd,e,f\ng;h;i\nj;k;l\n"))
        #expect(!CSVReader.mayHaveTableShape("对甲的处罚，依据《甲法》,第一条,第二条\n"))
        // A quoted cell may hold line breaks: a record's separators on several lines.
        #expect(CSVReader.mayHaveTableShape("a,\"b\nc\",d\n"))
        #expect(!CSVReader.hasTableShape("a,b\nc,d\ne,f\ng,h\ni,j\n"))
        #expect(CSVReader.hasTableShape("a,\"1\n2\",b\nc,\"3\n4\",d\ne,\"5\n6\",f\n"))
    }

    @Test(arguments: ["xiangdu-yibao.csv", "zhao-yibao.csv"])
    func corpusExportsGiveEveryGoldRowCellForCell(name: String) throws {
        let document = try CSVReader.read(Fixtures.bytes("formats/" + name))
        let gold = try Fixtures.json("formats/" + name + ".gold.json")
        let result = StructuredGoldenCheck.compare(document, gold: gold)
        #expect(result.seqs.sorted() == gold["items"]?.arrayValue?.compactMap { $0["seq"]?.intValue }.sorted())
        #expect(result.differences.isEmpty, "\(result.differences.joined(separator: "\n"))")
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
