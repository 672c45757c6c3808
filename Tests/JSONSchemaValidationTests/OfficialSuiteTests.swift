import CanonicalJSON
import JSONSchemaValidation
import Testing
import TestSupport

/// The JSON-Schema-Test-Suite files (draft 2020-12) of every keyword this
/// validator implements, case by case. Skips are listed one by one in
/// `SuiteSkips`, each with its reason; a skip that no longer matches a case fails.
@Suite struct OfficialSuiteTests {
    static let directory = "testsuites/json-schema/draft2020-12/"
    static let files = Fixtures.names(in: directory, endingWith: ".json").filter { SuiteSkips.files[$0] == nil }

    @Test func everyFileIsRunOrSkippedForAReason() {
        let all = Fixtures.names(in: Self.directory, endingWith: ".json")
        #expect(all.count == 46)
        #expect(Set(all) == Set(Self.files).union(SuiteSkips.files.keys))
    }

    @Test(arguments: files)
    func passesTheSuiteFile(_ file: String) throws {
        let groups = try #require(Fixtures.json(Self.directory + file).arrayValue)
        var passed = 0
        var skipped = 0
        var usedSkips = Set<String>()
        for group in groups {
            let groupName = group["description"]?.stringValue ?? "?"
            let tests = group["tests"]?.arrayValue ?? []
            if SuiteSkips.cases[file]?[groupName] != nil {
                usedSkips.insert(groupName)
                skipped += tests.count
                continue
            }
            let schema: JSONSchema
            do {
                schema = try JSONSchema(json: try #require(group["schema"]))
            } catch {
                Issue.record("\(file) / \(groupName): schema does not compile: \(error)")
                continue
            }
            for test in tests {
                let testName = test["description"]?.stringValue ?? "?"
                if SuiteSkips.cases[file]?[groupName + " / " + testName] != nil {
                    usedSkips.insert(groupName + " / " + testName)
                    skipped += 1
                    continue
                }
                let instance = try #require(test["data"])
                let expected = try #require(test["valid"]?.boolValue as Bool?)
                let errors = schema.validate(instance)
                let isValid = schema.isValid(instance)
                #expect(isValid == expected, "\(file) / \(groupName) / \(testName): \(errors)")
                #expect(errors.isEmpty == isValid, "\(file) / \(groupName) / \(testName): validate and isValid disagree")
                if isValid == expected && errors.isEmpty == isValid { passed += 1 }
            }
        }
        let staleSkips = Set((SuiteSkips.cases[file] ?? [:]).keys).subtracting(usedSkips)
        #expect(staleSkips.isEmpty, "skips matching no case: \(staleSkips.sorted())")
        print("JSON-Schema-Test-Suite \(file): \(passed) passed, \(skipped) skipped")
    }
}
