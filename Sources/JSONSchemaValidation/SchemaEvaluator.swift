import CanonicalJSON

/// Applies compiled nodes to an instance. When `collectsErrors` is off (inside
/// `anyOf`, `not`, `contains` … and for `isValid`) it stops at the first failure
/// and builds no messages.
struct SchemaEvaluator {
    /// Deeper than this, a `$ref` cycle is taken to never consume the instance.
    static let maximumDepth = 512

    private enum PathToken {
        case key(String)
        case index(Int)
    }

    let nodes: [SchemaNode]
    private(set) var collectsErrors: Bool
    private(set) var errors: [ValidationError] = []
    private var path: [PathToken] = []
    private var depth = 0

    init(nodes: [SchemaNode], collectsErrors: Bool) {
        self.nodes = nodes
        self.collectsErrors = collectsErrors
    }

    mutating func validate(_ index: Int, _ instance: JSONValue) -> Bool {
        let node = nodes[index]
        if let flag = node.boolean {
            return flag || fail(node, keyword: nil, "no value is allowed here")
        }
        guard depth < Self.maximumDepth else { return fail(node, keyword: "$ref", "schema references loop without end") }
        depth += 1
        defer { depth -= 1 }

        var valid = true
        if let ref = node.ref { valid = validate(ref, instance) }
        if valid || collectsErrors { valid = validateValue(node, instance) && valid }
        if valid || collectsErrors {
            switch instance {
            case .number(let number): valid = validateNumber(node, number) && valid
            case .string(let string): valid = validateString(node, string) && valid
            case .array(let elements): valid = validateArray(node, elements) && valid
            case .object(let members): valid = validateObject(node, members) && valid
            case .null, .bool: break
            }
        }
        if valid || collectsErrors { valid = validateCombinators(node, instance) && valid }
        return valid
    }

    // MARK: Reporting

    /// Records a failure (when collecting) and returns `false`.
    mutating func fail(_ node: SchemaNode, keyword: String?, _ message: @autoclosure () -> String) -> Bool {
        if collectsErrors {
            let schemaPath = keyword.map { node.location + "/" + JSONPointer.escape($0) } ?? node.location
            errors.append(ValidationError(instancePath: instancePath, schemaPath: schemaPath, message: message()))
        }
        return false
    }

    private var instancePath: String {
        path.map {
            switch $0 {
            case .key(let key): "/" + JSONPointer.escape(key)
            case .index(let index): "/\(index)"
            }
        }.joined()
    }

    /// Validates a member or element, with the path extended for messages.
    mutating func validate(_ index: Int, _ instance: JSONValue, key: String) -> Bool {
        path.append(.key(key))
        defer { path.removeLast() }
        return validate(index, instance)
    }

    mutating func validate(_ index: Int, _ instance: JSONValue, at position: Int) -> Bool {
        path.append(.index(position))
        defer { path.removeLast() }
        return validate(index, instance)
    }

    /// Whether `instance` is valid, without reporting anything.
    mutating func matches(_ index: Int, _ instance: JSONValue) -> Bool {
        let collected = collectsErrors
        collectsErrors = false
        defer { collectsErrors = collected }
        return validate(index, instance)
    }

    // MARK: Combinators

    private mutating func validateCombinators(_ node: SchemaNode, _ instance: JSONValue) -> Bool {
        var valid = true
        for subschema in node.allOf {
            valid = validate(subschema, instance) && valid
            if !valid && !collectsErrors { return false }
        }
        if let anyOf = node.anyOf, !anyOf.contains(where: { matches($0, instance) }) {
            valid = fail(node, keyword: "anyOf", "does not match any of the \(anyOf.count) anyOf schemas")
        }
        if let oneOf = node.oneOf {
            let matching = oneOf.filter { matches($0, instance) }.count
            if matching != 1 {
                valid = fail(node, keyword: "oneOf", "matches \(matching) of the \(oneOf.count) oneOf schemas; exactly one must match")
            }
        }
        if let not = node.not, matches(not, instance) {
            valid = fail(node, keyword: "not", "must not match the schema in \"not\"")
        }
        if let condition = node.if {
            if matches(condition, instance) {
                if let then = node.then { valid = validate(then, instance) && valid }
            } else if let otherwise = node.else {
                valid = validate(otherwise, instance) && valid
            }
        }
        return valid
    }
}
