/// Typed views of a value, `nil` when it is of another kind.
extension JSONValue {
    public var boolValue: Bool? {
        if case .bool(let flag) = self { flag } else { nil }
    }

    public var doubleValue: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The number as an `Int` when it is integral and in range.
    public var intValue: Int? {
        guard case .number(let number) = self, number.rounded(.towardZero) == number else { return nil }
        return Int(exactly: number)
    }

    public var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// The member named `key` of an object; `nil` for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The JSON type name used in messages (`"integer"` for integral numbers).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.rounded(.towardZero) == number && number.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
