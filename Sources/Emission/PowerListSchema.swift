import CanonicalJSON
import JSONSchemaValidation

/// `Schemas/power-list.schema.json`, embedded (see `scripts/embed-schema`).
public enum PowerListSchema {
    /// The schema, compiled once. EmissionTests compiles the embedded text, so a
    /// schema that does not compile cannot get past the test suite: the `try!`
    /// can only fail in a build whose tests fail.
    public static let validator: JSONSchema = try! JSONSchema(bytes: Array(source.utf8))
}
