import CanonicalJSON

/// One compiled subschema: the keywords it has, with subschemas replaced by
/// their index in `CompiledSchema.nodes` and patterns compiled.
struct SchemaNode: Sendable {
    /// Where this subschema is in the schema document (a JSON pointer), for messages.
    var location: String
    /// The value of a `true` / `false` schema; `nil` for an object schema.
    var boolean: Bool?

    var ref: Int?
    var refTarget: String?

    var types: [JSONType]?
    var enumeration: [JSONValue]?
    var constant: JSONValue?

    var multipleOf: Double?
    var maximum: Double?
    var exclusiveMaximum: Double?
    var minimum: Double?
    var exclusiveMinimum: Double?

    var maxLength: Int?
    var minLength: Int?
    var pattern: ECMARegex?

    var prefixItems: [Int] = []
    var items: Int?
    var contains: Int?
    var minContains: Int?
    var maxContains: Int?
    var maxItems: Int?
    var minItems: Int?
    var uniqueItems = false

    var maxProperties: Int?
    var minProperties: Int?
    var required: [String] = []
    var dependentRequired: [(property: String, required: [String])] = []
    var properties: [String: Int] = [:]
    var patternProperties: [(pattern: ECMARegex, schema: Int)] = []
    var additionalProperties: Int?
    var propertyNames: Int?
    var dependentSchemas: [(property: String, schema: Int)] = []

    var allOf: [Int] = []
    var anyOf: [Int]?
    var oneOf: [Int]?
    var not: Int?
    var `if`: Int?
    var then: Int?
    var `else`: Int?

    init(location: String, boolean: Bool? = nil) {
        self.location = location
        self.boolean = boolean
    }
}

/// The schema, compiled: every subschema reachable from the root, `$ref`s resolved.
final class CompiledSchema: Sendable {
    let nodes: [SchemaNode]
    let root: Int

    init(nodes: [SchemaNode], root: Int) {
        self.nodes = nodes
        self.root = root
    }
}

/// The primitive types of JSON Schema's `type` keyword.
enum JSONType: String, Sendable, CaseIterable {
    case null, boolean, object, array, number, string, integer

    func matches(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.object, .object), (.array, .array), (.number, .number), (.string, .string):
            true
        case (.integer, .number(let number)):
            number.isFinite && number.rounded(.towardZero) == number
        default:
            false
        }
    }
}
