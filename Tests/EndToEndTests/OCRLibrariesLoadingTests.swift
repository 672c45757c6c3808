import Testing
import TestSupport

/// Tesseract and its 40 libraries are opened when a page needs OCR, not at
/// start-up: a text list, and every batch worker, starts without them.
/// glibc's loader names every library it opens when `LD_DEBUG=libs` is set.
@Suite struct OCRLibrariesLoadingTests {
    private func openedLibraries(_ arguments: [String]) throws -> (status: Int32, tesseract: Bool, poppler: Bool) {
        let outcome = try QZQDProcess.run(arguments, environment: ["LD_DEBUG": "libs"])
        let opened = outcome.standardErrorLines.filter { $0.contains("calling init:") }
        return (outcome.status, opened.contains { $0.contains("libtesseract") }, opened.contains { $0.contains("libpoppler") })
    }

    @Test func aTextListIsConvertedWithoutOpeningTesseract() throws {
        let directory = try TemporaryDirectory()
        let opened = try openedLibraries(["convert", Fixtures.path("corpus/xiangdu-yibao.pdf"), "-o", directory.path("out.json")])
        #expect(opened.status == 0)
        // The loader's report is read: Poppler, linked in, is named.
        #expect(opened.poppler)
        #expect(!opened.tesseract)
    }

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func aScannedPageOpensTesseract() throws {
        let directory = try TemporaryDirectory()
        let opened = try openedLibraries(["convert", Fixtures.path("scanned/xiangdu-yibao-speckled-p3.pdf"), "-o", directory.path("out.json")])
        #expect(opened.status == 0)
        #expect(opened.tesseract)
    }
}
