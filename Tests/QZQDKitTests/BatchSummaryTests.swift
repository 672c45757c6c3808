import QZQDKit
import Testing

@Suite struct BatchSummaryTests {
    @Test func fitsWhatHappenedOnOneScreen() {
        let ok = ManifestEntry.converted(
            "县/a.pdf", output: "县/a.json",
            ConversionSummary(sha256: "a", items: 1234, diagnostics: DiagnosticCounts(error: 1, warning: 5, info: 2)), durationSeconds: 1
        )
        var skipped = ManifestEntry.converted(
            "b.txt", output: "b.json", ConversionSummary(sha256: "b", items: 6, diagnostics: DiagnosticCounts(warning: 1)), durationSeconds: 1
        )
        skipped.status = .skipped
        let failed = ManifestEntry.failed(
            "c.pdf", sha256: "c", FileFailure(code: "internal", message: "schema violated:\n  /items/1/name: empty\n  /items/2/name: empty"),
            durationSeconds: 0
        )
        let report = BatchReport(
            manifest: Manifest(toolVersion: "0.2.0+abc", outputStyle: .canonical, entries: [ok, skipped, failed, .ignored("notes.md", reason: .unsupportedExtension("notes.md"))]),
            manifestPath: "Output/manifest.json",
            ignored: ["notes.md"], unreadableDirectories: ["secret"], elapsed: .seconds(4)
        )
        #expect(BatchSummary.render(report) == """
        3 files in 4.0 s (0.5 files/s): 1 ok, 1 failed, 1 skipped
        1,240 items; diagnostics: 1 errors, 6 warnings, 2 info
        ignored 1 file of formats qzqd does not read (e.g. notes.md)
        could not read directory secret
        failed:
          c.pdf: internal: schema violated: /items/1/name: empty; /items/2/name: empty
        manifest: Output/manifest.json

        """)
        #expect(report.exitStatus == 1)
    }
}
