import CanonicalJSON

/// Typed access to the members of one JSON object, with the path of each
/// member for error messages. An absent optional member reads as `nil`.
struct FieldReader {
    let members: [String: JSONValue]
    let path: String

    init(_ value: JSONValue, path: String) throws {
        guard case .object(let members) = value else {
            throw DocumentDecodingError(path: path, message: "expected an object, got \(value.typeName)")
        }
        self.members = members
        self.path = path
    }

    func path(of key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> DocumentDecodingError {
        DocumentDecodingError(path: path(of: key), message: "expected \(expected), got \(value.typeName)")
    }

    func value(_ key: String) throws -> JSONValue {
        guard let value = members[key] else {
            throw DocumentDecodingError(path: path(of: key), message: "missing")
        }
        return value
    }

    func string(_ key: String) throws -> String {
        let value = try value(key)
        guard let string = value.stringValue else { throw mismatch(key, "a string", value) }
        return string
    }

    func optionalString(_ key: String) throws -> String? {
        guard let value = members[key], value != .null else { return nil }
        guard let string = value.stringValue else { throw mismatch(key, "a string or null", value) }
        return string
    }

    func int(_ key: String) throws -> Int {
        let value = try value(key)
        guard let number = value.intValue else { throw mismatch(key, "an integer", value) }
        return number
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard let value = members[key], value != .null else { return nil }
        guard let number = value.intValue else { throw mismatch(key, "an integer or null", value) }
        return number
    }

    func object(_ key: String) throws -> FieldReader {
        try FieldReader(value(key), path: path(of: key))
    }

    /// An object member that may be null (or absent).
    func optionalObject(_ key: String) throws -> FieldReader? {
        guard let value = members[key], value != .null else { return nil }
        return try FieldReader(value, path: path(of: key))
    }

    /// An enumeration's raw value, with the allowed values in the message.
    func rawValue<T: RawRepresentable>(_ key: String, as type: T.Type, allowed: [String]) throws -> T where T.RawValue == String {
        let raw = try string(key)
        guard let value = T(rawValue: raw) else {
            throw DocumentDecodingError(path: path(of: key), message: "\"\(raw)\" is not one of \(allowed.joined(separator: ", "))")
        }
        return value
    }

    /// Each element of an array member, decoded with its own path (`items[3]`).
    func array<T>(_ key: String, _ decode: (JSONValue, String) throws -> T) throws -> [T] {
        let value = try value(key)
        guard let elements = value.arrayValue else { throw mismatch(key, "an array", value) }
        let base = path(of: key)
        return try elements.enumerated().map { try decode($0.element, "\(base)[\($0.offset)]") }
    }
}

extension FieldReader {
    /// A bare array element that must be a string.
    static func string(_ value: JSONValue, path: String) throws -> String {
        guard let string = value.stringValue else {
            throw DocumentDecodingError(path: path, message: "expected a string, got \(value.typeName)")
        }
        return string
    }

    /// A bare array element that must be an integer.
    static func integer(_ value: JSONValue, path: String) throws -> Int {
        guard let number = value.intValue else {
            throw DocumentDecodingError(path: path, message: "expected an integer, got \(value.typeName)")
        }
        return number
    }
}
