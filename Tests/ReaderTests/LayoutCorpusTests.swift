import CanonicalJSON
import Foundation
import LayoutText
import PowerListModel
import Testing
import TestSupport
import TextExtraction

/// The same checks on `pdftotext -layout` dumps of the corpus PDFs, made in the test.
@Suite(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")))
struct LayoutCorpusTests {
    @Test(arguments: GeometryCorpusTests.corpus)
    func rowsMatchGold(_ name: String) throws {
        let dump = try ExternalTools.run("pdftotext", ["-layout", "-enc", "UTF-8", Fixtures.path("corpus/\(name).pdf"), "-"])
        let text = try TextExtractor.extract([UInt8](dump))
        #expect(text.layout == .layout)
        let table = try LayoutTextReader.read(text.lines)
        let gold = try Fixtures.json("corpus/\(name).gold.json")
        CorpusTableCheck.expectMatches(table: table, gold: gold)
        #expect(table.pageCount == gold["source"]?["pages"]?.intValue)
    }
}
