import CanonicalJSON

/// Turns a schema document into `SchemaNode`s. Every subschema is registered
/// under the URI of each schema resource (`$id`) that encloses it, as
/// `resource#/json/pointer`, and under `resource#anchor` for `$anchor`s, so
/// that `$ref`s, resolved last, are plain look-ups.
struct SchemaCompiler {
    /// Base URI of a root schema without `$id`; only ever used as a key.
    static let defaultBase = URIReference("qzqd:/schema.json")

    private var nodes: [SchemaNode] = []
    private var registry: [String: Int] = [:]
    /// Each schema resource's JSON, so a `$ref` may point into a part that is not itself
    /// reached as a subschema (`#/$defs/a/enum/0` style pointers compile on demand).
    private var resources: [String: JSONValue] = [:]
    private var patterns: [String: ECMARegex] = [:]

    /// Where a subschema sits: its base URI, and its pointer inside each enclosing resource.
    private struct Scope {
        var base: URIReference
        var pointers: [(resource: String, pointer: String)]
        var location: String

        func child(_ tokens: String...) -> Scope {
            let suffix = tokens.map { "/" + JSONPointer.escape($0) }.joined()
            return Scope(base: base, pointers: pointers.map { ($0.resource, $0.pointer + suffix) }, location: location + suffix)
        }
    }

    static func compile(_ document: JSONValue) throws -> CompiledSchema {
        var compiler = SchemaCompiler()
        let base = defaultBase.withoutFragment
        compiler.resources[base] = document
        let root = try compiler.compile(document, in: Scope(base: defaultBase, pointers: [(base, "")], location: ""))
        try compiler.resolveReferences()
        return CompiledSchema(nodes: compiler.nodes, root: root)
    }

    private func key(resource: String, fragment: String) -> String {
        resource + "#" + fragment
    }

    private mutating func compile(_ json: JSONValue, in outerScope: Scope) throws -> Int {
        let index = nodes.count
        guard case .object(let members) = json else {
            guard case .bool(let flag) = json else {
                throw JSONSchemaError(reason: .notASchema, location: outerScope.location)
            }
            nodes.append(SchemaNode(location: outerScope.location, boolean: flag))
            register(index, in: outerScope)
            return index
        }
        var scope = outerScope
        if let id = members["$id"]?.stringValue {
            let resolved = URIReference(id).resolved(against: scope.base)
            let resource = resolved.withoutFragment
            scope.base = resolved
            scope.base.fragment = nil
            scope.pointers.append((resource, ""))
            resources[resource] = json
        }
        nodes.append(SchemaNode(location: scope.location))
        register(index, in: scope)
        for anchorKeyword in ["$anchor", "$dynamicAnchor"] {
            if let anchor = members[anchorKeyword]?.stringValue {
                registry[key(resource: scope.base.withoutFragment, fragment: anchor)] = index
            }
        }
        var node = SchemaNode(location: scope.location)
        let reader = KeywordReader(members: members, location: scope.location)
        if let target = try reader.string("$ref") {
            let resolved = URIReference(target).resolved(against: scope.base)
            node.refTarget = key(resource: resolved.withoutFragment, fragment: JSONPointer.percentDecoded(resolved.fragment ?? ""))
        }
        try compileAssertions(&node, reader)
        try compileApplicators(&node, members: members, scope: scope)
        nodes[index] = node
        return index
    }

    private mutating func register(_ index: Int, in scope: Scope) {
        for (resource, pointer) in scope.pointers {
            registry[key(resource: resource, fragment: pointer)] = index
        }
    }

    private mutating func compileAssertions(_ node: inout SchemaNode, _ reader: KeywordReader) throws {
        for unsupported in ["$dynamicRef", "unevaluatedProperties", "unevaluatedItems"] where reader.members[unsupported] != nil {
            throw JSONSchemaError(reason: .unsupportedKeyword(unsupported), location: reader.location)
        }
        node.types = try reader.types()
        node.enumeration = try reader.array("enum")
        node.constant = reader.members["const"]
        node.multipleOf = try reader.number("multipleOf")
        node.maximum = try reader.number("maximum")
        node.exclusiveMaximum = try reader.number("exclusiveMaximum")
        node.minimum = try reader.number("minimum")
        node.exclusiveMinimum = try reader.number("exclusiveMinimum")
        node.maxLength = try reader.count("maxLength")
        node.minLength = try reader.count("minLength")
        node.pattern = try reader.string("pattern").map { try regex($0, location: reader.location) }
        node.maxItems = try reader.count("maxItems")
        node.minItems = try reader.count("minItems")
        node.uniqueItems = try reader.bool("uniqueItems") ?? false
        node.minContains = try reader.count("minContains")
        node.maxContains = try reader.count("maxContains")
        node.maxProperties = try reader.count("maxProperties")
        node.minProperties = try reader.count("minProperties")
        node.required = try reader.strings("required") ?? []
        node.dependentRequired = try (reader.object("dependentRequired") ?? [:]).sorted { $0.key < $1.key }.map { property, value in
            guard let names = value.arrayValue?.compactMap(\.stringValue), names.count == value.arrayValue?.count else {
                throw JSONSchemaError(reason: .invalidKeyword("dependentRequired", expected: "an object of string arrays"), location: reader.location)
            }
            return (property, names)
        }
    }

    private mutating func compileApplicators(_ node: inout SchemaNode, members: [String: JSONValue], scope: Scope) throws {
        func subschema(_ keyword: String) throws -> Int? {
            guard let value = members[keyword] else { return nil }
            return try compile(value, in: scope.child(keyword))
        }
        func subschemaArray(_ keyword: String) throws -> [Int]? {
            guard let value = members[keyword] else { return nil }
            guard let elements = value.arrayValue, !elements.isEmpty else {
                throw JSONSchemaError(reason: .invalidKeyword(keyword, expected: "a non-empty array of schemas"), location: scope.location)
            }
            return try elements.enumerated().map { try compile($0.element, in: scope.child(keyword, String($0.offset))) }
        }
        func subschemaMap(_ keyword: String) throws -> [(String, Int)] {
            guard let value = members[keyword] else { return [] }
            guard let entries = value.objectValue else {
                throw JSONSchemaError(reason: .invalidKeyword(keyword, expected: "an object of schemas"), location: scope.location)
            }
            return try entries.sorted { $0.key < $1.key }.map { ($0.key, try compile($0.value, in: scope.child(keyword, $0.key))) }
        }

        _ = try subschemaMap("$defs")
        node.prefixItems = try subschemaArray("prefixItems") ?? []
        node.items = try subschema("items")
        node.contains = try subschema("contains")
        node.properties = Dictionary(uniqueKeysWithValues: try subschemaMap("properties"))
        node.patternProperties = try subschemaMap("patternProperties").map { (try regex($0.0, location: scope.location), $0.1) }
        node.additionalProperties = try subschema("additionalProperties")
        node.propertyNames = try subschema("propertyNames")
        node.dependentSchemas = try subschemaMap("dependentSchemas")
        node.allOf = try subschemaArray("allOf") ?? []
        node.anyOf = try subschemaArray("anyOf")
        node.oneOf = try subschemaArray("oneOf")
        node.not = try subschema("not")
        node.if = try subschema("if")
        node.then = try subschema("then")
        node.else = try subschema("else")
    }

    private mutating func regex(_ source: String, location: String) throws -> ECMARegex {
        if let cached = patterns[source] { return cached }
        do {
            let compiled = try ECMARegex(source)
            patterns[source] = compiled
            return compiled
        } catch {
            throw JSONSchemaError(reason: .invalidPattern(source), location: location)
        }
    }

    /// Resolves every `$ref`, compiling the targets that are not subschemas of their own.
    private mutating func resolveReferences() throws {
        var index = 0
        while index < nodes.count {
            defer { index += 1 }
            guard let target = nodes[index].refTarget else { continue }
            nodes[index].ref = try lookUp(target, from: nodes[index].location)
        }
    }

    private mutating func lookUp(_ target: String, from location: String) throws -> Int {
        if let found = registry[target] { return found }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let resource = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : ""
        guard let document = resources[resource], let tokens = JSONPointer.tokens(fragment),
              let value = JSONPointer.resolve(tokens, in: document)
        else {
            throw JSONSchemaError(reason: .unresolvableReference(target), location: location)
        }
        let base = URIReference(resource)
        return try compile(value, in: Scope(base: base, pointers: [(resource, fragment)], location: location + "/$ref"))
    }
}
