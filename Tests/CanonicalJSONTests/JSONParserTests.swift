import CanonicalJSON
import Testing
import TestSupport

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let text = #" { "a": [1, -2.5, 3e2, 0, -0, 1E-2], "b": {"c": null, "d": true, "e": false}, "s": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude02" } "#
        let expected = JSONValue.object([
            "a": .array([.number(1), .number(-2.5), .number(300), .number(0), .number(-0.0), .number(0.01)]),
            "b": .object(["c": .null, "d": .bool(true), "e": .bool(false)]),
            "s": .string("x\"\\/\u{08}\u{0C}\n\r\té😂"),
        ])
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test func keepsNonASCIIText() throws {
        #expect(try JSONParser.parse(#"["赵县医疗保障局", "Å"]"#) == .array([.string("赵县医疗保障局"), .string("Å")]))
    }

    @Test func parsesLargeAndPreciseNumbersExactly() throws {
        #expect(try JSONParser.parse("9007199254740993") == .number(9007199254740992))
        #expect(try JSONParser.parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
        #expect(try JSONParser.parse("0.1") == .number(0.1))
        #expect(try JSONParser.parse("1e-400") == .number(0))
    }

    @Test func skipsALeadingByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)) == .array([]))
    }

    @Test(arguments: [
        ("", JSONParseError.Reason.unexpectedEnd, 0),
        ("[1,]", .unexpectedByte(UInt8(ascii: "]"), expected: "a JSON value"), 3),
        ("{\"a\" 1}", .unexpectedByte(UInt8(ascii: "1"), expected: "':'"), 5),
        ("{\"a\":1,\"a\":2}", .duplicateKey("a"), 7),
        ("[01]", .invalidNumber("leading zeros are not allowed"), 2),
        ("[1.]", .invalidNumber("expected a digit after '.'"), 3),
        ("[-]", .invalidNumber("expected a digit"), 2),
        ("[1e+]", .invalidNumber("expected a digit after the exponent"), 4),
        ("1e400", .numberOutOfRange, 0),
        ("[tru]", .invalidLiteral, 1),
        ("\"\\ud800\"", .loneSurrogate, 1),
        ("\"\\udc00\"", .loneSurrogate, 1),
        ("\"\\ud800\\u0041\"", .loneSurrogate, 1),
        ("\"\\x\"", .invalidEscape, 1),
        ("\"\\u12g4\"", .invalidEscape, 1),
        ("\"a\tb\"", .unescapedControlCharacter(0x09), 2),
        ("[1] x", .trailingContent, 4),
        ("{1:2}", .unexpectedByte(UInt8(ascii: "1"), expected: "a string key"), 1),
        ("\"abc", .unexpectedEnd, 4),
        ("'a'", .unexpectedByte(UInt8(ascii: "'"), expected: "a JSON value"), 0),
        ("NaN", .unexpectedByte(UInt8(ascii: "N"), expected: "a JSON value"), 0),
    ])
    func rejectsInvalidText(_ text: String, _ reason: JSONParseError.Reason, _ offset: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            let parseError = error as? JSONParseError
            return parseError?.reason == reason && parseError?.offset == offset
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) } throws: { ($0 as? JSONParseError)?.reason == .invalidUTF8 }
        #expect { try JSONParser.parse([0x22, 0x5C, 0x6E, 0xFF, 0x22]) } throws: { ($0 as? JSONParseError)?.reason == .invalidUTF8 }
    }

    @Test func reportsLineAndColumn() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": ?\n}") }
        #expect(error?.line == 3)
        #expect(error?.column == 8)
        #expect(error?.description == "JSON parse error at line 3, column 8 (byte 19): unexpected '?', expected a JSON value")
    }

    @Test func limitsNesting() throws {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try JSONParser.parse(deep) }
        let tooDeep = "[" + deep + "]"
        #expect { try JSONParser.parse(tooDeep) } throws: {
            ($0 as? JSONParseError)?.reason == .nestingTooDeep(limit: JSONParser.maximumDepth)
        }
    }

    @Test func parsesTheWholeSchemaTestSuite() throws {
        let names = Fixtures.names(in: "testsuites/json-schema/draft2020-12", endingWith: ".json")
        #expect(names.count > 40)
        for name in names {
            let value = try Fixtures.json("testsuites/json-schema/draft2020-12/" + name)
            #expect(value.arrayValue?.isEmpty == false, "\(name)")
        }
    }
}
