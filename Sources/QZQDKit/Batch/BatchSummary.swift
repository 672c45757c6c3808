/// The screen a batch ends with: what it did, what failed and why, how fast.
public enum BatchSummary {
    /// Failures listed by name; the manifest has the rest.
    static let failureLines = 15

    public static func render(_ report: BatchReport) -> String {
        let manifest = report.manifest
        let (ok, failed, skipped) = (manifest.count(.ok), manifest.count(.failed), manifest.count(.skipped))
        let seconds = report.elapsed.seconds
        let converted = ok + failed
        let rate = seconds > 0 ? String(format1: Double(converted) / seconds) : "-"
        let taken = manifest.entries.count - manifest.count(.ignored)
        var lines = ["\(taken) files in \(formatSeconds(seconds)) (\(rate) files/s): \(ok) ok, \(failed) failed, \(skipped) skipped"]

        let outputs = manifest.entries.filter { $0.status == .ok || $0.status == .skipped }
        let items = outputs.reduce(0) { $0 + ($1.items ?? 0) }
        let diagnostics = outputs.reduce(DiagnosticCounts()) { $0 + ($1.diagnostics ?? DiagnosticCounts()) }
        lines.append("\(TerminalText.grouped(items)) items; diagnostics: \(diagnostics.error) errors, \(diagnostics.warning) warnings, \(diagnostics.info) info")
        if !report.ignored.isEmpty {
            let files = report.ignored.count == 1 ? "1 file" : "\(report.ignored.count) files"
            lines.append("ignored \(files) of formats qzqd does not read (e.g. \(report.ignored[0]))")
        }
        for directory in report.unreadableDirectories {
            lines.append("could not read directory \(directory)")
        }
        let failures = report.failed
        if !failures.isEmpty {
            lines.append("failed:")
            for entry in failures.prefix(failureLines) {
                lines.append("  \(entry.path): \(entry.error?.code ?? "?"): \(entry.error?.oneLineMessage ?? "")")
            }
            if failures.count > failureLines { lines.append("  … and \(failures.count - failureLines) more") }
        }
        let notStored = report.sinkFailures.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        if !notStored.isEmpty {
            lines.append("converted but not stored:")
            for failure in notStored.prefix(failureLines) { lines.append("  \(failure.path): \(failure.message)") }
            if notStored.count > failureLines { lines.append("  … and \(notStored.count - failureLines) more") }
        }
        lines.append("manifest: \(report.manifestPath)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        seconds < 60 ? String(format1: seconds) + " s" : TerminalText.clock(seconds)
    }
}

private extension String {
    /// One decimal, without Foundation's locale-dependent formatting.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
