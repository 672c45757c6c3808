import Foundation
import GRDB
import QZQDKit
import Testing
import TestSupport

@Suite struct InterruptedBatchTests {
    static let files = 24

    @Test func aBatchKilledMidwayLeavesCompleteOutputsAndTheRerunFinishesTheJob() throws {
        let directory = try TemporaryDirectory()
        let seed = try Inputs.seed(Inputs.seeds[1])
        for index in 0..<Self.files { try directory.write("in/\(index).txt", seed) }
        let input = directory.path("in"), output = directory.path("out")

        let batch = try QZQDProcess.start(["batch", input, output, "--jobs", "1"])
        let deadline = Date().addingTimeInterval(60)
        while outputs(in: output).count < 3 && batch.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        kill(batch.processIdentifier, SIGKILL)
        batch.waitUntilExit()

        let survivors = outputs(in: output)
        #expect(survivors.count >= 3)
        for file in survivors {
            #expect(Inputs.itemCount(ofValidOutput: try Fixtures.read(output + "/" + file)) != nil, "\(file) is complete")
        }

        let rerun = try QZQDProcess.run(["batch", input, output, "--quiet"])
        #expect(rerun.status == 0)
        let manifest = try #require(Manifest.read(from: output + "/manifest.json"))
        #expect(manifest.entries.count == Self.files)
        #expect(manifest.count(.failed) == 0)
        // Every file the killed run finished and journaled is skipped; at most the one
        // being recorded at the kill is converted again.
        #expect(manifest.count(.skipped) >= min(survivors.count, Self.files) - 1)
        #expect(outputs(in: output).count == Self.files)
        #expect(!FileManager.default.fileExists(atPath: output + "/" + ManifestJournal.fileName))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: output)).contains { $0.contains(AtomicFile.temporaryMarker) })
    }

    /// The database a killed batch was filling holds whole documents only; the re-run completes it.
    @Test func aBatchKilledMidwayLeavesAConsistentDatabase() throws {
        let directory = try TemporaryDirectory()
        let seed = try Inputs.seed(Inputs.seeds[1])
        // Trailing line breaks make every input another document (another SHA-256) of the same 26 items.
        for index in 0..<Self.files { try directory.write("in/\(index).txt", seed + Array(repeating: UInt8(ascii: "\n"), count: index + 1)) }
        let input = directory.path("in"), output = directory.path("out"), database = directory.path("lists.sqlite")

        let batch = try QZQDProcess.start(["batch", input, output, "--jobs", "1", "--sqlite", database])
        let deadline = Date().addingTimeInterval(60)
        while outputs(in: output).count < 3 && batch.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        kill(batch.processIdentifier, SIGKILL)
        batch.waitUntilExit()

        let stored = try documentSizes(database)
        #expect(stored.count >= 1)
        #expect(stored.allSatisfy { $0 == [26, 139] }, "every stored document is whole: \(stored)")

        #expect(try QZQDProcess.run(["batch", input, output, "--quiet", "--sqlite", database]).status == 0)
        #expect(try documentSizes(database) == Array(repeating: [26, 139], count: Self.files))
    }

    /// Items and steps of each stored document, after SQLite's own checks.
    private func documentSizes(_ path: String) throws -> [[Int]] {
        try DatabaseQueue(path: path).read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            return try Row.fetchAll(db, sql: """
                SELECT (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS items,
                       (SELECT COUNT(*) FROM steps s JOIN items i ON i.id = s.item_id WHERE i.document_id = d.id) AS steps
                FROM documents d ORDER BY d.id
                """).map { [$0["items"], $0["steps"]] }
        }
    }

    private func outputs(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != Manifest.fileName }
    }
}
