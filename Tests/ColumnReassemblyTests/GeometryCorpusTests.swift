import CanonicalJSON
import PDFExtraction
import PowerListModel
import Testing
import TestSupport

@testable import ColumnReassembly

/// The corpus PDFs rebuilt from glyph positions must give exactly the gold's
/// rows: same 序号, same cell texts (white space aside, as the scorer compares),
/// same pages; and the summary must carry every gold summary entry.
@Suite struct GeometryCorpusTests {
    static let corpus = Fixtures.names(in: "corpus", endingWith: ".pdf").map { String($0.dropLast(4)) }

    @Test(arguments: corpus)
    func rowsMatchGold(_ name: String) throws {
        let pages = try PDFGlyphExtractor.extract(path: Fixtures.path("corpus/\(name).pdf"))
        let grid = try GeometricTableReassembler.reassemble(pages)
        let gold = try Fixtures.json("corpus/\(name).gold.json")
        CorpusGridCheck.expectMatches(grid: grid, gold: gold)
        #expect(grid.pageCount == gold["source"]?["pages"]?.intValue)
    }
}

/// The checks every corpus grid must pass, whatever reassembler built it.
enum CorpusGridCheck {
    static func expectMatches(grid: TableGrid, gold: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) {
        let differences = GridGoldenCheck.differences(grid: grid, gold: gold)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)

        let items = gold["items"]?.arrayValue ?? []
        let seqs = grid.rows.map { $0[.seq].text }
        #expect(seqs == items.map { "\($0["seq"]?.intValue ?? -1)" }, sourceLocation: sourceLocation)

        let summary = GridGoldenCheck.compact(grid.summaryLines.joined())
        let entries = (gold["summary"]?["groups"]?.arrayValue ?? []).flatMap { $0["entries"]?.arrayValue ?? [] }
        for entry in entries {
            let name = GridGoldenCheck.compact(entry["name"]?.stringValue)
            #expect(summary.contains(name), "summary lacks \(name)", sourceLocation: sourceLocation)
        }
    }
}
