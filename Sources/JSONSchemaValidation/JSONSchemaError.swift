/// Why a JSON value cannot be used as a schema.
public struct JSONSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A keyword's value has the wrong shape (`"minimum": "1"`).
        case invalidKeyword(String, expected: String)
        /// A keyword of draft 2020-12 this validator does not implement; ignoring it would accept invalid instances.
        case unsupportedKeyword(String)
        case invalidPattern(String)
        /// A `$ref` to a schema that is not in this document (nothing is fetched).
        case unresolvableReference(String)
        case notASchema
    }

    public var reason: Reason
    /// JSON pointer of the offending subschema in the schema document.
    public var location: String

    public var description: String {
        let place = location.isEmpty ? "the root schema" : "schema at \(location)"
        return switch reason {
        case .invalidKeyword(let keyword, let expected): "\(place): \"\(keyword)\" must be \(expected)"
        case .unsupportedKeyword(let keyword): "\(place): keyword \"\(keyword)\" is not supported"
        case .invalidPattern(let pattern): "\(place): invalid regular expression \"\(pattern)\""
        case .unresolvableReference(let target): "\(place): cannot resolve $ref \"\(target)\""
        case .notASchema: "\(place): a schema must be an object or a boolean"
        }
    }
}
