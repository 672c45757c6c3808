import CanonicalJSON
import QZQDKit
import Testing
import TestSupport

@Suite struct ManifestTests {
    static let converted = ManifestEntry.converted(
        "县/医保局.pdf", output: "县/医保局.json",
        ConversionSummary(sha256: String(repeating: "a", count: 64), items: 26, diagnostics: DiagnosticCounts(error: 0, warning: 3, info: 1)),
        durationSeconds: 0.41234
    )
    static let failed = ManifestEntry.failed(
        "a/broken.pdf", sha256: String(repeating: "b", count: 64),
        FileFailure(code: "damaged-pdf", message: "not a PDF"), durationSeconds: 0.002
    )

    @Test func sortsEntriesByPathAndCountsStatuses() {
        let manifest = Manifest(toolVersion: "9.9.9", outputStyle: .canonical, entries: [Self.converted, Self.failed])
        #expect(manifest.entries.map(\.path) == ["a/broken.pdf", "县/医保局.pdf"])
        #expect(manifest.count(.ok) == 1)
        #expect(manifest.count(.failed) == 1)
        #expect(manifest.count(.skipped) == 0)
    }

    @Test func serializesEveryFieldCanonically() throws {
        let manifest = Manifest(toolVersion: "9.9.9", outputStyle: .jcs, provenance: true, entries: [Self.failed])
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        #expect(text == """
        {
          "counts": {
            "failed": 1,
            "ignored": 0,
            "ok": 0,
            "skipped": 0
          },
          "files": [
            {
              "diagnostics": null,
              "durationSeconds": 0.002,
              "error": {
                "code": "damaged-pdf",
                "message": "not a PDF"
              },
              "items": null,
              "output": null,
              "path": "a/broken.pdf",
              "sha256": "\(String(repeating: "b", count: 64))",
              "status": "failed"
            }
          ],
          "manifestVersion": 2,
          "outputStyle": "jcs",
          "provenance": true,
          "toolVersion": "9.9.9"
        }

        """)
    }

    @Test func keepsDurationsToTheMillisecond() {
        #expect(Self.converted.durationSeconds == 0.412)
    }

    @Test func roundTripsThroughItsJSON() throws {
        let manifest = Manifest(toolVersion: "9.9.9", outputStyle: .canonical, entries: [Self.converted, Self.failed])
        let decoded = try #require(Manifest(json: try JSONParser.parse(manifest.encoded())))
        #expect(decoded.entries == [Self.failed, Self.converted])
        #expect(decoded.toolVersion == "9.9.9")
        #expect(decoded.outputStyle == .canonical)
    }

    @Test func refusesAnotherFormatVersion() throws {
        var json = Manifest(toolVersion: "0.2.0+abc", outputStyle: .canonical, entries: []).json
        guard case .object(var members) = json else { Issue.record("not an object"); return }
        members["manifestVersion"] = .int(Manifest.formatVersion + 1)
        json = .object(members)
        #expect(Manifest(json: json) == nil)
    }

    @Test func readsNothingFromAMissingOrCorruptFile() throws {
        let directory = try TemporaryDirectory()
        #expect(Manifest.read(from: directory.path("manifest.json")) == nil)
        try directory.write("manifest.json", "{\"files\": [")
        #expect(Manifest.read(from: directory.path("manifest.json")) == nil)
    }
}
