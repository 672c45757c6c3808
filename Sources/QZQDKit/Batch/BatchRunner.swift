import Foundation

/// Converts every input of a directory tree into a mirrored output tree,
/// several files at once, resuming where earlier runs stopped.
///
/// Guarantees, whatever happens to the process (`kill -9` included): every
/// output is complete or absent; every finished file is recorded (journal)
/// so a re-run does not redo it; one batch at a time writes a directory (lock).
public struct BatchRunner: Sendable {
    public var options: BatchOptions
    public var converter: any FileConverting
    public var progress: (any BatchProgress)?
    public var sink: (any BatchOutputSink)?

    public init(options: BatchOptions, converter: any FileConverting, progress: (any BatchProgress)? = nil, sink: (any BatchOutputSink)? = nil) {
        self.options = options
        self.converter = converter
        self.progress = progress
        self.sink = sink
    }

    public func run() throws(BatchError) -> BatchReport {
        let clock = ContinuousClock()
        let start = clock.now
        let input = options.inputDirectory, output = options.outputDirectory
        guard Directory.isDirectory(input) else {
            throw .inputDirectory(FileSystemError("read directory", input, code: Directory.fileExists(input) ? ENOTDIR : ENOENT))
        }
        do { try Directory.create(output) } catch { throw .outputDirectory(error) }
        let lock: DirectoryLock
        do {
            lock = try DirectoryLock(directory: output)
        } catch {
            switch error {
            case .held(let lockFile, let holder): throw .locked(lockFile: lockFile, holder: holder)
            case .unavailable(let failure): throw .outputDirectory(failure)
            }
        }
        Directory.removeAbandonedTemporaryFiles(under: output)
        let tree: InputTree
        do { tree = try InputTree.scan(input, excluding: output) } catch { throw .inputDirectory(error) }
        let journal: ManifestJournal
        do { journal = try ManifestJournal(directory: output, toolVersion: options.toolVersion, outputStyle: options.outputStyle, provenance: options.provenance) } catch { throw .outputDirectory(error) }

        let work = BatchWork(
            tree.inputs, prior: PriorResult.load(outputDirectory: output), options: options,
            converter: converter, progress: progress, sink: sink, journal: journal
        )
        // Every file met is in the manifest: the ones the batch read, and the
        // ones it could not or would not, with the reason.
        let entries = work.run()
            + tree.undecodableNames.map { ManifestEntry.failed($0, sha256: nil, FileFailure.undecodableName, durationSeconds: 0) }
            + tree.ignored.map { ManifestEntry.ignored($0, reason: FileFailure.unsupportedExtension($0)) }
        let manifest = Manifest(toolVersion: options.toolVersion, outputStyle: options.outputStyle, provenance: options.provenance, entries: entries)
        let manifestPath = output + "/" + Manifest.fileName
        do { try AtomicFile.write(manifest.encoded(), to: manifestPath) } catch { throw .outputDirectory(error) }
        journal.remove()
        lock.release()
        return BatchReport(
            manifest: manifest, manifestPath: manifestPath, ignored: tree.ignored,
            unreadableDirectories: tree.unreadableDirectories, sinkFailures: work.sinkFailures, elapsed: start.duration(to: clock.now)
        )
    }
}

/// What a finished batch reports to the CLI.
public struct BatchReport: Sendable {
    public var manifest: Manifest
    public var manifestPath: String
    public var ignored: [String]
    public var unreadableDirectories: [String]
    /// Documents converted but not taken by the batch's sink (not stored in its database).
    public var sinkFailures: [BatchSinkFailure]
    public var elapsed: Duration

    public init(
        manifest: Manifest, manifestPath: String, ignored: [String], unreadableDirectories: [String],
        sinkFailures: [BatchSinkFailure] = [], elapsed: Duration
    ) {
        self.manifest = manifest
        self.manifestPath = manifestPath
        self.ignored = ignored
        self.unreadableDirectories = unreadableDirectories
        self.sinkFailures = sinkFailures
        self.elapsed = elapsed
    }

    public var failed: [ManifestEntry] { manifest.entries.filter { $0.status == .failed } }

    public var exitStatus: Int32 { failed.isEmpty && sinkFailures.isEmpty ? ExitStatus.success : ExitStatus.someFilesFailed }
}
