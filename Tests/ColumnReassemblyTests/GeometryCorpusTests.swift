import CanonicalJSON
import Foundation
import PDFExtraction
import PowerListModel
import Testing
import TestSupport

@testable import ColumnReassembly

/// The corpus PDFs rebuilt from glyph positions must give exactly the gold's
/// rows: same 序号, same cell texts (white space aside, as the scorer compares),
/// same pages; and the summary must carry every gold summary entry in a cell of its own.
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

/// The corpus PDFs re-rendered by cairo (`pdftocairo -pdf`, when installed):
/// another producer, other embedded font subsets whose declared ascent and
/// descent make Poppler's glyph boxes three lines tall.
@Suite struct GeometryOtherProducerTests {
    @Test(arguments: GeometryCorpusTests.corpus)
    func cairoRenderingMatchesGold(_ name: String) throws {
        guard let tool = ["/usr/bin/pdftocairo", "/usr/local/bin/pdftocairo", "/opt/homebrew/bin/pdftocairo"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else { return }
        let output = NSTemporaryDirectory() + "qzqd-cairo-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-pdf", Fixtures.path("corpus/\(name).pdf"), output]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let grid = try GeometricTableReassembler.reassemble(PDFGlyphExtractor.extract(path: output))
        CorpusGridCheck.expectMatches(grid: grid, gold: try Fixtures.json("corpus/\(name).gold.json"))
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

        // Every entry's name is a cell of its own: its seq and its category stand apart.
        let cells = Set(grid.summaryLines.flatMap { $0.split(separator: "\t").map { GridGoldenCheck.compact(String($0)) } })
        let entries = (gold["summary"]?["groups"]?.arrayValue ?? []).flatMap { $0["entries"]?.arrayValue ?? [] }
        for entry in entries {
            let name = GridGoldenCheck.compact(entry["name"]?.stringValue)
            #expect(cells.contains(name), "no summary cell holds \(name)", sourceLocation: sourceLocation)
        }
    }
}
