import CanonicalJSON
import Foundation
import Testing
import TestSupport

@Suite struct DiffCommandTests {
    let directory: TemporaryDirectory
    let list: String
    let converted: String

    init() throws {
        directory = try TemporaryDirectory()
        list = try directory.write("zhao.txt", Inputs.seed(Inputs.seeds[1]))
        converted = directory.path("zhao.json")
        #expect(try QZQDProcess.run(["convert", list, "-o", converted]).status == 0)
    }

    /// The converted list with item 9 dropped and item 26 renamed.
    func nextEdition() throws -> String {
        var document = try #require(try JSONParser.parse(Fixtures.read(converted)).objectValue)
        var items = try #require(document["items"]?.arrayValue)
        var last = try #require(items[25].objectValue)
        last["name"] = .string("特殊规定药品使用备案管理")
        items[25] = .object(last)
        items.remove(at: 8)
        document["items"] = .array(items)
        return try directory.write("zhao-next.json", CanonicalJSONWriter.pretty(.object(document)))
    }

    @Test func reportsTheChangesAsJSON() throws {
        let outcome = try QZQDProcess.run(["diff", converted, try nextEdition(), "--json"])
        #expect(outcome.status == 1)
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self) == """
            {
              "added": [],
              "changed": [],
              "removed": [
                {
                  "name": "县本级医疗保险稽核",
                  "seq": 9
                }
              ],
              "renamed": [
                {
                  "new": "特殊规定药品使用备案管理",
                  "old": "特殊规定药品使用备案"
                }
              ]
            }

            """)
    }

    @Test func readsAnyInputAndPrintsWithoutColourOffATerminal() throws {
        let outcome = try QZQDProcess.run(["diff", list, try nextEdition()])
        #expect(outcome.status == 1)
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self) == """
            --- \(list)
            +++ \(directory.path("zhao-next.json"))
            - 9 县本级医疗保险稽核
            ~ 26 特殊规定药品使用备案 → 特殊规定药品使用备案管理
            0 added, 1 removed, 1 renamed, 0 changed

            """)
    }

    @Test func theSameListInTwoFormsIsNoChange() throws {
        let outcome = try QZQDProcess.run(["diff", list, converted, "--json"])
        #expect(outcome.status == 0)
    }

    @Test func unreadableInputsEndWithTheirOwnStatus() throws {
        let broken = try directory.write("broken.json", "{\"items\": [")
        let notJSON = try QZQDProcess.run(["diff", broken, converted])
        #expect(notJSON.status == 65)
        #expect(notJSON.standardError.hasPrefix("qzqd: \(broken): not JSON: "))
        #expect(try QZQDProcess.run(["diff", converted, directory.path("missing.pdf")]).status == 66)
        let noise = try directory.write("noise.bin", Inputs.randomBytes(4096))
        #expect(try QZQDProcess.run(["diff", noise, converted]).status == 4)
    }
}
