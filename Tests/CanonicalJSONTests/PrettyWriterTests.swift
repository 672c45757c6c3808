import CanonicalJSON
import Testing
import TestSupport

@Suite struct PrettyWriterTests {
    static func pretty(_ value: JSONValue) throws -> String {
        String(decoding: try CanonicalJSONWriter.pretty(value), as: UTF8.self)
    }

    @Test func writesSortedIndentedMembers() throws {
        let value = JSONValue.object([
            "name": .string("对用人单位\"处罚\"\n"),
            "seq": .int(12),
            "pages": .array([.int(3), .int(4)]),
            "extra": .object([:]),
            "steps": .array([]),
            "ratio": .number(0.5),
            "code": .null,
            "ok": .bool(true),
        ])
        let expected = """
            {
              "code": null,
              "extra": {},
              "name": "对用人单位\\"处罚\\"\\n",
              "ok": true,
              "pages": [
                3,
                4
              ],
              "ratio": 0.5,
              "seq": 12,
              "steps": []
            }

            """
        #expect(try Self.pretty(value) == expected)
    }

    @Test func writesScalarsAtTheTopLevel() throws {
        #expect(try Self.pretty(.string("a")) == "\"a\"\n")
        #expect(try Self.pretty(.array([])) == "[]\n")
    }

    @Test func escapesOnlyQuotesBackslashesAndControls() throws {
        let value = JSONValue.string("\u{01}\u{1F}\u{7F}\u{2028}é\t")
        #expect(try Self.pretty(value) == "\"\\u0001\\u001f\u{7F}\u{2028}é\\t\"\n")
    }

    @Test func equalValuesGiveIdenticalBytes() throws {
        var forward: [String: JSONValue] = [:]
        var backward: [String: JSONValue] = [:]
        let keys = (0..<200).map { "key\($0)" }
        for key in keys { forward[key] = .string(key) }
        for key in keys.reversed() { backward[key] = .string(key) }
        #expect(try CanonicalJSONWriter.pretty(.object(forward)) == CanonicalJSONWriter.pretty(.object(backward)))
    }

    @Test(arguments: ["seeds/000_53652f109c077542.gold.json", "seeds/002_87517433289be30b.gold.json",
                      "corpus/xiangdu-yibao.gold.json", "corpus/zhao-yibao.gold.json"])
    func goldFilesRoundTrip(_ relative: String) throws {
        let value = try Fixtures.json(relative)
        let pretty = try CanonicalJSONWriter.pretty(value)
        #expect(try JSONParser.parse(pretty) == value)
        #expect(try CanonicalJSONWriter.pretty(JSONParser.parse(pretty)) == pretty)
        #expect(try JSONParser.parse(CanonicalJSONWriter.jcs(value)) == value)
    }
}
