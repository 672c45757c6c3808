import CanonicalJSON

/// The keywords that apply to one kind of instance.
extension SchemaEvaluator {
    mutating func validateValue(_ node: SchemaNode, _ instance: JSONValue) -> Bool {
        var valid = true
        if let types = node.types, !types.contains(where: { $0.matches(instance) }) {
            let expected = types.map(\.rawValue).joined(separator: " or ")
            valid = fail(node, keyword: "type", "expected \(expected), got \(instance.typeName)")
        }
        if let allowed = node.enumeration, !allowed.contains(instance) {
            valid = fail(node, keyword: "enum", "\(Self.render(instance)) is not one of \(Self.render(allowed))")
        }
        if let constant = node.constant, instance != constant {
            valid = fail(node, keyword: "const", "must be \(Self.render(constant)), got \(Self.render(instance))")
        }
        return valid
    }

    mutating func validateNumber(_ node: SchemaNode, _ number: Double) -> Bool {
        var valid = true
        func check(_ bound: Double?, _ keyword: String, _ relation: String, _ holds: (Double, Double) -> Bool) {
            if let bound, !holds(number, bound) {
                valid = fail(node, keyword: keyword, "\(Self.render(.number(number))) must be \(relation) \(Self.render(.number(bound)))")
            }
        }
        check(node.maximum, "maximum", "<=", <=)
        check(node.exclusiveMaximum, "exclusiveMaximum", "<", <)
        check(node.minimum, "minimum", ">=", >=)
        check(node.exclusiveMinimum, "exclusiveMinimum", ">", >)
        if let divisor = node.multipleOf, !Self.isMultiple(number, of: divisor) {
            valid = fail(node, keyword: "multipleOf", "\(Self.render(.number(number))) is not a multiple of \(Self.render(.number(divisor)))")
        }
        return valid
    }

    /// Exact for integers; otherwise up to the rounding error of the division
    /// (0.0075 is a multiple of 0.0001 though 0.0075 / 0.0001 is 74.99999999999999).
    static func isMultiple(_ number: Double, of divisor: Double) -> Bool {
        if number.rounded(.towardZero) == number && divisor.rounded(.towardZero) == divisor {
            return number.truncatingRemainder(dividingBy: divisor) == 0
        }
        let quotient = number / divisor
        guard quotient.isFinite else { return false }
        return (quotient - quotient.rounded()).magnitude <= quotient.magnitude * 1e-12
    }

    mutating func validateString(_ node: SchemaNode, _ string: String) -> Bool {
        var valid = true
        // Lengths count code points, not grapheme clusters. A code point takes 1 to 4
        // UTF-8 bytes, so the byte count usually settles a bound without counting.
        let bytes = string.utf8.count
        if let maxLength = node.maxLength, bytes > maxLength, string.unicodeScalars.count > maxLength {
            valid = fail(node, keyword: "maxLength", "must have at most \(maxLength) characters, has \(string.unicodeScalars.count)")
        }
        if let minLength = node.minLength, bytes < 4 * minLength, string.unicodeScalars.count < minLength {
            valid = fail(node, keyword: "minLength", "must have at least \(minLength) characters, has \(string.unicodeScalars.count)")
        }
        if let pattern = node.pattern, !pattern.matches(string) {
            valid = fail(node, keyword: "pattern", "\(Self.render(.string(string))) does not match the pattern \(pattern.source)")
        }
        return valid
    }

    mutating func validateArray(_ node: SchemaNode, _ elements: [JSONValue]) -> Bool {
        var valid = true
        if let maxItems = node.maxItems, elements.count > maxItems {
            valid = fail(node, keyword: "maxItems", "must have at most \(maxItems) elements, has \(elements.count)")
        }
        if let minItems = node.minItems, elements.count < minItems {
            valid = fail(node, keyword: "minItems", "must have at least \(minItems) elements, has \(elements.count)")
        }
        if node.uniqueItems {
            var seen = Set<JSONValue>()
            if let duplicate = elements.first(where: { !seen.insert($0).inserted }) {
                valid = fail(node, keyword: "uniqueItems", "elements must be unique; \(Self.render(duplicate)) repeats")
            }
        }
        for (position, element) in elements.enumerated() {
            guard valid || collectsErrors else { return false }
            if position < node.prefixItems.count {
                valid = validate(node.prefixItems[position], element, at: position) && valid
            } else if let items = node.items {
                valid = validate(items, element, at: position) && valid
            }
        }
        if let contains = node.contains {
            let count = elements.count { matches(contains, $0) }
            let minimum = node.minContains ?? 1
            if count < minimum {
                valid = fail(node, keyword: "contains", "must contain at least \(minimum) matching elements, has \(count)")
            }
            if let maximum = node.maxContains, count > maximum {
                valid = fail(node, keyword: "maxContains", "must contain at most \(maximum) matching elements, has \(count)")
            }
        }
        return valid
    }

    mutating func validateObject(_ node: SchemaNode, _ members: [String: JSONValue]) -> Bool {
        var valid = true
        if let maxProperties = node.maxProperties, members.count > maxProperties {
            valid = fail(node, keyword: "maxProperties", "must have at most \(maxProperties) properties, has \(members.count)")
        }
        if let minProperties = node.minProperties, members.count < minProperties {
            valid = fail(node, keyword: "minProperties", "must have at least \(minProperties) properties, has \(members.count)")
        }
        for name in node.required where members[name] == nil {
            valid = fail(node, keyword: "required", "missing required property \(Self.render(.string(name)))")
        }
        for dependency in node.dependentRequired where members[dependency.property] != nil {
            for name in dependency.required where members[name] == nil {
                valid = fail(node, keyword: "dependentRequired", "property \(Self.render(.string(name))) is required when \(Self.render(.string(dependency.property))) is present")
            }
        }
        for dependency in node.dependentSchemas where members[dependency.property] != nil {
            valid = validate(dependency.schema, .object(members)) && valid
        }
        for (name, value) in members {
            guard valid || collectsErrors else { return false }
            valid = validateMember(node, name, value) && valid
        }
        return valid
    }

    private mutating func validateMember(_ node: SchemaNode, _ name: String, _ value: JSONValue) -> Bool {
        var valid = true
        if let propertyNames = node.propertyNames {
            valid = validate(propertyNames, .string(name), key: name)
        }
        var declared = false
        if let schema = node.properties[name] {
            declared = true
            valid = validate(schema, value, key: name) && valid
        }
        for (pattern, schema) in node.patternProperties where pattern.matches(name) {
            declared = true
            valid = validate(schema, value, key: name) && valid
        }
        if !declared, let additional = node.additionalProperties {
            if nodes[additional].boolean == false {
                valid = fail(node, keyword: "additionalProperties", "property \(Self.render(.string(name))) is not allowed")
            } else {
                valid = validate(additional, value, key: name) && valid
            }
        }
        return valid
    }

    /// Compact JSON for messages, shortened past 80 characters.
    static func render(_ value: JSONValue) -> String {
        let text = String(decoding: (try? CanonicalJSONWriter.jcs(value)) ?? [], as: UTF8.self)
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }

    static func render(_ values: [JSONValue]) -> String {
        render(.array(values))
    }
}
