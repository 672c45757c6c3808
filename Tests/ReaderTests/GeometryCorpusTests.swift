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

/// The second family's layouts (section headings, a grouped header, a
/// spreadsheet print) rebuilt from glyph positions: the same checks. The
/// section-headed list prints no 权力类型 column: its rows' categories come
/// from the headings (checked by the golden document tests).
@Suite struct GeometrySecondFamilyCorpusTests {
    static let documents = ["zhao-yibao-section-category", "xiangdu-yibao-group-header", "zhao-yibao-excel"]

    @Test(arguments: documents)
    func rowsMatchGold(_ name: String) throws {
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/\(name).pdf")).pages)
        let gold = try Fixtures.json("layouts2/\(name).gold.json")
        CorpusTableCheck.expectMatches(table: table, gold: gold)
        #expect(table.pageCount == gold["source"]?["pages"]?.intValue)
    }

    @Test func sectionHeadingsStandBeforeTheirRows() throws {
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/zhao-yibao-section-category.pdf")).pages)
        var headings: [String] = []
        for (index, entry) in table.body.enumerated() {
            guard case .heading(let heading) = entry, case .row(let next) = table.body[index + 1] else { continue }
            headings.append("\(heading.printed) → \(next[.seq].text)")
        }
        #expect(headings == [
            "一、行政处罚（3 项） → 1", "二、行政强制（1 项） → 4", "三、行政给付（1 项） → 5",
            "四、行政检查（5 项） → 6", "五、行政确认（6 项） → 11", "六、其他权力（10 项） → 17",
        ])
    }

    /// The extraction turns pages whose text runs sideways upright.
    @Test
    func sidewaysPagesMatchGold() throws {
        let table = try GeometricTableReader.read(PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/xiangdu-yibao-sideways.pdf")).pages)
        CorpusTableCheck.expectMatches(table: table, gold: try Fixtures.json("layouts2/xiangdu-yibao-sideways.gold.json"))
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
