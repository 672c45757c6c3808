import Foundation

/// Converts files in long-lived worker processes (`qzqd worker`), so that a
/// file that crashes the converter, exhausts memory or never finishes costs
/// the batch that one file, while the others pay no process start-up each.
///
/// A worker that crashes or overstays its time limit is killed and replaced;
/// one that has served `filesPerWorker` files is retired, so whatever a
/// long run leaks goes with it.
public final class WorkerPool: FileConverting, @unchecked Sendable {
    /// Workers get the password in their environment, not their arguments,
    /// which any user can read with `ps`.
    public static let passwordVariable = "QZQD_PASSWORD"
    public static let filesPerWorker = 100

    private let executable: String
    private let arguments: [String]
    private let environment: [String: String]
    private let timeout: Duration?
    /// Told the pages OCR has read of a file (its input path), as its worker reports them.
    private let recognized: (@Sendable (_ input: String, _ pages: Int, _ of: Int) -> Void)?

    private let lock = NSLock()
    private var idle: [(process: PipedProcess, served: Int)] = []

    /// - Parameters:
    ///   - executable: a program that speaks `WorkerProtocol` on its standard input and output.
    ///   - arguments: its arguments (`worker` and the conversion options).
    ///   - timeout: how long a file may take; while its worker reports pages
    ///     read by OCR, how long it may go without reading one.
    public init(
        executable: String, arguments: [String], environment: [String: String] = [:], timeout: Duration?,
        recognized: (@Sendable (_ input: String, _ pages: Int, _ of: Int) -> Void)? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        // Swift's crash backtracer takes a second or more per crash; the
        // first lines of the crash are all a manifest can use.
        self.environment = environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { mine, _ in mine }
        self.timeout = timeout
        self.recognized = recognized
        // A worker that dies between two files must not take the batch with it
        // when it is sent the next one.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        // All are told to finish first, so that they end side by side, not one after another.
        for worker in idle { worker.process.closeInput() }
        for worker in idle { worker.process.close() }
    }

    public func convert(_ inputPath: String, to outputPath: String) -> Result<ConversionSummary, FileFailure> {
        let request = WorkerProtocol.encode(WorkerProtocol.Request(input: inputPath, output: outputPath))
        var worker: (process: PipedProcess, served: Int)
        do {
            worker = try takeWorker()
            if !worker.process.send(request) {
                // It died while idle; a fresh one gets the file.
                worker.process.kill()
                worker = (try PipedProcess(executable, arguments: arguments, environment: environment), 0)
                guard worker.process.send(request) else { return .failure(Self.internalFailure("the converter process did not start")) }
            }
        } catch {
            return .failure(Self.internalFailure(error.description))
        }
        var reply = worker.process.receiveLine(until: timeout.map { ContinuousClock.now + $0 })
        // A page read is progress: the time limit starts again.
        while case .line(let line) = reply, let pages = WorkerProtocol.decodeRecognized(line) {
            recognized?(inputPath, pages.pages, pages.of)
            reply = worker.process.receiveLine(until: timeout.map { ContinuousClock.now + $0 })
        }
        let stderr = worker.process.takeStandardError()
        switch reply {
        case .line(let line):
            guard let result = WorkerProtocol.decodeResult(line) else {
                worker.process.kill()
                return .failure(Self.internalFailure("the converter process replied with something else than a result"))
            }
            giveBack(worker.process, served: worker.served + 1)
            return result
        case .timedOut:
            let limit = timeout.map { " \(Self.format($0)) s" } ?? ""
            return .failure(FileFailure(code: ConversionError.Kind.timeout.rawValue, message: "conversion took longer than\(limit); stopped"))
        case .ended(let termination):
            return .failure(Self.internalFailure(Self.describe(termination, stderr)))
        }
    }

    /// The `qzqd worker` arguments that convert with `options` (the password goes in the environment),
    /// writing a review report beside each output when `report`.
    public static func workerArguments(_ options: ConversionOptions, report: Bool = false) -> [String] {
        var arguments = ["worker", "--max-bytes=\(options.maxBytes)", "--format=\(options.format.rawValue)"]
        if options.style == .jcs { arguments.append("--jcs") }
        if options.strict { arguments.append("--strict") }
        if options.provenance { arguments.append("--provenance") }
        if report { arguments.append("--report") }
        arguments += ["--ocr=\(options.ocr.rawValue)", "--pdf-threads=\(options.pdfThreads)"]
        return arguments
    }

    private func takeWorker() throws(FileSystemError) -> (process: PipedProcess, served: Int) {
        if let worker = lock.withLock({ idle.popLast() }) { return worker }
        return (try PipedProcess(executable, arguments: arguments, environment: environment), 0)
    }

    private func giveBack(_ process: PipedProcess, served: Int) {
        if served >= Self.filesPerWorker {
            process.close()
        } else {
            lock.withLock { idle.append((process, served)) }
        }
    }

    private static func internalFailure(_ message: String) -> FileFailure {
        FileFailure(code: ConversionError.Kind.internalError.rawValue, message: message)
    }

    private static func describe(_ termination: PipedProcess.Termination, _ standardError: [UInt8]) -> String {
        let lines = String(decoding: standardError, as: UTF8.self).split(separator: "\n")
        switch termination {
        case .signaled(let signal):
            // Swift's runtime prints "Fatal error: …" before trapping; it says more than the signal.
            let report = lines.last { $0.contains("Fatal error") || $0.contains("Precondition failed") } ?? lines.last
            return "the converter crashed (\(SignalName.describe(signal)))" + (report.map { ": " + $0.prefix(300) } ?? "")
        case .exited(let status):
            return "the converter process exited with status \(status)" + (lines.last.map { ": " + $0.prefix(300) } ?? "")
        }
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
    }
}
