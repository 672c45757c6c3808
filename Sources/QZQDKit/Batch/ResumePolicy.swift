/// Which inputs a batch may skip because an earlier run already converted them.
///
/// A file is skipped when an earlier run converted exactly these bytes (same
/// SHA-256) with this tool version into this output style, at the path this
/// run would write, and that output still exists. Under `--strict` a result
/// with error diagnostics is redone, since it would now fail. An output
/// with provenance is redone without it, and the other way round. `--force`
/// skips nothing.
public struct ResumePolicy: Sendable {
    public var toolVersion: String
    public var outputStyle: OutputStyle
    public var provenance: Bool
    public var strict: Bool
    public var force: Bool

    public init(toolVersion: String, outputStyle: OutputStyle, provenance: Bool = false, strict: Bool, force: Bool) {
        self.toolVersion = toolVersion
        self.outputStyle = outputStyle
        self.provenance = provenance
        self.strict = strict
        self.force = force
    }

    /// Whether `prior` could let `input` be skipped, before hashing the input:
    /// without a candidate the batch need not read the file twice.
    public func isCandidate(_ prior: PriorResult?, for input: BatchInput) -> Bool {
        guard !force, let prior, prior.toolVersion == toolVersion, prior.outputStyle == outputStyle, prior.provenance == provenance else { return false }
        let entry = prior.entry
        guard entry.status != .failed, entry.output == input.output, entry.sha256 != nil else { return false }
        return !strict || (entry.diagnostics?.error ?? 0) == 0
    }

    /// The entry to record for a skipped input, or `nil` when it must be converted.
    public func skippedEntry(_ prior: PriorResult?, for input: BatchInput, sha256: String, outputExists: Bool) -> ManifestEntry? {
        guard isCandidate(prior, for: input), let prior, prior.entry.sha256 == sha256, outputExists else { return nil }
        var entry = prior.entry
        entry.status = .skipped
        return entry
    }
}
