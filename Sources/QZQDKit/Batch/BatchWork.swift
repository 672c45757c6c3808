import Foundation

/// The files of one batch, handed out to `jobs` threads, largest first so
/// that a big file started last does not leave the other threads idle at the end.
final class BatchWork: @unchecked Sendable {
    private let options: BatchOptions
    private let converter: any FileConverting
    private let progress: (any BatchProgress)?
    private let sink: (any BatchOutputSink)?
    private let journal: ManifestJournal
    private let policy: ResumePolicy
    private let queue: [BatchInput]
    private let prior: [String: PriorResult]
    /// Absolute, so a converter that runs elsewhere or needs a full path
    /// (poppler takes a file URI) gets paths that work.
    private let inputRoot: String
    private let outputRoot: String

    /// Guards everything below.
    private let lock = NSLock()
    private var next = 0
    private var entries: [ManifestEntry] = []
    /// Read once `run()` has returned.
    private(set) var sinkFailures: [BatchSinkFailure] = []

    init(
        _ inputs: [BatchInput], prior: [String: PriorResult], options: BatchOptions,
        converter: any FileConverting, progress: (any BatchProgress)?, sink: (any BatchOutputSink)? = nil, journal: ManifestJournal
    ) {
        queue = inputs.sorted { $0.size != $1.size ? $0.size > $1.size : $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.prior = prior
        self.options = options
        self.converter = converter
        self.progress = progress
        self.sink = sink
        self.journal = journal
        self.policy = options.resumePolicy
        inputRoot = Self.absolute(options.inputDirectory)
        outputRoot = Self.absolute(options.outputDirectory)
    }

    func run() -> [ManifestEntry] {
        progress?.started(total: queue.count, totalBytes: queue.reduce(0) { $0 + $1.size })
        let threads = min(options.jobs, queue.count)
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread { [self] in
                while let input = take() { finish(input, process(input)) }
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        progress?.ended()
        return entries
    }

    private func take() -> BatchInput? {
        lock.withLock {
            guard next < queue.count else { return nil }
            defer { next += 1 }
            progress?.began(queue[next])
            return queue[next]
        }
    }

    private func finish(_ input: BatchInput, _ entry: ManifestEntry) {
        if entry.status != .skipped { try? journal.append(entry) }
        if let sink, entry.status != .failed, let output = entry.output {
            do throws(BatchSinkFailure) {
                try sink.receive(entry, outputPath: outputRoot + "/" + output)
            } catch {
                lock.withLock { sinkFailures.append(error) }
            }
        }
        lock.withLock {
            entries.append(entry)
            progress?.finished(input, entry)
        }
    }

    private func process(_ input: BatchInput) -> ManifestEntry {
        let inputPath = inputRoot + "/" + input.path
        let outputPath = outputRoot + "/" + input.output
        let reportPath = ReviewReportFile.path(besideOutput: outputPath)
        let earlier = prior[input.path]
        let outputsExist = Directory.fileExists(outputPath) && (!options.report || Directory.fileExists(reportPath))
        if policy.isCandidate(earlier, for: input), let sha256 = try? FileDigest.sha256(ofFileAt: inputPath),
           let skipped = policy.skippedEntry(earlier, for: input, sha256: sha256, outputExists: outputsExist) {
            return skipped
        }
        let clock = ContinuousClock()
        let start = clock.now
        var result: Result<ConversionSummary, FileFailure>
        do {
            try Directory.create(Self.parent(of: outputPath))
            result = converter.convert(inputPath, to: outputPath)
        } catch {
            result = .failure(.outputUnwritable(error))
        }
        let seconds = start.duration(to: clock.now).seconds
        switch result {
        case .success(let summary):
            return .converted(input.path, output: input.output, summary, durationSeconds: seconds)
        case .failure(let failure):
            // An output left by an earlier, successful run would contradict the manifest.
            unlink(outputPath)
            if options.report { unlink(reportPath) }
            return .failed(input.path, sha256: try? FileDigest.sha256(ofFileAt: inputPath), failure, durationSeconds: seconds)
        }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    private static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    }
}
