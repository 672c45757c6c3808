import CanonicalJSON
import Emission
import PowerListModel
import Testing
import TestSupport

@Suite struct DocumentEmitterTests {
    @Test func writesEveryFieldWithNullsForAbsentValues() throws {
        let json = try JSONParser.parse(DocumentEmitter.emit(SampleDocument.make()))
        #expect(json["schemaVersion"] == .string("1.0"))
        #expect(json["list"]?["edition"] == .null)
        let item = try #require(json["items"]?.arrayValue?.first)
        #expect(item.objectValue?.count == 15)
        #expect(item["remarks"] == .null)
        #expect(item["code"] == .null)
        #expect(item["extra"] == .object(["行使层级": .string("县级")]))
        #expect(item["pages"] == .array([.int(3), .int(4)]))
        #expect(json["diagnostics"] == .array([.object([
            "severity": .string("warning"), "code": .string("summary-total-mismatch"), "seq": .null, "message": .string("总表合计1项"),
        ])]))
    }

    @Test func writesTextInputsWithNullPagesAndNoSummary() throws {
        var document = SampleDocument.make()
        document.source.format = .text
        document.source.pages = nil
        document.summary = nil
        document.items[0].pages = []
        let json = try JSONParser.parse(DocumentEmitter.emit(document))
        #expect(json["source"]?["pages"] == .null)
        #expect(json["source"]?["format"] == .string("text"))
        #expect(json["summary"] == .null)
        #expect(try DocumentDecoder.decode(json) == document)
    }

    @Test func canonicalOutputIsPrettyAndJCSOutputIsCompact() throws {
        let document = SampleDocument.make()
        let pretty = String(decoding: try DocumentEmitter.emit(document), as: UTF8.self)
        let compact = String(decoding: try DocumentEmitter.emit(document, style: .jcs), as: UTF8.self)
        #expect(pretty.hasPrefix("{\n  \"diagnostics\": [\n    {\n      \"code\": \"summary-total-mismatch\",\n"))
        #expect(pretty.hasSuffix("\n  \"schemaVersion\": \"1.0\",\n  \"source\": {\n    \"file\": \"赵县医疗保障局权责清单.pdf\",\n    \"format\": \"pdf\",\n    \"pages\": 25,\n    \"sha256\": \"\(String(repeating: "ab", count: 32))\"\n  },\n  \"summary\": {\n    \"declaredTotal\": 1,\n    \"groups\": [\n      {\n        \"category\": \"行政处罚\",\n        \"categoryRaw\": \"行政处罚\",\n        \"declaredCount\": 1,\n        \"entries\": [\n          {\n            \"name\": \"对用人单位不办理医疗保险登记的处罚\",\n            \"seq\": 1\n          }\n        ]\n      }\n    ]\n  }\n}\n"))
        #expect(compact.hasPrefix(#"{"diagnostics":[{"code":"summary-total-mismatch","message":"总表合计1项","seq":null,"severity":"warning"}],"items":[{"accountability":"#))
        #expect(try JSONParser.parse(pretty) == JSONParser.parse(compact))
    }

    @Test func refusesADocumentThatBreaksTheSchema() {
        var document = SampleDocument.make()
        document.items[0].seq = 0
        document.items[0].extra = ["": "无表头"]
        document.source.sha256 = "ABC"
        document.diagnostics.append(Diagnostic(.info, DiagnosticCode(rawValue: "Not Kebab"), seq: 1, "x"))
        #expect(throws: EmissionError.schemaViolation([
            "/diagnostics/1/code: \"Not Kebab\" does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$",
            "/items/0/extra/: must have at least 1 characters, has 0",
            "/items/0/seq: 0 must be >= 1",
            "/source/sha256: \"ABC\" does not match the pattern ^[0-9a-f]{64}$",
        ])) {
            try DocumentEmitter.emit(document)
        }
    }

    @Test func equalDocumentsGiveIdenticalBytes() throws {
        var document = SampleDocument.make()
        document.items[0].extra = Dictionary(uniqueKeysWithValues: (0..<50).map { ("列\($0)", "值\($0)") })
        var rebuilt = document
        rebuilt.items[0].extra = Dictionary(uniqueKeysWithValues: (0..<50).reversed().map { ("列\($0)", "值\($0)") })
        #expect(try DocumentEmitter.emit(document) == DocumentEmitter.emit(rebuilt))
    }
}
