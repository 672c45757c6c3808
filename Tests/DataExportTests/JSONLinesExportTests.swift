import CanonicalJSON
import DataExport
import Emission
import PowerListModel
import Testing
import TestSupport

@Suite struct JSONLinesExportTests {
    @Test func oneLinePerItemWithItsDocumentsFacts() throws {
        let documents = try SeedDocuments.load()
        let bytes = try ItemJSONLines.encode(documents)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count == 44 && lines.last?.isEmpty == true)

        let line = try JSONParser.parse(Array(lines[17]))
        #expect(line.objectValue?.keys.sorted() == ["item", "list", "source"])
        #expect(line["item"] == DocumentEncoder.encode(documents[1].items[0]))
        #expect(line["list"]?["title"]?.stringValue == "赵县医疗保障局权责清单")
        #expect(line["list"]?["edition"] == .null)
        #expect(line["source"]?["sha256"]?.stringValue == documents[1].source.sha256)
        #expect(line["source"]?["pages"]?.intValue == 25)
        // Each line is the canonical (RFC 8785) form of its value.
        #expect(try CanonicalJSONWriter.jcs(line) == Array(lines[17]))
    }
}
