import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct ValidateCommandTests {
    @Test func judgesEachFileOnItsOwnLine() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("list.txt", Inputs.seed(Inputs.seeds[1]))
        #expect(try QZQDProcess.run(["convert", input, "-o", directory.path("good.json")]).status == 0)
        let good = try Fixtures.read(directory.path("good.json"))
        let items = try #require(Inputs.itemCount(ofValidOutput: good))
        let reformatted = try directory.write("reformatted.json", CanonicalJSONWriter.jcs(try JSONParser.parse(good)) + Array(" ".utf8))
        let invalid = try directory.write("invalid.json", "{\"schemaVersion\": \"1.0\"}")
        let broken = try directory.write("broken.json", "{\"items\": [")

        let outcome = try QZQDProcess.run(["validate", directory.path("good.json"), reformatted, invalid, broken])
        #expect(outcome.status == 1)
        let lines = String(decoding: outcome.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "\(directory.path("good.json")): valid (\(items) items)")
        #expect(lines[1] == "\(reformatted): valid (\(items) items, not canonical)")
        #expect(lines[2].hasPrefix("\(invalid): invalid: (root): missing required property"))
        #expect(lines[3].hasPrefix("\(broken): invalid: not JSON: "))

        let allValid = try QZQDProcess.run(["validate", directory.path("good.json"), "-"], input: good)
        #expect(allValid.status == 0)
    }

    @Test func printsTheEmbeddedSchema() throws {
        let outcome = try QZQDProcess.run(["schema"])
        #expect(outcome.status == 0)
        let schema = try JSONParser.parse(outcome.standardOutput)
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema == (try JSONParser.parse(Fixtures.bytes("../../Schemas/power-list.schema.json"))))
    }
}
