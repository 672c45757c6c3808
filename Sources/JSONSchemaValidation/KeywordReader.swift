import CanonicalJSON

/// Reads keyword values of one schema object, checking their shape.
struct KeywordReader {
    let members: [String: JSONValue]
    let location: String

    private func invalid(_ keyword: String, _ expected: String) -> JSONSchemaError {
        JSONSchemaError(reason: .invalidKeyword(keyword, expected: expected), location: location)
    }

    func number(_ keyword: String) throws -> Double? {
        guard let value = members[keyword] else { return nil }
        guard let number = value.doubleValue else { throw invalid(keyword, "a number") }
        return number
    }

    /// A non-negative integer (`maxLength`, `minItems` …).
    func count(_ keyword: String) throws -> Int? {
        guard let value = members[keyword] else { return nil }
        guard let count = value.intValue, count >= 0 else { throw invalid(keyword, "a non-negative integer") }
        return count
    }

    func bool(_ keyword: String) throws -> Bool? {
        guard let value = members[keyword] else { return nil }
        guard let flag = value.boolValue else { throw invalid(keyword, "a boolean") }
        return flag
    }

    func string(_ keyword: String) throws -> String? {
        guard let value = members[keyword] else { return nil }
        guard let string = value.stringValue else { throw invalid(keyword, "a string") }
        return string
    }

    func array(_ keyword: String) throws -> [JSONValue]? {
        guard let value = members[keyword] else { return nil }
        guard let elements = value.arrayValue else { throw invalid(keyword, "an array") }
        return elements
    }

    func object(_ keyword: String) throws -> [String: JSONValue]? {
        guard let value = members[keyword] else { return nil }
        guard let entries = value.objectValue else { throw invalid(keyword, "an object") }
        return entries
    }

    func strings(_ keyword: String) throws -> [String]? {
        guard let elements = try array(keyword) else { return nil }
        let strings = elements.compactMap(\.stringValue)
        guard strings.count == elements.count else { throw invalid(keyword, "an array of strings") }
        return strings
    }

    func types() throws -> [JSONType]? {
        guard let value = members["type"] else { return nil }
        let names = value.stringValue.map { [$0] } ?? value.arrayValue?.compactMap(\.stringValue)
        let types = names?.compactMap(JSONType.init(rawValue:))
        guard let types, types.count == names?.count, types.count == (value.arrayValue?.count ?? 1) else {
            throw invalid("type", "a type name or an array of type names")
        }
        return types
    }
}
