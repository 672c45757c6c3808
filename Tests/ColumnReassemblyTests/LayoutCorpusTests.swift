import CanonicalJSON
import Foundation
import PowerListModel
import Testing
import TestSupport

@testable import ColumnReassembly

/// The same checks on `pdftotext -layout` dumps of the corpus PDFs, made in
/// the test when poppler-utils is installed.
@Suite struct LayoutCorpusTests {
    @Test(arguments: GeometryCorpusTests.corpus)
    func rowsMatchGold(_ name: String) throws {
        guard let text = try PDFToTextLayout.dump(Fixtures.path("corpus/\(name).pdf")) else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sniffed = LayoutTextReassembler.looksLikeLayoutText(lines)
        #expect(sniffed)
        let grid = try LayoutTextReassembler.reassemble(lines)
        let gold = try Fixtures.json("corpus/\(name).gold.json")
        CorpusGridCheck.expectMatches(grid: grid, gold: gold)
        #expect(grid.pageCount == gold["source"]?["pages"]?.intValue)
    }
}

/// Runs `pdftotext -layout` when it is installed; nil when it is not.
enum PDFToTextLayout {
    static func dump(_ pdfPath: String) throws -> String? {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", pdfPath, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
