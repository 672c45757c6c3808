import CanonicalJSON
import JSONSchemaValidation
import Testing

@Suite struct JSONSchemaTests {
    static let itemSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["items"],
          "additionalProperties": false,
          "properties": {
            "items": { "type": "array", "items": { "$ref": "#/$defs/item" } }
          },
          "$defs": {
            "item": {
              "type": "object",
              "required": ["seq", "name", "remarks"],
              "additionalProperties": false,
              "properties": {
                "seq": { "type": "integer", "minimum": 1 },
                "name": { "type": "string", "minLength": 1 },
                "remarks": { "type": ["string", "null"] },
                "code": { "type": "string", "pattern": "^[0-9a-f]{4}$" }
              }
            }
          }
        }
        """#

    static func schema(_ text: String) throws -> JSONSchema {
        try JSONSchema(json: JSONParser.parse(text))
    }

    @Test func reportsEveryViolationWithItsPath() throws {
        let schema = try Self.schema(Self.itemSchema)
        let instance = try JSONParser.parse(#"""
            {"items": [
              {"seq": 1, "name": "甲", "remarks": null},
              {"seq": 0.5, "name": "", "remarks": 3, "code": "12345", "extra": true},
              {"name": "乙", "remarks": "x"}
            ], "other": 1}
            """#)
        let errors = schema.validate(instance)
        #expect(errors.map(\.description) == [
            "(root): property \"other\" is not allowed",
            "/items/1: property \"extra\" is not allowed",
            "/items/1/code: \"12345\" does not match the pattern ^[0-9a-f]{4}$",
            "/items/1/name: must have at least 1 characters, has 0",
            "/items/1/remarks: expected string or null, got integer",
            "/items/1/seq: 0.5 must be >= 1",
            "/items/1/seq: expected integer, got number",
            "/items/2: missing required property \"seq\"",
        ])
        #expect(errors[5].schemaPath == "/$defs/item/properties/seq/minimum")
        #expect(!schema.isValid(instance))
    }

    @Test func acceptsAValidInstance() throws {
        let schema = try Self.schema(Self.itemSchema)
        let instance = try JSONParser.parse(#"{"items": [{"seq": 2, "name": "甲", "remarks": null, "code": "00af"}]}"#)
        #expect(schema.validate(instance).isEmpty)
        #expect(schema.isValid(instance))
    }

    @Test func resolvesReferencesRelativeToEmbeddedIDs() throws {
        let schema = try Self.schema(#"""
            {
              "$id": "https://example.com/root.json",
              "$defs": {
                "positive": { "$id": "numbers/positive.json", "type": "integer", "exclusiveMinimum": 0 },
                "named": { "$anchor": "named", "type": "string" }
              },
              "type": "object",
              "properties": {
                "count": { "$ref": "numbers/positive.json" },
                "label": { "$ref": "#named" },
                "again": { "$ref": "https://example.com/numbers/positive.json" }
              }
            }
            """#)
        #expect(schema.isValid(try JSONParser.parse(#"{"count": 3, "label": "a", "again": 1}"#)))
        #expect(schema.validate(try JSONParser.parse(#"{"count": 0, "label": 1}"#)).map(\.description) == [
            "/count: 0 must be > 0",
            "/label: expected string, got integer",
        ])
    }

    @Test func reportsCombinatorFailuresAtTheirInstance() throws {
        let schema = try Self.schema(#"""
            {"oneOf": [{"type": "integer"}, {"minimum": 2}], "not": {"const": 5}}
            """#)
        #expect(schema.validate(.number(3)).map(\.description) == ["(root): matches 2 of the 2 oneOf schemas; exactly one must match"])
        #expect(schema.validate(.number(5)).map(\.message) == [
            "must not match the schema in \"not\"",
            "matches 2 of the 2 oneOf schemas; exactly one must match",
        ])
        #expect(schema.isValid(.number(1)))
    }

    @Test func stopsAReferenceLoopThatNeverConsumesTheInstance() throws {
        let schema = try Self.schema(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
        #expect(schema.validate(.null).first?.message == "schema references loop without end")
    }

    @Test(arguments: [
        (#"{"minimum": "1"}"#, "the root schema: \"minimum\" must be a number"),
        (#"{"properties": {"a": {"maxLength": -1}}}"#, "schema at /properties/a: \"maxLength\" must be a non-negative integer"),
        (#"{"type": "text"}"#, "the root schema: \"type\" must be a type name or an array of type names"),
        (#"{"pattern": "(unclosed"}"#, "the root schema: invalid regular expression \"(unclosed\""),
        (##"{"items": {"$ref": "#/$defs/missing"}}"##, "schema at /items: cannot resolve $ref \"qzqd:/schema.json#/$defs/missing\""),
        (#"{"$ref": "https://example.com/other.json"}"#, "the root schema: cannot resolve $ref \"https://example.com/other.json#\""),
        (#"{"unevaluatedProperties": false}"#, "the root schema: keyword \"unevaluatedProperties\" is not supported"),
        (#"{"allOf": []}"#, "the root schema: \"allOf\" must be a non-empty array of schemas"),
        (#"{"not": 1}"#, "schema at /not: a schema must be an object or a boolean"),
    ])
    func rejectsInvalidSchemas(_ text: String, _ message: String) throws {
        #expect {
            try Self.schema(text)
        } throws: { error in
            (error as? JSONSchemaError)?.description == message
        }
    }

    @Test func countsStringLengthInCodePoints() throws {
        let schema = try Self.schema(#"{"maxLength": 2}"#)
        #expect(schema.isValid(.string("赵县")))
        #expect(schema.isValid(.string("😂😂")))
        #expect(!schema.isValid(.string("e\u{301}e")))
    }

    @Test func searchesPatternsUnanchoredOverCodePoints() throws {
        let schema = try Self.schema(#"{"patternProperties": {"^\\d+$": {"type": "integer"}, "县": {"type": "string"}}}"#)
        #expect(schema.isValid(try JSONParser.parse(#"{"12": 1, "赵县局": "x", "١٢": "not ASCII digits"}"#)))
        #expect(!schema.isValid(try JSONParser.parse(#"{"12": "x"}"#)))
        #expect(!schema.isValid(try JSONParser.parse(#"{"赵县局": 1}"#)))
    }
}
