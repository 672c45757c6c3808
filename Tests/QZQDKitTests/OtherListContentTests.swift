import CanonicalJSON
import Foundation
import Testing
import TestSupport
@testable import QZQDKit

/// The lists of other departments (`Fixtures/otherlists`) were made from a
/// content file by `scripts/make-list-docx` and LibreOffice: the content file,
/// not qzqd, says what every cell holds. The Word file and the PDF made from
/// it must give back each item's cells and the number of their list elements.
@Suite struct OtherListContentTests {
    static let documents = Fixtures.names(in: "otherlists", endingWith: ".content.json").flatMap { content in
        let stem = String(content.dropLast(".content.json".count))
        return ["docx", "pdf"].map { "otherlists/\(stem).\($0)" }
    }

    @Test(arguments: documents) func cellsAreTheContentFilesParagraphs(document: String) throws {
        let stem = document.split(separator: "/").last!.split(separator: ".").first!
        let content = try Fixtures.json("otherlists/\(stem).content.json")
        let items = try JSONParser.parse(Converter.convert(fileAt: Fixtures.path(document)).json)["items"]?.arrayValue ?? []
        let expected = content["items"]?.arrayValue ?? []
        try #require(items.count == expected.count)
        func joined(_ value: JSONValue?) -> String { compact((value?.arrayValue ?? []).compactMap(\.stringValue).joined()) }
        func compact(_ text: String?) -> String { (text ?? "").filter { !$0.isWhitespace } }
        for (item, cells) in zip(items, expected) {
            let seq = item["seq"]?.intValue ?? 0
            #expect(item["category"]?.stringValue == cells["type"]?.stringValue, "item \(seq)")
            #expect(item["name"]?.stringValue == cells["name"]?.stringValue, "item \(seq)")
            #expect(item["subject"]?.stringValue == cells["subject"]?.stringValue, "item \(seq)")
            #expect(compact(item["basis"]?["text"]?.stringValue) == joined(cells["basis"]), "item \(seq)")
            #expect(compact(item["responsibilities"]?["text"]?.stringValue) == joined(cells["duties"]), "item \(seq)")
            #expect(compact(item["accountability"]?["text"]?.stringValue) == joined(cells["accountability"]), "item \(seq)")
            #expect(item["basis"]?["provisions"]?.arrayValue?.count == cells["basis"]?.arrayValue?.count, "item \(seq)")
            #expect(item["responsibilities"]?["steps"]?.arrayValue?.count == cells["duties"]?.arrayValue?.count, "item \(seq)")
            // The first accountability paragraph is the preamble; each other one a case.
            #expect(item["accountability"]?["cases"]?.arrayValue?.count == (cells["accountability"]?.arrayValue?.count ?? 0) - 1, "item \(seq)")
            let remarks = cells["remarks"]?.stringValue ?? ""
            #expect(item["remarks"]?.stringValue == (remarks.isEmpty ? nil : remarks), "item \(seq)")
        }
    }
}
