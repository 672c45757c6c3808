import CanonicalJSON
import Foundation
import GeometricTables
import PDFExtraction
import PowerListModel
import Testing
import TestSupport

/// The corpus PDFs rebuilt from glyph positions must give exactly the gold's
/// rows: same 序号, same cell texts (white space aside, as the scorer compares),
/// same pages; and the summary must carry every gold summary entry in a cell of its own.
@Suite struct GeometryCorpusTests {
    static let corpus = Fixtures.names(in: "corpus", endingWith: ".pdf").map { String($0.dropLast(4)) }

    @Test(arguments: corpus)
    func rowsMatchGold(_ name: String) throws {
        let pages = try PDFGlyphExtractor.extract(path: Fixtures.path("corpus/\(name).pdf")).pages
        let table = try GeometricTableReader.read(pages)
        let gold = try Fixtures.json("corpus/\(name).gold.json")
        CorpusTableCheck.expectMatches(table: table, gold: gold)
        #expect(table.pageCount == gold["source"]?["pages"]?.intValue)
    }
}

/// The corpus PDFs re-rendered by cairo (`pdftocairo -pdf`, when installed):
/// another producer, other embedded font subsets whose declared ascent and
/// descent make Poppler's glyph boxes three lines tall.
@Suite(.enabled(if: ExternalTools.has("pdftocairo"), ExternalTools.missing("pdftocairo", package: "poppler-utils")))
struct GeometryOtherProducerTests {
    @Test(arguments: GeometryCorpusTests.corpus)
    func cairoRenderingMatchesGold(_ name: String) throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("cairo.pdf")
        try ExternalTools.run("pdftocairo", ["-pdf", Fixtures.path("corpus/\(name).pdf"), output])
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: output).pages)
        CorpusTableCheck.expectMatches(table: table, gold: try Fixtures.json("corpus/\(name).gold.json"))
    }
}

/// The checks every corpus table must pass, whatever reader built it.
enum CorpusTableCheck {
    static func expectMatches(table: Table, gold: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) {
        let differences = TableGoldenCheck.differences(table: table, gold: gold)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)

        let items = gold["items"]?.arrayValue ?? []
        let seqs = table.rows.map { $0[.seq].text }
        #expect(seqs == items.map { "\($0["seq"]?.intValue ?? -1)" }, sourceLocation: sourceLocation)

        // Every entry is a typed row with its name alone: its seq and its category stand apart.
        let names = TableGoldenCheck.summaryNames(table)
        let entries = (gold["summary"]?["groups"]?.arrayValue ?? []).flatMap { $0["entries"]?.arrayValue ?? [] }
        #expect(names.count == Set(entries.map { TableGoldenCheck.compact($0["name"]?.stringValue) }).count, sourceLocation: sourceLocation)
        for entry in entries {
            let name = TableGoldenCheck.compact(entry["name"]?.stringValue)
            #expect(names.contains(name), "no summary entry is named \(name)", sourceLocation: sourceLocation)
        }
    }
}
