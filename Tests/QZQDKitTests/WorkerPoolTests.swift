import Foundation
import QZQDKit
import Testing
import TestSupport

/// Runs `WorkerPool` against a shell script that speaks the worker protocol
/// and misbehaves on request, so crashes and hangs need no broken converter.
@Suite struct WorkerPoolTests {
    static let script = """
    #!/bin/sh
    while IFS= read -r request; do
      case "$request" in
        *crash*) echo "Fatal error: simulated" >&2; kill -SEGV $$ ;;
        *hang*) exec sleep 30 ;;
        *garbled*) echo "not json" ;;
        *quit*) exit 3 ;;
        *) echo '{"converted":{"diagnostics":{"error":0,"info":0,"warning":2},"items":7,"sha256":"'$$'"}}' ;;
      esac
    done
    """

    let directory: TemporaryDirectory
    let worker: String

    init() throws {
        directory = try TemporaryDirectory()
        worker = try directory.write("worker.sh", Self.script)
    }

    /// The script is read by `sh`, not executed itself: a process another
    /// test forks while this one writes the script holds it open for
    /// writing, and executing it then fails (ETXTBSY, "Text file busy").
    func pool(timeout: Duration? = .seconds(10)) -> WorkerPool {
        WorkerPool(executable: "/bin/sh", arguments: [worker], timeout: timeout)
    }

    @Test func relaysTheWorkersResultAndReusesTheWorker() throws {
        let pool = pool()
        let first = try pool.convert("in/a.pdf", to: "out/a.json").get()
        let second = try pool.convert("in/b.pdf", to: "out/b.json").get()
        #expect(first.items == 7)
        #expect(first.diagnostics == DiagnosticCounts(warning: 2))
        #expect(first.sha256 == second.sha256, "the same worker process answered both")
    }

    @Test func aCrashFailsThatFileOnlyNamingTheSignal() throws {
        let pool = pool()
        let before = try pool.convert("in/a.pdf", to: "out/a.json").get()
        #expect(pool.convert("in/crash.pdf", to: "out/crash.json") == .failure(FileFailure(
            code: "internal", message: "the converter crashed (SIGSEGV, segmentation fault): Fatal error: simulated"
        )))
        let after = try pool.convert("in/b.pdf", to: "out/b.json").get()
        #expect(before.sha256 != after.sha256, "a new worker replaced the crashed one")
    }

    @Test func aHangIsKilledAtTheTimeLimit() throws {
        let pool = pool(timeout: .milliseconds(300))
        let clock = ContinuousClock()
        let start = clock.now
        #expect(pool.convert("in/hang.pdf", to: "out/hang.json") == .failure(FileFailure(
            code: "timeout", message: "conversion took longer than 0.3 s; stopped"
        )))
        #expect(start.duration(to: clock.now) < .seconds(5))
        #expect(throws: Never.self) { try pool.convert("in/a.pdf", to: "out/a.json").get() }
    }

    @Test func aWorkerThatExitsOrTalksNonsenseFailsThatFile() {
        let pool = pool()
        #expect(pool.convert("in/quit.pdf", to: "out/quit.json") == .failure(FileFailure(
            code: "internal", message: "the converter process exited with status 3"
        )))
        #expect(pool.convert("in/garbled.pdf", to: "out/garbled.json") == .failure(FileFailure(
            code: "internal", message: "the converter process replied with something else than a result"
        )))
    }

    @Test func aMissingWorkerProgramFailsEachFileClearly() {
        let pool = WorkerPool(executable: directory.path("nothing"), arguments: [], timeout: nil)
        #expect(pool.convert("in/a.pdf", to: "out/a.json") == .failure(FileFailure(
            code: "internal", message: "cannot run \(directory.path("nothing")): No such file or directory"
        )))
    }

    @Test func workersGetTheConversionOptionsAsArguments() {
        let options = ConversionOptions(password: "secret", maxBytes: 1024, strict: true, style: .jcs, pdfThreads: 1, ocr: .always)
        #expect(WorkerPool.workerArguments(options) == [
            "worker", "--max-bytes=1024", "--format=auto", "--jcs", "--strict", "--ocr=always", "--pdf-threads=1",
        ])
    }
}

@Suite struct PageThreadsTests {
    /// The cores are shared among the files read at once: a lone long list
    /// gets them all, a batch with files for every worker one each, and the
    /// threads never exceed the jobs.
    @Test(arguments: [(2, 1, 2), (2, 2, 1), (2, 40, 1), (8, 3, 2), (8, 1, 8), (4, 0, 4), (1, 1, 1), (3, 2, 1)])
    func pageThreadsShareTheJobsAmongTheFiles(jobs: Int, files: Int, expected: Int) {
        let threads = BatchOptions.pageThreads(jobs: jobs, files: files)
        #expect(threads == expected)
        #expect(threads * min(jobs, max(files, 1)) <= jobs)
    }
}
