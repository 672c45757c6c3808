import CanonicalJSON

/// A JSON Schema (draft 2020-12), compiled once and reusable from any thread.
///
/// Supported: boolean schemas, `$id`, `$anchor`, `$ref` within the document
/// (pointers, anchors, `$id`-relative URIs), `$defs`, the type, enum/const,
/// numeric, string, array and object assertions, and the applicators `allOf`,
/// `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `properties`,
/// `patternProperties`, `additionalProperties`, `propertyNames`,
/// `dependentSchemas`, `prefixItems`, `items`, `contains`.
/// `format` and the content keywords are annotations and are not checked.
/// `$dynamicRef`, `unevaluatedProperties` and `unevaluatedItems` are rejected
/// when the schema is compiled, as are `$ref`s to other documents (nothing is fetched).
public struct JSONSchema: Sendable {
    private let compiled: CompiledSchema

    public init(json: JSONValue) throws {
        compiled = try SchemaCompiler.compile(json)
    }

    public init(bytes: [UInt8]) throws {
        try self.init(json: JSONParser.parse(bytes))
    }

    /// Every violation, sorted by instance path; empty when `instance` is valid.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var evaluator = SchemaEvaluator(nodes: compiled.nodes, collectsErrors: true)
        _ = evaluator.validate(compiled.root, instance)
        return evaluator.errors.sorted {
            ($0.instancePath, $0.schemaPath, $0.message) < ($1.instancePath, $1.schemaPath, $1.message)
        }
    }

    /// Faster than `validate(_:).isEmpty`: stops at the first violation.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = SchemaEvaluator(nodes: compiled.nodes, collectsErrors: false)
        return evaluator.validate(compiled.root, instance)
    }
}

/// One violation: where in the instance, which keyword, and why.
public struct ValidationError: Sendable, Equatable, CustomStringConvertible {
    /// JSON pointer into the instance (`/items/3/seq`); empty for the root.
    public var instancePath: String
    /// JSON pointer to the failing keyword in the schema (`/$defs/item/properties/seq/minimum`).
    public var schemaPath: String
    public var message: String

    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    public var description: String {
        "\(instancePath.isEmpty ? "(root)" : instancePath): \(message)"
    }
}
