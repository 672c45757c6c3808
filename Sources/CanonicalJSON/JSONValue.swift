/// A JSON value. Objects are unordered: every writer in this module decides
/// the key order itself (canonical output sorts keys).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// JSON numbers are IEEE 754 doubles (RFC 8785 §3.2.2.3); integers up to 2^53 are exact.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// `.null` for `nil`, else the wrapped value.
    public static func optional<T>(_ value: T?, _ wrap: (T) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }
}
