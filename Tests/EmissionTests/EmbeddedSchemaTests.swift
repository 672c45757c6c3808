import CanonicalJSON
import Emission
import JSONSchemaValidation
import Testing
import TestSupport

@Suite struct EmbeddedSchemaTests {
    @Test func embeddedCopyMatchesTheSchemaFile() throws {
        let file = try Fixtures.read(Fixtures.packagePath("Schemas/power-list.schema.json"))
        #expect(Array(PowerListSchema.source.utf8) == file)
    }

    @Test func embeddedSchemaCompiles() throws {
        #expect(throws: Never.self) { try JSONSchema(bytes: Array(PowerListSchema.source.utf8)) }
    }
}
