import CanonicalJSON
import Foundation
import PowerListModel
import Testing
import TestSupport
@testable import QZQDKit

/// `--provenance`: each field says where it was read from, and the places are
/// checked against the source itself — PDF boxes by cropping them with
/// Poppler's own `pdftotext` (an independent tool), office and text places by
/// the cells and lines of the fixture files.
@Suite struct ProvenanceTests {
    static func convert(_ fixture: String) throws -> JSONValue {
        try JSONParser.parse(Converter.convert(fileAt: Fixtures.path(fixture), options: ConversionOptions(provenance: true)).json)
    }

    static func item(_ document: JSONValue, seq: Int) -> JSONValue? {
        document["items"]?.arrayValue?.first { $0["seq"]?.intValue == seq }
    }

    /// The field's text as the output gives it.
    static func text(of field: String, in item: JSONValue) -> String? {
        switch field {
        case "basis", "responsibilities", "accountability": item[field]?["text"]?.stringValue
        case "category": item["categoryRaw"]?.stringValue
        case "seq": item["seq"]?.intValue.map(String.init)
        case "name", "subject", "remarks", "code": item[field]?.stringValue
        default: item["extra"]?[field]?.stringValue
        }
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// The text `pdftotext` finds inside a box (widened to whole points, as it crops).
    static func croppedText(_ pdf: String, page: Int, box: [Double]) throws -> String {
        let x0 = Int(box[0].rounded(.down)), y0 = Int(box[1].rounded(.down))
        let width = Int(box[2].rounded(.up)) - x0, height = Int(box[3].rounded(.up)) - y0
        let data = try ExternalTools.run("pdftotext", [
            "-f", "\(page)", "-l", "\(page)", "-x", "\(x0)", "-y", "\(y0)", "-W", "\(width)", "-H", "\(height)",
            "-raw", "-enc", "UTF-8", pdf, "-",
        ])
        return String(decoding: data, as: UTF8.self)
    }

    // The sideways list is drawn a quarter-turn round on its pages: its boxes
    // are turned back to the page as displayed. The spreadsheet print packs
    // small cells close together.
    @Test(
        .enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")),
        arguments: ["corpus/xiangdu-yibao.pdf", "layouts2/xiangdu-yibao-sideways.pdf", "layouts2/zhao-yibao-excel.pdf"]
    )
    func everyPDFBoxHoldsItsFieldsText(fixture: String) throws {
        let document = try Self.convert(fixture)
        let items = try #require(document["items"]?.arrayValue)
        var fields = 0
        var mismatches: [String] = []
        for item in items {
            let provenance = try #require(item["provenance"]?.objectValue)
            for (field, places) in provenance.sorted(by: { $0.key < $1.key }) {
                fields += 1
                var found = ""
                for place in try #require(places.arrayValue) {
                    let page = try #require(place["page"]?.intValue)
                    let box = (place["box"]?.arrayValue ?? []).compactMap(\.doubleValue)
                    #expect(box.count == 4 && box[0] <= box[2] && box[1] <= box[3])
                    found += try Self.croppedText(Fixtures.path(fixture), page: page, box: box)
                }
                let expected = Self.text(of: field, in: item) ?? ""
                if Self.squeezed(found) != Self.squeezed(expected) {
                    mismatches.append("item \(item["seq"]?.intValue ?? 0) \(field): \(Self.squeezed(found).prefix(40)) ≠ \(Self.squeezed(expected).prefix(40))")
                }
            }
        }
        // Every item names at least its 序号, 事项, 依据 and the two lists.
        #expect(fields >= 5 * items.count)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(fields) fields\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test func aRowBrokenByAPageBreakHasOneBoxOnEachPage() throws {
        let document = try Self.convert("corpus/zhao-yibao.pdf")
        let spanning = try #require(document["items"]?.arrayValue?.first { ($0["pages"]?.arrayValue?.count ?? 0) > 1 })
        let pages = spanning["pages"]?.arrayValue?.compactMap(\.intValue) ?? []
        let responsibilities = spanning["provenance"]?["responsibilities"]?.arrayValue ?? []
        let boxPages = responsibilities.compactMap { $0["page"]?.intValue }
        #expect(Set(boxPages).isSubset(of: Set(pages)))
        #expect(boxPages == boxPages.sorted() && Set(boxPages).count == boxPages.count)
    }

    @Test func officeCellsAreNamedBySheetOrTableRowAndColumn() throws {
        // Checked by hand in the files: 分表!A5 holds 3, and the docx's second
        // table (the first is the summary) holds item 3 on its fourth row.
        let workbookDocument = try Self.convert("formats/zhao-yibao.xlsx")
        let workbook = try #require(Self.item(workbookDocument, seq: 3))
        #expect(workbook["provenance"]?["seq"] == .array([.object(["sheet": .string("分表"), "row": .int(5), "column": .int(1)])]))
        #expect(workbook["provenance"]?["basis"] == .array([.object(["sheet": .string("分表"), "row": .int(5), "column": .int(5)])]))
        let wordDocument = try Self.convert("formats/zhao-yibao.docx")
        let word = try #require(Self.item(wordDocument, seq: 3))
        #expect(word["provenance"]?["name"] == .array([.object(["table": .int(2), "row": .int(4), "column": .int(3)])]))
    }

    @Test func textCellsAreNamedByTheirLines() throws {
        // The CSV's record of item 3 runs from line 41 to line 60 (quoted line
        // breaks); the TSV's is line 5.
        let csvDocument = try Self.convert("formats/zhao-yibao.csv")
        let csv = try #require(Self.item(csvDocument, seq: 3))
        #expect(csv["provenance"]?["accountability"] == .array([.object(["lines": .array([.int(41), .int(60)])])]))
        let tsvDocument = try Self.convert("formats/zhao-yibao.reordered.tsv")
        let tsv = try #require(Self.item(tsvDocument, seq: 3))
        #expect(tsv["provenance"]?["name"] == .array([.object(["lines": .array([.int(5), .int(5)])])]))
    }

    /// Every field of a text input names lines that hold its text: the
    /// field's characters stand in those lines in order (in a `-raw` or
    /// `-layout` dump, other cells' text shares the lines). Items whose cells
    /// were repaired from the summary or the other rows are left out: their
    /// places hold what the row printed, not what the field says.
    static func linesHoldTheirFields(_ document: JSONValue, lines: [String]) throws -> [String] {
        let repairs: Set<String> = ["cell-truncated", "cell-filled-from-summary", "subject-inferred", "subject-separated", "category-inferred"]
        let repaired = Set((document["diagnostics"]?.arrayValue ?? []).filter { repairs.contains($0["code"]?.stringValue ?? "") }.compactMap { $0["seq"]?.intValue })
        var mismatches: [String] = []
        for item in document["items"]?.arrayValue ?? [] where !repaired.contains(item["seq"]?.intValue ?? 0) {
            for (field, places) in item["provenance"]?.objectValue ?? [:] {
                let expected = Self.squeezed(Self.text(of: field, in: item) ?? "")
                let ranges = (places.arrayValue ?? []).compactMap { $0["lines"]?.arrayValue?.compactMap(\.intValue) }
                let held = ranges.map { range in Self.squeezed(lines[(range[0] - 1)...(range[1] - 1)].joined()) }.joined()
                if !Self.isSubsequence(expected, of: held) {
                    mismatches.append("item \(item["seq"]?.intValue ?? 0) \(field): \(ranges)")
                }
            }
        }
        return mismatches
    }

    static func isSubsequence(_ part: String, of whole: String) -> Bool {
        var remaining = whole[...]
        for character in part {
            guard let index = remaining.firstIndex(of: character) else { return false }
            remaining = remaining[remaining.index(after: index)...]
        }
        return true
    }

    static func fileLines(_ path: String) throws -> [String] {
        String(decoding: try Fixtures.read(path), as: UTF8.self).components(separatedBy: "\n")
    }

    @Test(arguments: ["seeds/002_87517433289be30b.txt", "dumps/xiangdu-yibao.raw.txt"])
    func flowDumpFieldsNameTheirLines(fixture: String) throws {
        let document = try Self.convert(fixture)
        let mismatches = try Self.linesHoldTheirFields(document, lines: Self.fileLines(Fixtures.path(fixture)))
        #expect(document["items"]?.arrayValue?.first?["provenance"]?["basis"] != nil)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")))
    func layoutDumpFieldsNameTheirLines() throws {
        let directory = try TemporaryDirectory()
        let dump = directory.path("zhao.layout.txt")
        try ExternalTools.run("pdftotext", ["-layout", "-enc", "UTF-8", Fixtures.path("corpus/zhao-yibao.pdf"), dump])
        let document = try JSONParser.parse(Converter.convert(fileAt: dump, options: ConversionOptions(provenance: true)).json)
        let mismatches = try Self.linesHoldTheirFields(document, lines: Self.fileLines(dump))
        #expect(document["items"]?.arrayValue?.count == 26)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func withoutTheOptionNoItemCarriesProvenance() throws {
        let output = try JSONParser.parse(Converter.convert(fileAt: Fixtures.path("corpus/xiangdu-yibao.pdf")).json)
        #expect(output["items"]?.arrayValue?.allSatisfy { $0["provenance"] == nil } == true)
    }
}
