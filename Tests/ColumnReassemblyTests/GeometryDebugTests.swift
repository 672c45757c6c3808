import Foundation
import PDFExtraction
import PowerListModel
import Testing
import TestSupport
@testable import ColumnReassembly

@Suite struct GeometryDebugTests {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["QZQD_DUMP"] != nil else { return }
        for name in ["zhao-yibao", "xiangdu-yibao"] {
            let pages = try PDFGlyphExtractor.extract(path: Fixtures.path("corpus/\(name).pdf"))
            var out = ""
            if let grid = try? GeometricTableReassembler.reassemble(pages) { out += render(grid) }
            if let text = try PDFToTextLayout.dump(Fixtures.path("corpus/\(name).pdf")) {
                let grid = try LayoutTextReassembler.reassemble(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                out += "\n=========== LAYOUT\n" + render(grid)
            }
            try out.write(toFile: "/tmp/grid-\(name).txt", atomically: true, encoding: .utf8)
        }
    }

    @Test func timing() throws {
        guard ProcessInfo.processInfo.environment["QZQD_TIME"] != nil else { return }
        let path = Fixtures.path("corpus/zhao-yibao.pdf")
        let clock = ContinuousClock()
        var pages: [GlyphPage] = []
        let extract = try clock.measure { for _ in 0..<5 { pages = try PDFGlyphExtractor.extract(path: path) } }
        let reassemble = try clock.measure { for _ in 0..<5 { _ = try GeometricTableReassembler.reassemble(pages) } }
        print("TIMING extract \(extract / 5) reassemble \(reassemble / 5) glyphs \(pages.map(\.glyphs.count).reduce(0, +))")
    }

    func render(_ grid: TableGrid) -> String {
        var out = "TITLES\n" + grid.titleLines.map { "  " + $0 }.joined(separator: "\n")
        out += "\nSUMMARY\n" + grid.summaryLines.map { "  " + $0.replacingOccurrences(of: "\t", with: " | ") }.joined(separator: "\n")
        out += "\nCOLUMNS \(grid.columns)\n"
        for row in grid.rows {
            out += "ROW \(row[.seq].text) pages \(row.pages)\n"
            for role in grid.columns where role != .seq {
                out += "   \(role): \(row[role].text)\n"
            }
        }
        out += "DIAG \(grid.diagnostics.map(\.message))\n"
        return out
    }
}
