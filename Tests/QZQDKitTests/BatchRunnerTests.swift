import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

/// Stands in for the pipeline: inputs starting with "bad" fail, others
/// become `{"input": CONTENT}`; remembers what it was asked to convert.
final class FakeConverter: FileConverting, @unchecked Sendable {
    private let lock = NSLock()
    private var converted: [String] = []

    var calls: [String] { lock.withLock { converted.sorted() } }

    func convert(_ inputPath: String, to outputPath: String) -> Result<ConversionSummary, FileFailure> {
        lock.withLock { converted.append((inputPath as NSString).lastPathComponent) }
        let bytes = (try? Fixtures.read(inputPath)) ?? []
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("bad") { return .failure(FileFailure(code: "damaged-pdf", message: "not a PDF")) }
        do {
            try AtomicFile.write(CanonicalJSONWriter.pretty(.object(["input": .string(text)])), to: outputPath)
        } catch {
            return .failure(FileFailure(code: "internal", message: "\(error)"))
        }
        return .success(ConversionSummary(sha256: FileDigest.sha256(of: bytes), items: text.count, diagnostics: DiagnosticCounts(warning: 1)))
    }
}

@Suite struct BatchRunnerTests {
    let directory: TemporaryDirectory
    let options: BatchOptions

    init() throws {
        directory = try TemporaryDirectory()
        options = BatchOptions(inputDirectory: directory.path("in"), outputDirectory: directory.path("out"), jobs: 3)
        try directory.write("in/one.txt", "first")
        try directory.write("in/a/b/two.pdf", "second")
        try directory.write("in/a/bad.pdf", "bad bytes")
        try directory.write("in/readme.md", "not a list")
    }

    @Test func convertsTheTreeIntoAMirroredTreeWithAManifest() throws {
        let converter = FakeConverter()
        let report = try BatchRunner(options: options, converter: converter).run()

        #expect(report.exitStatus == ExitStatus.someFilesFailed)
        #expect(report.ignored == ["readme.md"])
        #expect(directory.files().filter { $0.hasPrefix("out/") } == [
            "out/.qzqd.lock", "out/a/b/two.json", "out/manifest.json", "out/one.json",
        ])
        #expect(try Fixtures.read(directory.path("out/a/b/two.json")) == Array("{\n  \"input\": \"second\"\n}\n".utf8))
        let manifest = try #require(Manifest.read(from: directory.path("out/manifest.json")))
        #expect(manifest == report.manifest)
        #expect(manifest.entries.map(\.path) == ["a/b/two.pdf", "a/bad.pdf", "one.txt", "readme.md"])
        #expect(manifest.entries.map(\.status) == [.ok, .failed, .ok, .ignored])
        #expect(manifest.entries[3].error?.code == "unsupported-format")
        #expect(manifest.entries[0].output == "a/b/two.json")
        #expect(manifest.entries[0].items == 6)
        #expect(manifest.entries[0].sha256 == FileDigest.sha256(of: Array("second".utf8)))
        #expect(manifest.entries[1].error == FileFailure(code: "damaged-pdf", message: "not a PDF"))
        #expect(manifest.entries[1].sha256 == FileDigest.sha256(of: Array("bad bytes".utf8)))
    }

    @Test func aSecondRunSkipsWhatIsDoneAndRetriesFailures() throws {
        _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        try directory.write("in/one.txt", "first, edited")
        let again = FakeConverter()
        let report = try BatchRunner(options: options, converter: again).run()

        #expect(again.calls == ["bad.pdf", "one.txt"])
        #expect(report.manifest.entries.map(\.status) == [.skipped, .failed, .ok, .ignored])
        #expect(report.manifest.entries[0].items == 6)
    }

    @Test func forceConvertsEverythingAgain() throws {
        _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        var forced = options
        forced.force = true
        let again = FakeConverter()
        _ = try BatchRunner(options: forced, converter: again).run()
        #expect(again.calls == ["bad.pdf", "one.txt", "two.pdf"])
    }

    @Test func aRunKilledBeforeItsManifestIsResumedFromTheJournal() throws {
        _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        // What a kill leaves: no manifest, the journal of finished files (the last line torn).
        let journal = ManifestJournal.fileName
        let entries = try #require(Manifest.read(from: directory.path("out/manifest.json"))).entries
        let lines = entries.filter { $0.path != "one.txt" && $0.status != .ignored }.map {
            "{\"entry\":\(String(decoding: try! CanonicalJSONWriter.jcs($0.json), as: UTF8.self)),\"outputStyle\":\"canonical\",\"toolVersion\":\"\(options.toolVersion)\"}"
        }
        try directory.write("out/" + journal, lines.joined(separator: "\n") + "\n{\"entry\":{\"pa")
        try FileManager.default.removeItem(atPath: directory.path("out/manifest.json"))

        let again = FakeConverter()
        let report = try BatchRunner(options: options, converter: again).run()
        #expect(again.calls == ["bad.pdf", "one.txt"])
        #expect(report.manifest.entries.map(\.status) == [.skipped, .failed, .ok, .ignored])
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/" + journal)))
    }

    @Test func aFailureRemovesTheOutputOfAnEarlierSuccess() throws {
        _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        try directory.write("in/one.txt", "bad now")
        _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/one.json")))
    }

    @Test func refusesAnOutputDirectoryAnotherBatchHolds() throws {
        try FileManager.default.createDirectory(atPath: directory.path("out"), withIntermediateDirectories: true)
        let held = try DirectoryLock(directory: directory.path("out"))
        #expect(throws: BatchError.locked(lockFile: held.lockFile, holder: getpid())) {
            _ = try BatchRunner(options: options, converter: FakeConverter()).run()
        }
        #expect(BatchError.locked(lockFile: held.lockFile, holder: nil).exitStatus == 75)
    }

    @Test func aMissingInputDirectoryIsAnInputError() throws {
        var missing = options
        missing.inputDirectory = directory.path("nowhere")
        #expect(throws: BatchError.inputDirectory(FileSystemError("read directory", directory.path("nowhere"), code: ENOENT))) {
            _ = try BatchRunner(options: missing, converter: FakeConverter()).run()
        }
    }

    @Test func anOutputPathThatIsAFileIsAnOutputError() throws {
        try directory.write("file", "x")
        var blocked = options
        blocked.outputDirectory = directory.path("file/out")
        let error = try #require(throws: BatchError.self) { try BatchRunner(options: blocked, converter: FakeConverter()).run() }
        #expect(error.exitStatus == ExitStatus.cannotCreateOutput)
    }
}
