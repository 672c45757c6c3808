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

/// `pdftotext -layout` dumps of the second family's PDFs that read whole: a
/// grouped two-row header, a table drawn sideways on the page.
@Suite(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")))
struct LayoutSecondFamilyTests {
    @Test(arguments: ["xiangdu-yibao-group-header", "xiangdu-yibao-sideways"])
    func rowsMatchGold(_ name: String) throws {
        let dump = try ExternalTools.run("pdftotext", ["-layout", "-enc", "UTF-8", Fixtures.path("layouts2/\(name).pdf"), "-"])
        let table = try LayoutTextReader.read(TextExtractor.extract([UInt8](dump)).lines)
        CorpusTableCheck.expectMatches(table: table, gold: try Fixtures.json("layouts2/\(name).gold.json"))
    }
}
