import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct BatchCommandTests {
    let directory: TemporaryDirectory
    var input: String { directory.path("in") }
    var output: String { directory.path("out") }

    /// The seeds (one of them twice, deeper), and what a download folder also holds.
    init() throws {
        directory = try TemporaryDirectory()
        for seed in Inputs.seeds { try directory.write("in/" + seed, Inputs.seed(seed)) }
        try directory.write("in/县/乡/copy.TXT", Inputs.seed(Inputs.seeds[0]))
        try directory.write("in/empty.txt", [])
        try directory.write("in/random.pdf", Inputs.randomBytes(4096))
        try directory.write("in/truncated.pdf", Inputs.truncatedPDF())
        try directory.write("in/notes.md", "not a list")
        try directory.write("in/.hidden.txt", "hidden")
    }

    func manifest() throws -> Manifest {
        try #require(Manifest.read(from: output + "/manifest.json"))
    }

    @Test func convertsTheGoodFilesRecordsTheBadOnesAndExits1() throws {
        let outcome = try QZQDProcess.run(["batch", input, output, "--quiet"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        // One line per failed file: `qzqd: PATH: CODE: MESSAGE`.
        #expect(outcome.standardErrorLines.map { $0.split(separator: ":").prefix(3).joined(separator: ":") } == [
            "qzqd: empty.txt: empty", "qzqd: random.pdf: binary", "qzqd: truncated.pdf: damaged-pdf",
        ])

        let manifest = try manifest()
        #expect(manifest.toolVersion.hasPrefix(ToolVersion.release + "+"))
        #expect(manifest.entries.map(\.path) == [
            "000_53652f109c077542.txt", "002_87517433289be30b.txt", "empty.txt", "notes.md", "random.pdf", "truncated.pdf", "县/乡/copy.TXT",
        ])
        #expect(manifest.entries.map(\.status) == [.ok, .ok, .failed, .ignored, .failed, .failed, .ok])
        #expect(manifest.entries.map { $0.error?.code } == [nil, nil, "empty", "unsupported-format", "binary", "damaged-pdf", nil])
        for entry in manifest.entries where entry.status != .ignored {
            #expect(entry.sha256 == FileDigest.sha256(of: try Fixtures.read(input + "/" + entry.path)))
        }
        for entry in manifest.entries where entry.status == .ok {
            let written = try Fixtures.read(output + "/" + (entry.output ?? ""))
            #expect(Inputs.itemCount(ofValidOutput: written) == entry.items)
            #expect((entry.items ?? 0) > 0)
        }
        #expect(directory.files().filter { $0.hasPrefix("out/") } == [
            "out/.qzqd.lock", "out/000_53652f109c077542.json", "out/002_87517433289be30b.json", "out/manifest.json", "out/县/乡/copy.json",
        ])
    }

    @Test func aSecondRunSkipsFinishedFilesAndTouchesNoOutput() throws {
        _ = try QZQDProcess.run(["batch", input, output, "--quiet"])
        let before = try FileManager.default.attributesOfItem(atPath: output + "/县/乡/copy.json")[.modificationDate] as? Date
        let outcome = try QZQDProcess.run(["batch", input, output])
        #expect(outcome.status == 1)
        #expect(try manifest().entries.map(\.status) == [.skipped, .skipped, .failed, .ignored, .failed, .failed, .skipped])
        let after = try FileManager.default.attributesOfItem(atPath: output + "/县/乡/copy.json")[.modificationDate] as? Date
        #expect(before == after)
        // The summary, not a progress line, when standard error is not a terminal.
        #expect(!outcome.standardError.contains("\r"))
        #expect(outcome.standardError.hasPrefix("6 files in "))
        #expect(outcome.standardError.contains("0 ok, 3 failed, 3 skipped"))
        #expect(outcome.standardError.contains("  truncated.pdf: damaged-pdf: "))

        let forced = try QZQDProcess.run(["batch", input, output, "--force", "--jcs", "--jobs", "1"])
        #expect(forced.standardError.contains("3 ok, 3 failed, 0 skipped"))
        #expect(try manifest().outputStyle == .jcs)
    }

    /// Workers write provenance when asked; a run that asks otherwise
    /// converts again rather than keep outputs of the other form.
    @Test func provenanceReachesTheWorkersAndChangesWhatMayBeSkipped() throws {
        for name in ["empty.txt", "random.pdf", "truncated.pdf"] { try FileManager.default.removeItem(atPath: input + "/" + name) }
        let first = try QZQDProcess.run(["batch", input, output, "--quiet", "--provenance"])
        #expect(first.status == 0)
        #expect(try manifest().provenance)
        let written = try JSONParser.parse(Fixtures.read(output + "/000_53652f109c077542.json"))
        let provenance = written["items"]?.arrayValue?.first?["provenance"]
        #expect(provenance?["name"]?.arrayValue?.first?["lines"] != nil)

        let without = try QZQDProcess.run(["batch", input, output, "--quiet"])
        #expect(without.status == 0)
        #expect(try manifest().entries.map(\.status) == [.ok, .ok, .ignored, .ok])
        #expect(try !manifest().provenance)
        let rewritten = try JSONParser.parse(Fixtures.read(output + "/000_53652f109c077542.json"))
        #expect(rewritten["items"]?.arrayValue?.allSatisfy { $0["provenance"] == nil } == true)
    }

    @Test func allGoodFilesExit0() throws {
        for name in ["empty.txt", "random.pdf", "truncated.pdf"] { try FileManager.default.removeItem(atPath: input + "/" + name) }
        let outcome = try QZQDProcess.run(["batch", input, output, "--quiet"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
    }

    @Test func aSecondBatchOnTheSameOutputIsRefused() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let lock = try DirectoryLock(directory: output)
        let outcome = try QZQDProcess.run(["batch", input, output])
        #expect(outcome.status == ExitStatus.outputLocked)
        #expect(outcome.standardError == "qzqd: \(lock.lockFile): process \(getpid()) is already writing this directory (lock \(lock.lockFile) is held)\n")
        #expect(!FileManager.default.fileExists(atPath: output + "/manifest.json"))
    }

    @Test func aMissingInputDirectoryExits66AndAnUnwritableOutput73() throws {
        let missing = try QZQDProcess.run(["batch", directory.path("nowhere"), output])
        #expect(missing.status == ExitStatus.noInput)
        #expect(missing.standardError.hasPrefix("qzqd: \(directory.path("nowhere")): "))
        let blocked = try QZQDProcess.run(["batch", input, input + "/notes.md/out"])
        #expect(blocked.status == ExitStatus.cannotCreateOutput)
    }

    @Test func theDefaultsAreInputAndOutputInTheWorkingDirectory() throws {
        try FileManager.default.moveItem(atPath: input, toPath: directory.path("Input"))
        try directory.write("Input/pdf/zhao.pdf", Fixtures.bytes("corpus/zhao-yibao.pdf"))
        let outcome = try QZQDProcess.run(["batch", "--quiet"], directory: directory.path)
        #expect(outcome.status == 1)
        #expect(FileManager.default.fileExists(atPath: directory.path("Output/manifest.json")))
        #expect(FileManager.default.fileExists(atPath: directory.path("Output/县/乡/copy.json")))
        #expect(Inputs.itemCount(ofValidOutput: try Fixtures.read(directory.path("Output/pdf/zhao.json"))) ?? 0 > 0)
    }
}
