import CanonicalJSON
import Emission
import PowerListModel
import Testing

@Suite struct DocumentDecoderTests {
    static func sample() -> JSONValue {
        DocumentEncoder.encode(SampleDocument.make())
    }

    static func replacing(_ value: JSONValue, at path: [String], in json: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        switch json {
        case .object(var members):
            members[key] = replacing(value, at: Array(path.dropFirst()), in: members[key] ?? .null)
            return .object(members)
        case .array(var elements):
            let index = Int(key)!
            elements[index] = replacing(value, at: Array(path.dropFirst()), in: elements[index])
            return .array(elements)
        default:
            return json
        }
    }

    @Test func decodesWhatTheEncoderWrites() throws {
        #expect(try DocumentDecoder.decode(Self.sample()) == SampleDocument.make())
    }

    /// Every kind of place survives the round trip, and the schema takes it.
    @Test func decodesProvenanceOfEveryKindOfPlace() throws {
        var document = SampleDocument.make()
        document.items[0].provenance = Provenance(fields: [
            "basis": [.pageBox(page: 3, box: PageBox(x0: 230.1, y0: 201, x1: 402.7, y1: 540.2)), .pageBox(page: 4, box: PageBox(x0: 230.1, y0: 80.3, x1: 402.7, y1: 131))],
            "subject": [.sheetCell(sheet: "分表", row: 5, column: 4)],
            "remarks": [.tableCell(table: 2, row: 5, column: 8)],
            "行使层级": [.lines(first: 120, last: 121)],
        ])
        let json = DocumentEncoder.encode(document)
        #expect(json["items"]?.arrayValue?.first?["provenance"]?["subject"] == .array([.object(["sheet": .string("分表"), "row": .int(5), "column": .int(4)])]))
        #expect(try DocumentDecoder.decode(json) == document)
        _ = try DocumentEmitter.emit(document)
    }

    @Test func refusesAPlaceOfNoKnownShape() throws {
        let json = Self.replacing(.object(["name": .array([.object(["lines": .array([.int(3)])])])]), at: ["items", "0", "provenance"], in: Self.sample())
        #expect(throws: DocumentDecodingError.self) { try DocumentDecoder.decode(json) }
    }

    @Test(arguments: [
        (["items", "0", "seq"], JSONValue.string("1"), "items[0].seq: expected an integer, got string"),
        (["items", "0", "basis", "provisions", "0", "citations", "0", "articles", "0"], .int(84),
         "items[0].basis.provisions[0].citations[0].articles[0]: expected a string, got integer"),
        (["items", "0", "seqSource"], .string("guessed"), "items[0].seqSource: \"guessed\" is not one of printed, inferred"),
        (["diagnostics", "0", "severity"], .string("fatal"), "diagnostics[0].severity: \"fatal\" is not one of error, warning, info"),
        (["source", "format"], .string("pages"), "source.format: \"pages\" is not one of pdf, text, html, docx, xlsx, doc, xls, wps, et, odt, ods, rtf"),
        (["schemaVersion"], .string("2.0"), "schemaVersion: unsupported version \"2.0\", expected \"1.0\""),
        (["list"], .array([]), "list: expected an object, got array"),
        (["items", "0", "pages", "1"], .number(4.5), "items[0].pages[1]: expected an integer, got number"),
        (["items", "0", "extra", "行使层级"], .null, "items[0].extra.行使层级: expected a string, got null"),
    ])
    func reportsWhereADocumentIsMalformed(_ path: [String], _ value: JSONValue, _ message: String) {
        let json = Self.replacing(value, at: path, in: Self.sample())
        #expect {
            try DocumentDecoder.decode(json)
        } throws: { error in
            (error as? DocumentDecodingError)?.description == message
        }
    }

    @Test func reportsAMissingMember() {
        guard case .object(var members) = Self.sample() else { return }
        members["items"] = nil
        #expect(throws: DocumentDecodingError(path: "items", message: "missing")) { try DocumentDecoder.decode(.object(members)) }
    }

    @Test func decodesUnknownDiagnosticCodes() throws {
        let json = Self.replacing(.string("reviewer-note"), at: ["diagnostics", "0", "code"], in: Self.sample())
        let document = try DocumentDecoder.decode(json)
        #expect(document.diagnostics[0].code.rawValue == "reviewer-note")
        #expect(DocumentEncoder.encode(document) == json)
    }
}
