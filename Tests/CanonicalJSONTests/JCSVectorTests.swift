import CanonicalJSON
import Testing
import TestSupport

/// RFC 8785's reference vectors: every `input/X.json` canonicalizes to `output/X.json`, byte for byte.
@Suite struct JCSVectorTests {
    static let vectors = Fixtures.names(in: "testsuites/jcs-rfc8785/input", endingWith: ".json")

    @Test func allVectorsAreFound() {
        #expect(Self.vectors == ["arrays.json", "french.json", "structures.json", "unicode.json", "values.json", "weird.json"])
    }

    @Test(arguments: vectors)
    func canonicalizesToReferenceOutput(_ name: String) throws {
        let input = try Fixtures.json("testsuites/jcs-rfc8785/input/" + name)
        let expected = try Fixtures.bytes("testsuites/jcs-rfc8785/output/" + name)
        let actual = try CanonicalJSONWriter.jcs(input)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(actual == expected)
    }

    @Test func unnormalizedUnicodeKeepsItsScalars() throws {
        let value = try JSONParser.parse(#""A\u030a""#)
        #expect(try CanonicalJSONWriter.jcs(value) == [0x22, 0x41, 0xCC, 0x8A, 0x22])
    }

    @Test func keysSortByUTF16CodeUnitsNotScalars() throws {
        // U+FB33 sorts after U+1F602 in UTF-16 (0xFB33 > 0xD83D) though its scalar value is smaller.
        let value = JSONValue.object(["\u{FB33}": .int(1), "\u{1F602}": .int(2), "a": .int(3)])
        #expect(String(decoding: try CanonicalJSONWriter.jcs(value), as: UTF8.self) == "{\"a\":3,\"\u{1F602}\":2,\"\u{FB33}\":1}")
    }

    @Test func nonFiniteNumbersAreRejected() {
        #expect(throws: CanonicalJSONError.nonFiniteNumber(.infinity)) { try CanonicalJSONWriter.jcs(.array([.number(.infinity)])) }
        #expect(throws: CanonicalJSONError.self) { try CanonicalJSONWriter.pretty(.number(.nan)) }
    }
}
