import CanonicalJSON
import Foundation
import PowerListModel
import Testing
import TestSupport
@testable import QZQDKit

/// The whole pipeline on every fixture document, compared with its
/// hand-checked gold field by field: items (every field, every list
/// element, every citation), list facts, the summary, and the SPEC's
/// mechanical diagnostics by code and item. Strings are compared as the
/// scorer compares them — with white space removed — because where a line
/// break becomes a space is not the content (SPEC.md, normalization).
@Suite struct GoldenDocumentTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        var input: String
        var gold: String
        var format: String
        var testDescription: String { input }
    }

    static let fixtures = [
        Fixture(input: "seeds/000_53652f109c077542.txt", gold: "seeds/000_53652f109c077542.gold.json", format: "text"),
        Fixture(input: "seeds/002_87517433289be30b.txt", gold: "seeds/002_87517433289be30b.gold.json", format: "text"),
        Fixture(input: "corpus/zhao-yibao.pdf", gold: "corpus/zhao-yibao.gold.json", format: "pdf"),
        Fixture(input: "corpus/xiangdu-yibao.pdf", gold: "corpus/xiangdu-yibao.gold.json", format: "pdf"),
        Fixture(input: "layouts2/zhao-yibao-section-category.pdf", gold: "layouts2/zhao-yibao-section-category.gold.json", format: "pdf"),
        Fixture(input: "layouts2/xiangdu-yibao-group-header.pdf", gold: "layouts2/xiangdu-yibao-group-header.gold.json", format: "pdf"),
        Fixture(input: "layouts2/zhao-yibao-excel.pdf", gold: "layouts2/zhao-yibao-excel.gold.json", format: "pdf"),
        Fixture(input: "layouts2/xiangdu-yibao-sideways.pdf", gold: "layouts2/xiangdu-yibao-sideways.gold.json", format: "pdf"),
    ] + besideTheirGolds(in: "formats") + besideTheirGolds(in: "otherlists") + Fixtures.names(in: "portal", endingWith: ".gold.json").map { gold in
        Fixture(input: "portal/" + gold.dropLast(".gold.json".count), gold: "portal/" + gold, format: "text")
    }

    /// Every `<file>.gold.json` of a directory with its `<file>`, read as its extension says.
    static func besideTheirGolds(in directory: String) -> [Fixture] {
        Fixtures.names(in: directory, endingWith: ".gold.json").map { gold in
            let input = String(gold.dropLast(".gold.json".count))
            let format = switch input.split(separator: ".").last {
            case "docx": "docx"
            case "xlsx": "xlsx"
            case "html": "html"
            case "pdf": "pdf"
            default: "text"
            }
            return Fixture(input: directory + "/" + input, gold: directory + "/" + gold, format: format)
        }
    }

    static let mechanicalCodes = Set(DiagnosticCode.mechanical.map(\.rawValue))

    @Test(arguments: fixtures) func documentMatchesItsGold(fixture: Fixture) throws {
        let output = try Converter.convert(fileAt: Fixtures.path(fixture.input))
        let actual = try JSONParser.parse(output.json)
        let gold = try Fixtures.json(fixture.gold)

        for key in ["items", "list", "summary"] {
            // Items are matched by 序号, as the scorer matches them: a list kept one
            // sheet per category prints them in another order than its gold lists them.
            let expected = key == "items" ? Self.bySeq(gold[key]) : gold[key], found = key == "items" ? Self.bySeq(actual[key]) : actual[key]
            let diffs = JSONDiff.differences(expected: Self.compact(expected ?? .null), actual: Self.compact(found ?? .null))
            #expect(diffs.isEmpty, "\(key): \(diffs.count) differences\n\(diffs.prefix(20).joined(separator: "\n"))")
        }
        #expect(actual["source"]?["format"]?.stringValue == fixture.format)
        #expect(actual["source"]?["pages"] == gold["source"]?["pages"])
        #expect(Self.mechanicalDiagnostics(actual) == Self.mechanicalDiagnostics(gold))
    }

    @Test(arguments: fixtures) func outputIsByteIdenticalAcrossRuns(fixture: Fixture) throws {
        let first = try Converter.convert(fileAt: Fixtures.path(fixture.input)).json
        let second = try Converter.convert(fileAt: Fixtures.path(fixture.input)).json
        #expect(first == second)
    }

    static func mechanicalDiagnostics(_ document: JSONValue) -> [String] {
        (document["diagnostics"]?.arrayValue ?? []).compactMap { diagnostic -> String? in
            guard let code = diagnostic["code"]?.stringValue, mechanicalCodes.contains(code) else { return nil }
            return "\(code)@\(diagnostic["seq"]?.intValue.map(String.init) ?? "null")"
        }.sorted()
    }

    static func bySeq(_ items: JSONValue?) -> JSONValue? {
        items?.arrayValue.map { .array($0.sorted { ($0["seq"]?.intValue ?? 0) < ($1["seq"]?.intValue ?? 0) }) }
    }

    /// Every string without its white space.
    static func compact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .string(text.filter { !$0.isWhitespace })
        case .array(let elements): .array(elements.map(compact))
        case .object(let members): .object(members.mapValues(compact))
        default: value
        }
    }
}
