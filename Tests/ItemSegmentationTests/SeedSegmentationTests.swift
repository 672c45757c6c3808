import CanonicalJSON
import PowerListModel
import QZQDKit
import Testing
import TestSupport
import ItemSegmentation

/// Stages 1–3 on the two seeds: every item's scalar fields, the summary and
/// the summary/detail diagnostics against the hand-checked gold.
@Suite struct SeedSegmentationTests {
    static let seeds = ["000_53652f109c077542", "002_87517433289be30b"]

    /// The seed through the pipeline, as segmentation left it.
    static func segment(_ seed: String) throws -> SegmentedList {
        try Pipeline.run(bytes: Fixtures.bytes("seeds/\(seed).txt"), fileName: "\(seed).txt").segmented
    }

    @Test(arguments: seeds) func itemsMatchTheGold(seed: String) throws {
        let list = try Self.segment(seed)
        let gold = try Fixtures.json("seeds/\(seed).gold.json")
        let goldItems = gold["items"]?.arrayValue ?? []
        try #require(list.items.count == goldItems.count)
        var diffs: [String] = []
        for (item, expected) in zip(list.items, goldItems) {
            let actual: [String: String?] = [
                "seq": String(item.seq), "seqSource": item.seqSource.rawValue, "category": item.category,
                "categoryRaw": item.categoryRaw, "name": item.name, "mainItem": item.mainItem, "subItem": item.subItem,
                "subject": item.subject, "remarks": item.remarks, "pages": item.pages.map(String.init).joined(separator: ","),
            ]
            for (key, value) in actual.sorted(by: { $0.key < $1.key }) {
                let gold: String? = switch expected[key] {
                case .number(let n): String(Int(n))
                case .string(let s): s
                case .array(let a): a.compactMap(\.intValue).map(String.init).joined(separator: ",")
                default: nil
                }
                let compact = { (s: String?) in s.map { $0.filter { !$0.isWhitespace } } }
                if compact(gold) != compact(value) { diffs.append("item \(item.seq) \(key): expected \(gold ?? "nil"), got \(value ?? "nil")") }
            }
        }
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
    }

    @Test(arguments: seeds) func listFactsAndSummaryMatchTheGold(seed: String) throws {
        let list = try Self.segment(seed)
        let gold = try Fixtures.json("seeds/\(seed).gold.json")
        #expect(list.facts.title == gold["list"]?["title"]?.stringValue)
        #expect(list.facts.region == gold["list"]?["region"]?.stringValue)
        #expect(list.facts.department == gold["list"]?["department"]?.stringValue)
        #expect(list.facts.edition == gold["list"]?["edition"]?.stringValue)
        let groups = gold["summary"]?["groups"]?.arrayValue ?? []
        #expect(list.summary?.declaredTotal == gold["summary"]?["declaredTotal"]?.intValue)
        try #require(list.summary?.groups.count == groups.count)
        for (group, expected) in zip(list.summary?.groups ?? [], groups) {
            #expect(group.categoryRaw == expected["categoryRaw"]?.stringValue)
            #expect(group.category == expected["category"]?.stringValue)
            #expect(group.declaredCount == expected["declaredCount"]?.intValue)
            let names = expected["entries"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(group.entries.map(\.name) == names)
        }
    }

    /// The SPEC's mechanical diagnostics, matched by code and seq as the scorer does.
    @Test(arguments: seeds) func diagnosticsMatchTheGold(seed: String) throws {
        let list = try Self.segment(seed)
        let gold = try Fixtures.json("seeds/\(seed).gold.json")
        let mechanical = Set(DiagnosticCode.mechanical.map(\.rawValue))
        let key = { (code: String, seq: Int?) in "\(code)@\(seq.map(String.init) ?? "null")" }
        let expected = (gold["diagnostics"]?.arrayValue ?? []).compactMap { d -> String? in
            guard let code = d["code"]?.stringValue, mechanical.contains(code) else { return nil }
            return key(code, d["seq"]?.intValue)
        }.sorted()
        let actual = list.diagnostics.filter { mechanical.contains($0.code.rawValue) }.map { key($0.code.rawValue, $0.seq) }.sorted()
        #expect(actual == expected)
    }
}
