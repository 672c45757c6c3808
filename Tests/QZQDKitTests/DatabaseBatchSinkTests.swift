import DataExport
import Foundation
import GRDB
import QZQDKit
import Testing
import TestSupport

/// Stands in for the pipeline: an input names a gold document, which
/// becomes its output; any other input becomes JSON that is no document.
struct GoldCopyingConverter: FileConverting {
    func convert(_ inputPath: String, to outputPath: String) -> Result<ConversionSummary, FileFailure> {
        let name = String(decoding: (try? Fixtures.read(inputPath)) ?? [], as: UTF8.self)
        let bytes = (try? Fixtures.bytes(name)) ?? Array("{\"not\": \"a document\"}\n".utf8)
        do {
            try AtomicFile.write(bytes, to: outputPath)
        } catch {
            return .failure(FileFailure(code: "internal", message: "\(error)"))
        }
        return .success(ConversionSummary(sha256: FileDigest.sha256(of: Array(name.utf8)), items: 1, diagnostics: DiagnosticCounts()))
    }
}

@Suite struct DatabaseBatchSinkTests {
    let directory: TemporaryDirectory
    let options: BatchOptions

    init() throws {
        directory = try TemporaryDirectory()
        options = BatchOptions(inputDirectory: directory.path("in"), outputDirectory: directory.path("out"), jobs: 2)
        try directory.write("in/xiangdu.txt", "seeds/000_53652f109c077542.gold.json")
        try directory.write("in/a/zhao.txt", "seeds/002_87517433289be30b.gold.json")
    }

    func run(into database: String) throws -> BatchReport {
        let sink = DatabaseBatchSink(database: try PowerListDatabase(path: directory.path(database)))
        return try BatchRunner(options: options, converter: GoldCopyingConverter(), sink: sink).run()
    }

    func counts(_ database: String) throws -> [Int] {
        try DatabaseQueue(path: directory.path(database)).read { db in
            try ["documents", "items", "steps"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
    }

    @Test func storesEveryConvertedDocument() throws {
        let report = try run(into: "lists.sqlite")
        #expect(report.exitStatus == 0 && report.sinkFailures.isEmpty)
        #expect(try counts("lists.sqlite") == [2, 43, 229])
        // A re-run skips both files; the database keeps them once.
        let again = try run(into: "lists.sqlite")
        #expect(again.manifest.count(.skipped) == 2)
        #expect(try counts("lists.sqlite") == [2, 43, 229])
    }

    @Test func aRerunFillsADatabaseThatLacksEarlierDocuments() throws {
        _ = try BatchRunner(options: options, converter: GoldCopyingConverter()).run()
        let report = try run(into: "later.sqlite")
        #expect(report.manifest.count(.skipped) == 2)
        #expect(try counts("later.sqlite") == [2, 43, 229])
    }

    @Test func anOutputThatIsNoDocumentIsReportedNotStored() throws {
        try directory.write("in/odd.txt", "something else")
        let report = try run(into: "lists.sqlite")
        #expect(report.manifest.count(.ok) == 3)
        #expect(report.sinkFailures.map(\.path) == ["odd.txt"])
        #expect(report.sinkFailures.first?.message.hasPrefix("cannot read its output back: not a qzqd document") == true)
        #expect(report.exitStatus == 1)
        #expect(BatchSummary.render(report).contains("converted but not stored:\n  odd.txt: cannot read its output back"))
        #expect(try counts("lists.sqlite") == [2, 43, 229])
    }
}
