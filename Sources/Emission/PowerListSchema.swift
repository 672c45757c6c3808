import CanonicalJSON
import JSONSchemaValidation

/// `Schemas/power-list.schema.json`, embedded in the binary at build time
/// (`Resources/power-list.schema.json` links to it), so qzqd never looks for
/// the file at run time and cannot carry another schema than the one in Schemas/.
public enum PowerListSchema {
    /// The schema's text, byte for byte.
    public static let source = String(decoding: PackageResources.power_list_schema_json, as: UTF8.self)

    /// The schema, compiled once. EmissionTests compiles the embedded text, so a
    /// schema that does not compile cannot get past the test suite: the `try!`
    /// can only fail in a build whose tests fail.
    public static let validator: JSONSchema = try! JSONSchema(bytes: PackageResources.power_list_schema_json)
}
