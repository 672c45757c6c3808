import CTesseract
@testable import OCR
import PowerListModel
import Testing
import TestSupport

/// Real recognition of one scanned page (seconds of CPU: one page only).
@Suite struct ScannedPageReaderTests {
    let scan = Fixtures.path("scanned/zhao-yibao-scan-p3-4.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func aScannedPageBecomesGlyphsWhereTheTextPDFHasThem() throws {
        let pages = try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1)
        let page = try #require(pages.first)
        #expect(page.glyphs.number == 1)
        // A4 landscape, as the page says (250 dpi pixels, drawn at 300 dpi, mapped back to points).
        #expect(abs(page.glyphs.width - 842.1) < 0.5 && abs(page.glyphs.height - 595.6) < 0.5)
        #expect(page.glyphs.glyphs.allSatisfy { $0.confidence != nil || $0.scalar == " " })
        #expect((page.meanConfidence ?? 0) > 90)

        // Each recognized line's glyphs follow one another: the text of known cells.
        let scalars = page.glyphs.glyphs.map(\.scalar)
        let text = String(String.UnicodeScalarView(scalars))
        for cell in ["赵县医疗保障局权责清单事项分表", "序号", "权力事项", "实施依据", "责任事项", "追责情形", "备注",
                     "对用人单位", "不办理医疗", "保险登记的", "因不履行或不正确履行行政职责，有下列情形", "基金监管和财"] {
            #expect(text.contains(cell), "\(cell)")
        }
        // Where the text PDF the scan was made from puts the title: 赵 at x 286.1, its line 54.6…78.0.
        let titleText = Array("赵县医疗保障局权责清单事项分表".unicodeScalars)
        let start = try #require(scalars.indices.first { Array(scalars[$0...].prefix(titleText.count)) == titleText })
        let title = page.glyphs.glyphs[start]
        #expect(abs(title.x0 - 286.1) < 3)
        #expect(title.y0 < 60 && title.y1 > 72)
    }

    @Test func missingLanguageDataIsATypedErrorNamingThePackages() throws {
        let empty = try TemporaryDirectory()
        #expect(throws: OCRError.languageDataMissing(languages: ["chi_sim", "HanS", "eng"])) {
            try ScannedPageReader.read(pdfAt: scan, password: nil, pages: [1], threads: 1, dataPath: empty.path)
        }
        #expect(OCRError.languageDataMissing(languages: ["chi_sim"]).message
            == "Tesseract's language data for chi_sim is not installed (apt-get install tesseract-ocr-chi-sim tesseract-ocr-script-hans tesseract-ocr-eng, or set TESSDATA_PREFIX to its directory)")
    }

    @Test func aMissingTesseractLibraryIsATypedErrorNamingThePackages() {
        let error = OCRError.libraryMissing(reason: "libtesseract.so.5: cannot open shared object file: No such file or directory")
        #expect(error.code == "ocr-library-missing")
        #expect(error.message == "Tesseract could not be loaded (libtesseract.so.5: cannot open shared object file: No such file or directory; "
            + "apt-get install libtesseract5 tesseract-ocr-chi-sim tesseract-ocr-script-hans tesseract-ocr-eng)")
    }

    /// The libraries open once, and every function qzqd calls is found in them
    /// (`scripts/make-tesseract-trampolines`).
    @Test func tesseractAndLeptonicaOpenWithEveryFunctionQZQDCalls() throws {
        try OCRLibraries.load()
        try OCRLibraries.load()
        let image = try #require(PageImage.adopting(pixCreate(40, 30, 8)))
        #expect(pixGetWidth(image.pix) == 40 && pixGetHeight(image.pix) == 30 && pixGetDepth(image.pix) == 8)
    }
}
