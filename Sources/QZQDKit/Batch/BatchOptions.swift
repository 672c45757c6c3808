/// What `qzqd batch` was asked to do.
public struct BatchOptions: Sendable {
    public var inputDirectory: String
    public var outputDirectory: String
    /// Files converted at once.
    public var jobs: Int
    public var outputStyle: OutputStyle
    /// Outputs carry `provenance`.
    public var provenance: Bool
    /// Each output gets its review report beside it (`NAME.report.html`);
    /// a file whose report is missing is converted again.
    public var report: Bool
    public var strict: Bool
    /// Convert every file again, ignoring earlier results.
    public var force: Bool
    /// The build whose outputs a later run may keep (`ToolVersion.build`).
    public var toolVersion: String

    public static let defaultInputDirectory = "Input"
    public static let defaultOutputDirectory = "Output"

    public init(
        inputDirectory: String = BatchOptions.defaultInputDirectory, outputDirectory: String = BatchOptions.defaultOutputDirectory,
        jobs: Int, outputStyle: OutputStyle = .canonical, provenance: Bool = false, strict: Bool = false, force: Bool = false,
        toolVersion: String = ToolVersion.build, report: Bool = false
    ) {
        self.report = report
        self.inputDirectory = inputDirectory
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.outputStyle = outputStyle
        self.provenance = provenance
        self.strict = strict
        self.force = force
        self.toolVersion = toolVersion
    }

    /// Threads each file's pages are read on: the cores the batch may use
    /// (`jobs`) shared among the files converted at once, so that a batch of
    /// fewer files than jobs (one long list) still uses every core, and
    /// never more than `jobs` threads run.
    public static func pageThreads(jobs: Int, files: Int) -> Int {
        max(1, jobs / max(1, min(jobs, files)))
    }

    var resumePolicy: ResumePolicy {
        ResumePolicy(toolVersion: toolVersion, outputStyle: outputStyle, provenance: provenance, strict: strict, force: force)
    }
}

/// Why a batch could not run at all (as opposed to files that failed).
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case inputDirectory(FileSystemError)
    case outputDirectory(FileSystemError)
    case locked(lockFile: String, holder: Int32?)

    public var description: String {
        switch self {
        case .inputDirectory(let error), .outputDirectory(let error): error.description
        case .locked(let lockFile, let holder): DirectoryLock.Failure.held(lockFile: lockFile, holder: holder).description
        }
    }

    /// The path the message is about, for the CLI's "qzqd: PATH: MESSAGE".
    public var path: String {
        switch self {
        case .inputDirectory(let error), .outputDirectory(let error): error.path
        case .locked(let lockFile, _): lockFile
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .inputDirectory: ExitStatus.noInput
        case .outputDirectory: ExitStatus.cannotCreateOutput
        case .locked: ExitStatus.outputLocked
        }
    }
}
