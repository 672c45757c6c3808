import CanonicalJSON
import DelimitedReaders
import FormatSniffing
import OfficeReaders
import PowerListModel
import Testing
import TestSupport
import WebReaders

/// The same list in every format gives the same cells: the first item's
/// row, cell by cell, is the gold's text exactly (white space included).
@Suite struct EveryFormatTests {
    static func read(_ name: String) throws -> StructuredDocument {
        let bytes = try Fixtures.bytes("formats/" + name)
        switch SourceKind.sniff(bytes: bytes, fileName: name) {
        case .docx: return try DOCXReader.read(bytes)
        case .xlsx: return try XLSXReader.read(bytes)
        case .html: return try HTMLPageReader.read(bytes)
        case .csv: return try CSVReader.read(bytes)
        case .tsv: return try TSVReader.read(bytes)
        case let other: throw Unexpected(kind: other)
        }
    }

    struct Unexpected: Error {
        var kind: SourceKind
    }

    static let names = Fixtures.names(in: "formats", endingWith: "").filter { $0.hasPrefix("xiangdu-yibao") && !$0.hasSuffix(".gold.json") }

    @Test(arguments: names) func firstItemCellByCell(name: String) throws {
        let document = try Self.read(name)
        let item = try #require(try Fixtures.json("formats/" + name + ".gold.json")["items"]?.arrayValue?.first)
        var compared = 0
        for case .table(let table) in document.blocks {
            let grid = table.grid.map { $0.map { $0?.content.text ?? "" } }
            guard let header = grid.firstIndex(where: { $0.contains("权力事项") && $0.contains("实施依据") }),
                  let row = grid[header...].first(where: { $0[grid[header].firstIndex(of: "序号")!] == "1" }) else { continue }
            for (column, title) in grid[header].enumerated() {
                guard let path = StructuredGoldenCheck.fields[title] else { continue }
                var value: JSONValue? = item
                for key in path.split(separator: ".") { value = value?[String(key)] }
                #expect(row[column] == value?.stringValue ?? "", "\(title)")
                compared += 1
            }
        }
        #expect(compared == 7)
    }
}
