import CanonicalJSON
import Foundation
import GRDB
import Testing
import TestSupport

/// `qzqd export` and `qzqd batch --sqlite` on both seeds, checked as the
/// issue measures them: SQL counts, joins and full-text search on the
/// database, Python's csv module on the CSV.
@Suite struct ExportCommandTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
        for name in Inputs.seeds { try directory.write("in/" + name, Inputs.seed(name)) }
    }

    func convertSeeds() throws {
        #expect(try QZQDProcess.run(["batch", directory.path("in"), directory.path("out"), "--quiet"]).status == 0)
    }

    func query(_ database: String, _ sql: String) throws -> Int? {
        try DatabaseQueue(path: directory.path(database)).read { try Int.fetchOne($0, sql: sql) }
    }

    func tableCounts(_ database: String) throws -> [Int?] {
        try ["documents", "items", "provisions", "citations", "steps", "cases"].map { try query(database, "SELECT COUNT(*) FROM \($0)") }
    }

    static let seedCounts: [Int?] = [2, 43, 115, 125, 229, 229]

    @Test func exportsADirectoryOfDocumentsToEveryFormat() throws {
        try convertSeeds()
        let arguments = ["export", directory.path("out"), "--sqlite", directory.path("lists.sqlite"),
                         "--csv", directory.path("items.csv"), "--jsonl", directory.path("items.jsonl")]
        let outcome = try QZQDProcess.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "exported 2 documents, 43 items\n")
        #expect(try tableCounts("lists.sqlite") == Self.seedCounts)
        #expect(try query("lists.sqlite", "SELECT COUNT(*) FROM items i JOIN documents d ON d.id = i.document_id WHERE d.title = '赵县医疗保障局权责清单'") == 26)
        #expect(try query("lists.sqlite", "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH '医疗保险'") ?? 0 >= 20)
        let jsonl = try Fixtures.read(directory.path("items.jsonl"))
        #expect(jsonl.filter { $0 == UInt8(ascii: "\n") }.count == 43)

        // Exported again: the same documents replace themselves.
        #expect(try QZQDProcess.run(arguments).status == 0)
        #expect(try tableCounts("lists.sqlite") == Self.seedCounts)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 not installed"))
    func pythonsCSVModuleReadsTheCSV() throws {
        try convertSeeds()
        #expect(try QZQDProcess.run(["export", directory.path("out"), "--csv", directory.path("items.csv")]).status == 0)
        let script = """
            import csv, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.DictReader(f))
            print(len(rows), rows[17]["seq"], rows[17]["name"], len(rows[17]["responsibilities"].splitlines()))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", script, directory.path("items.csv")]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(output == "43 1 对用人单位不办理医疗保险登记的处罚 8\n")
    }

    @Test func aFileThatIsNoDocumentIsNamedAndTheOthersExported() throws {
        try convertSeeds()
        let broken = try directory.write("out/broken.json", "{\"items\": [")
        let outcome = try QZQDProcess.run(["export", directory.path("out"), "--jsonl", directory.path("items.jsonl")])
        #expect(outcome.status == 1)
        #expect(outcome.standardErrorLines.first?.hasPrefix("qzqd: \(broken): not JSON: ") == true)
        #expect(outcome.standardErrorLines.last == "exported 2 documents, 43 items; 1 inputs failed")
    }

    @Test func badUsageAndMissingInputs() throws {
        #expect(try QZQDProcess.run(["export", directory.path("in")]).status == 64)
        let missing = try QZQDProcess.run(["export", directory.path("nowhere"), "--csv", directory.path("x.csv")])
        #expect(missing.status == 66)
        #expect(missing.standardError == "qzqd: \(directory.path("nowhere")): no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("x.csv")))
    }

    @Test func aBatchFillsADatabaseAsItConverts() throws {
        let arguments = ["batch", directory.path("in"), directory.path("out"), "--sqlite", directory.path("batch.sqlite"), "--quiet"]
        #expect(try QZQDProcess.run(arguments).status == 0)
        #expect(try tableCounts("batch.sqlite") == Self.seedCounts)
        #expect(try QZQDProcess.run(arguments + ["--force"]).status == 0)
        #expect(try tableCounts("batch.sqlite") == Self.seedCounts)
        #expect(try query("batch.sqlite", "PRAGMA foreign_key_check") == nil)
    }
}
