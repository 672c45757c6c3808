import QZQDKit
import Testing

@Suite struct ResumePolicyTests {
    static let sha = String(repeating: "c", count: 64)
    static let input = BatchInput(path: "a/x.pdf", output: "a/x.json", size: 100)
    static let entry = ManifestEntry.converted(
        "a/x.pdf", output: "a/x.json", ConversionSummary(sha256: sha, items: 3, diagnostics: DiagnosticCounts(error: 1)),
        durationSeconds: 1
    )
    static let prior = PriorResult(entry: entry, toolVersion: "1.0", outputStyle: .canonical)
    static let policy = ResumePolicy(toolVersion: "1.0", outputStyle: .canonical, strict: false, force: false)

    @Test func skipsTheSameBytesConvertedTheSameWayWhoseOutputExists() {
        let skipped = Self.policy.skippedEntry(Self.prior, for: Self.input, sha256: Self.sha, outputExists: true)
        var expected = Self.entry
        expected.status = .skipped
        #expect(skipped == expected)
    }

    @Test func aSkippedEntrySkipsAgain() {
        var prior = Self.prior
        prior.entry.status = .skipped
        #expect(Self.policy.skippedEntry(prior, for: Self.input, sha256: Self.sha, outputExists: true) != nil)
    }

    @Test(arguments: [
        ("changed bytes", Self.prior, Self.policy, String(repeating: "d", count: 64), true),
        ("output deleted", Self.prior, Self.policy, Self.sha, false),
        ("other tool version", PriorResult(entry: Self.entry, toolVersion: "0.9", outputStyle: .canonical), Self.policy, Self.sha, true),
        ("other output style", PriorResult(entry: Self.entry, toolVersion: "1.0", outputStyle: .jcs), Self.policy, Self.sha, true),
        ("provenance asked for now", Self.prior, ResumePolicy(toolVersion: "1.0", outputStyle: .canonical, provenance: true, strict: false, force: false), Self.sha, true),
        ("provenance no longer asked for", PriorResult(entry: Self.entry, toolVersion: "1.0", outputStyle: .canonical, provenance: true), Self.policy, Self.sha, true),
        ("--force", Self.prior, ResumePolicy(toolVersion: "1.0", outputStyle: .canonical, strict: false, force: true), Self.sha, true),
        ("--strict and an error diagnostic", Self.prior, ResumePolicy(toolVersion: "1.0", outputStyle: .canonical, strict: true, force: false), Self.sha, true),
    ])
    func converts(_ reason: String, prior: PriorResult, policy: ResumePolicy, sha256: String, outputExists: Bool) {
        #expect(policy.skippedEntry(prior, for: Self.input, sha256: sha256, outputExists: outputExists) == nil, "\(reason)")
    }

    @Test func convertsAgainWhatFailedOrWentElsewhereOrWasNeverSeen() {
        var failed = Self.prior
        failed.entry = .failed("a/x.pdf", sha256: Self.sha, FileFailure(code: "empty", message: "empty"), durationSeconds: 0)
        #expect(!Self.policy.isCandidate(failed, for: Self.input))
        let moved = BatchInput(path: "a/x.pdf", output: "a/x.pdf.json", size: 100)
        #expect(!Self.policy.isCandidate(Self.prior, for: moved))
        #expect(!Self.policy.isCandidate(nil, for: Self.input))
        #expect(Self.policy.isCandidate(Self.prior, for: Self.input))
    }
}
