import Foundation
import QZQDKit
import Testing
import TestSupport

/// `qzqd batch --report`: each output gets its report beside it, and a run
/// that finds a report missing converts that file again.
@Suite struct BatchReportTests {
    let directory: TemporaryDirectory
    let options: BatchOptions
    let converter = InProcessConverter(options: ConversionOptions(pdfThreads: 1), writesReport: true)

    init() throws {
        directory = try TemporaryDirectory()
        _ = try directory.write("in/lists/xiangdu.csv", try Fixtures.bytes("formats/xiangdu-yibao.csv"))
        options = BatchOptions(inputDirectory: directory.path("in"), outputDirectory: directory.path("out"), jobs: 1, toolVersion: "test", report: true)
    }

    @Test func writesTheReportBesideTheJSON() throws {
        let report = try BatchRunner(options: options, converter: converter).run()
        #expect(report.manifest.entries.map(\.status) == [.ok])
        let html = String(decoding: try Fixtures.read(directory.path("out/lists/xiangdu.report.html")), as: UTF8.self)
        #expect(ReviewReportHTMLTests.count("<tr id=\"item-", in: html) == 17)
        #expect(html.contains("<main class=\"nopages\">"))
        // The JSON is the ordinary output: no provenance unless asked.
        let json = String(decoding: try Fixtures.read(directory.path("out/lists/xiangdu.json")), as: UTF8.self)
        #expect(!json.contains("\"provenance\""))
    }

    @Test func convertsAgainAFileWhoseReportIsMissing() throws {
        _ = try BatchRunner(options: options, converter: converter).run()
        #expect(try BatchRunner(options: options, converter: converter).run().manifest.entries.map(\.status) == [.skipped])
        try FileManager.default.removeItem(atPath: directory.path("out/lists/xiangdu.report.html"))
        #expect(try BatchRunner(options: options, converter: converter).run().manifest.entries.map(\.status) == [.ok])
        #expect(FileManager.default.fileExists(atPath: directory.path("out/lists/xiangdu.report.html")))
    }

    @Test func namesTheReportAfterTheOutput() {
        #expect(ReviewReportFile.path(besideOutput: "out/a/x.json") == "out/a/x.report.html")
        #expect(ReviewReportFile.path(besideOutput: "out/a/x.pdf.json") == "out/a/x.pdf.report.html")
    }

    @Test func forwardsTheFlagToTheWorkers() {
        #expect(WorkerPool.workerArguments(ConversionOptions(), report: true).contains("--report"))
        #expect(!WorkerPool.workerArguments(ConversionOptions()).contains("--report"))
    }
}
