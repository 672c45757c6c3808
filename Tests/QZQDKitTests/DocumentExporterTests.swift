import DataExport
import Foundation
import GRDB
import QZQDKit
import Testing
import TestSupport

@Suite struct DocumentExporterTests {
    @Test func exportsEachDocumentOnceToEveryTarget() throws {
        let directory = try TemporaryDirectory()
        let documents = try ["seeds/000_53652f109c077542.gold.json", "seeds/002_87517433289be30b.gold.json"]
            .map { try DocumentReader.decode(fileAt: Fixtures.path($0)) }
        let exporter = try DocumentExporter(targets: ExportTargets(
            sqlite: directory.path("db.sqlite"), csv: directory.path("items.csv"), jsonl: directory.path("items.jsonl")
        ))
        #expect(try exporter.add(documents[0]) == .exported)
        #expect(try exporter.add(documents[1]) == .exported)
        #expect(try exporter.add(documents[0]) == .duplicate)
        try exporter.finish()
        #expect(exporter.documents == 2 && exporter.items == 43)
        #expect(try Fixtures.read(directory.path("items.csv")) == ItemCSV.encode(documents))
        #expect(try Fixtures.read(directory.path("items.jsonl")) == ItemJSONLines.encode(documents))
        let items = try DatabaseQueue(path: directory.path("db.sqlite")).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM items") }
        #expect(items == 43)
    }

    @Test func anUnwritableTargetIsAnExportFailure() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ExportFailure.self) {
            try DocumentExporter(targets: ExportTargets(sqlite: directory.path("no/such/dir/db.sqlite")))
        }
        let exporter = try DocumentExporter(targets: ExportTargets(csv: directory.path("no/such/dir/items.csv")))
        #expect(throws: ExportFailure.self) { try exporter.finish() }
    }
}
