import Foundation
@testable import PDFExtraction
import PowerListModel
import Testing
import TestSupport

@Suite struct PDFGlyphExtractorTests {
    @Test func readsEveryPageWithItsGlyphs() throws {
        let pages = try PDFGlyphExtractor.extract(path: Fixtures.path("corpus/zhao-yibao.pdf")).pages
        #expect(pages.count == 27)
        #expect(pages.map(\.number) == Array(1...27))
        let first = try #require(pages.first)
        #expect(abs(first.width - 841.89) < 0.01 && abs(first.height - 595.30) < 0.01)
        var text = ""
        text.unicodeScalars.append(contentsOf: first.glyphs.map(\.scalar))
        #expect(text.contains("赵县医疗保障局权责清单事项总表"))
        #expect(!first.glyphs.contains { $0.scalar == "\n" })
        // Boxes lie on the page, top-left origin, one per scalar.
        let inked = first.glyphs.filter { !$0.scalar.properties.isWhitespace }
        #expect(inked.allSatisfy { $0.x0 >= 0 && $0.x1 <= first.width && $0.y0 >= 0 && $0.y1 <= first.height && $0.x0 < $0.x1 && $0.y0 < $0.y1 })
        let title = try #require(inked.first { $0.scalar == "赵" })
        #expect(title.y0 < 100, "the title stands at the top of the page")
    }

    @Test func opensPathsWithChineseAndSpaces() throws {
        let path = NSTemporaryDirectory() + "qzqd-test-\(UUID().uuidString) 襄都区 医保#1.pdf"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus/xiangdu-yibao.pdf"), toPath: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PDFGlyphExtractor.extract(path: path).pages.count == 8)
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: PDFExtractionError.unreadable(path: "/nonexistent/qzqd.pdf")) {
            try PDFGlyphExtractor.extract(path: "/nonexistent/qzqd.pdf")
        }
    }

    @Test func emptyFileIsNoPDF() throws {
        let path = try TemporaryFile.write([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PDFExtractionError.notPDF) { try PDFGlyphExtractor.extract(path: path) }
    }

    @Test func randomBytesAreNoPDF() throws {
        var generator = SplitMix64(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try TemporaryFile.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PDFExtractionError.notPDF) { try PDFGlyphExtractor.extract(path: path) }
    }

    @Test func garbageAfterAHeaderIsDamaged() throws {
        var generator = SplitMix64(seed: 11)
        let bytes = Array("%PDF-1.7\n".utf8) + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try TemporaryFile.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PDFExtractionError.self) { try PDFGlyphExtractor.extract(path: path) }
        do {
            _ = try PDFGlyphExtractor.extract(path: path)
        } catch {
            guard case .damaged = error else {
                Issue.record("expected damaged, got \(error)")
                return
            }
        }
    }

    @Test(arguments: [0.1, 0.5, 0.9])
    func truncatedCorpusFileFailsCleanly(_ share: Double) throws {
        let bytes = try Fixtures.bytes("corpus/xiangdu-yibao.pdf")
        let path = try TemporaryFile.write(Array(bytes.prefix(Int(Double(bytes.count) * share))))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Without its cross-reference table the file cannot be rebuilt: a typed failure, no crash.
        do {
            let pages = try PDFGlyphExtractor.extract(path: path).pages
            Issue.record("a truncated file gave \(pages.count) pages")
        } catch {
            guard case .damaged = error else {
                Issue.record("expected damaged, got \(error)")
                return
            }
        }
    }

    @Test func imageOnlyPDFHasNoTextLayer() throws {
        let path = try TemporaryFile.write(Array(ImageOnlyPDF.bytes.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PDFExtractionError.noTextLayer(pageCount: 1)) { try PDFGlyphExtractor.extract(path: path) }
    }

    @Test(.enabled(if: ExternalTools.has("qpdf"), ExternalTools.missing("qpdf", package: "qpdf")))
    func encryptedPDFNeedsItsPassword() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("encrypted.pdf")
        try ExternalTools.run("qpdf", ["--encrypt", "user", "owner", "256", "--", Fixtures.path("corpus/xiangdu-yibao.pdf"), path])
        #expect(throws: PDFExtractionError.encrypted) { try PDFGlyphExtractor.extract(path: path) }
        #expect(throws: PDFExtractionError.wrongPassword) { try PDFGlyphExtractor.extract(path: path, password: "guess") }
        #expect(try PDFGlyphExtractor.extract(path: path, password: "user").pages.count == 8)
        #expect(try PDFGlyphExtractor.extract(path: path, password: "owner").pages.count == 8)
    }

    @Test func errorsHaveStableCodes() {
        #expect(PDFExtractionError.encrypted.code == "encrypted")
        #expect(PDFExtractionError.noTextLayer(pageCount: 3).code == "no-text-layer")
        #expect(PDFExtractionError.noTextLayer(pageCount: 3).message.contains("3"))
        #expect(PDFExtractionError.damaged("x").code == "damaged-pdf")
    }
}

/// A one-page PDF whose only content is a small gray image: what a scanned list looks like.
enum ImageOnlyPDF {
    static var bytes: String {
        let content = "q 200 0 0 100 50 600 cm /Im1 Do Q"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length 9 >>\nstream\n00FF8040>\nendstream",
        ]
        return MinimalPDF.document(objects: objects, root: 1)
    }
}

enum TemporaryFile {
    static func write(_ bytes: [UInt8], suffix: String = ".pdf") throws -> String {
        let path = NSTemporaryDirectory() + "qzqd-test-\(UUID().uuidString)\(suffix)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// A small deterministic generator, so that "random" inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct GlyphBoxHeightsTests {
    static func glyph(_ scalar: Unicode.Scalar, x: Double, top: Double, width: Double, height: Double) -> Glyph {
        Glyph(scalar: scalar, x0: x, y0: top, x1: x + width, y1: top + height)
    }

    @Test func boxesThreeLinesTallAreCutToOneLine() {
        // 10 pt CJK glyphs (one em wide) whose font declares boxes 28 pt tall.
        var glyphs = [Self.glyph("权", x: 0, top: 100, width: 10, height: 28), Self.glyph("力", x: 10, top: 100, width: 10, height: 28),
                      Self.glyph("1", x: 30, top: 100, width: 5, height: 28)]
        GlyphBoxHeights.normalize(&glyphs)
        #expect(glyphs.allSatisfy { abs(($0.y1 - $0.y0) - 13) < 1e-9 && abs(($0.y0 + $0.y1) / 2 - 114) < 1e-9 })
    }

    @Test func ordinaryBoxesStayAsTheyAre() {
        let original = [Self.glyph("权", x: 0, top: 100, width: 10, height: 13), Self.glyph("A", x: 10, top: 100, width: 5, height: 13)]
        var glyphs = original
        GlyphBoxHeights.normalize(&glyphs)
        #expect(glyphs == original)
    }
}

@Suite struct PageParallelReaderTests {
    /// Each thread opens its own document and takes the next page: the same
    /// pages, in order, on one thread or several, and more threads than pages.
    @Test func anyNumberOfThreadsReadsTheSamePages() throws {
        let path = Fixtures.path("corpus/zhao-yibao.pdf")
        let one = try PDFGlyphExtractor.extract(path: path, threads: 1)
        #expect(one.pages.map(\.number) == Array(1...27))
        #expect(try PDFGlyphExtractor.extract(path: path, threads: 2) == one)
        #expect(try PDFGlyphExtractor.extract(path: path, threads: 5) == one)
        let short = Fixtures.path("corpus/xiangdu-yibao.pdf")
        #expect(try PDFGlyphExtractor.extract(path: short, threads: 64) == PDFGlyphExtractor.extract(path: short, threads: 1))
    }
}
