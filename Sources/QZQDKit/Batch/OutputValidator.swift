import CanonicalJSON
import Emission

/// Checks files claimed to be qzqd output against the power-list schema (what
/// `qzqd validate` does to Output/ after a batch, or to JSON from elsewhere).
public enum OutputValidator {
    public enum Verdict: Sendable, Equatable {
        /// Schema-valid; `canonical` when the bytes are exactly what qzqd
        /// writes (either output style), so the file was not edited or reformatted.
        case valid(items: Int, canonical: Bool)
        /// One message per violation, `/json/pointer: why`.
        case invalid([String])
        /// A batch's `manifest.json`, which `Output/*.json` also matches: not a list, not an error.
        case batchManifest
        case notJSON(String)
        case unreadable(String)
    }

    /// The embedded JSON Schema every output conforms to.
    public static var schema: String { PowerListSchema.source }

    public static func validate(fileAt path: String) -> Verdict {
        guard let bytes = SystemCalls.readFile(path) else { return .unreadable(FileSystemError("read", path).reason) }
        return validate(bytes)
    }

    public static func validate(_ bytes: [UInt8]) -> Verdict {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            return .notJSON(String(describing: error))
        }
        if Manifest(json: json) != nil { return .batchManifest }
        let violations = PowerListSchema.validator.validate(json)
        guard violations.isEmpty else { return .invalid(violations.map(\.description)) }
        let canonical = (try? CanonicalJSONWriter.pretty(json)) == bytes || (try? CanonicalJSONWriter.jcs(json)) == bytes
        return .valid(items: json["items"]?.arrayValue?.count ?? 0, canonical: canonical)
    }
}
