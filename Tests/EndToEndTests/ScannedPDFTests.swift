import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

/// Scanned PDFs: read by OCR when Tesseract's language data is installed,
/// refused (status 8, with the packages to install) when it is not or `--ocr never` says so.
@Suite struct ScannedPDFTests {
    let scan = Fixtures.path("scanned/zhao-yibao-scan-p3-4.pdf")

    @Test(.enabled(if: Tools.hasTesseractData, Tools.missingTesseractData))
    func aScannedListIsReadByOCRAndItsTextMarkedAsRecognized() throws {
        let outcome = try QZQDProcess.run(["convert", scan, "--timeout", "0", "--provenance"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        let document = try JSONParser.parse(outcome.standardOutput)
        let items = document["items"]?.arrayValue ?? []
        #expect(items.map { $0["seq"]?.intValue } == [1, 2, 3])
        #expect(items.map { $0["name"]?.stringValue } == [
            "对用人单位不办理医疗保险登记的处罚",
            "对以欺诈、伪造证明材料或者其他手段骗取医保基金支出的处罚",
            "对以欺诈、伪造证明材料或者其他手段骗取医保待遇的处罚",
        ])
        #expect(items.map { $0["subject"]?.stringValue } == ["赵县医疗保障局", "赵县医疗保障局", "赵县医疗保障局"])
        #expect(items.map { $0["category"]?.stringValue } == ["行政处罚", "行政处罚", "行政处罚"])
        #expect(document["list"]?["title"]?.stringValue == "赵县医疗保障局权责清单")
        #expect(document["source"]?["pages"]?.intValue == 2)
        let recognized = (document["diagnostics"]?.arrayValue ?? []).filter { $0["code"]?.stringValue == "ocr-text" }
        #expect(recognized.count == 1)
        #expect(recognized.first?["seq"] == .null)
        #expect(recognized.first?["message"]?.stringValue?.hasPrefix("第1-2页无文字层（扫描图像），文字经OCR识别，平均置信度") == true)
        // Recognized cells stand where the text PDF the scan was made from
        // prints them (its page 3: item 1's name at 92.3, 135.1 – 137.3, 185.6).
        let nameBox = items.first?["provenance"]?["name"]?.arrayValue?.first
        #expect(nameBox?["page"]?.intValue == 1)
        let box = nameBox?["box"]?.arrayValue?.compactMap(\.doubleValue) ?? []
        #expect(box.count == 4 && zip(box, [92.3, 135.1, 137.3, 185.6]).allSatisfy { abs($0 - $1) < 3 }, "\(box)")
    }

    @Test func withOCRForbiddenAScanFailsAsBefore() throws {
        let outcome = try QZQDProcess.run(["convert", scan, "--ocr", "never"])
        #expect(outcome.status == ConversionError.Kind.noTextLayer.exitStatus)
        #expect(outcome.standardErrorLines == [
            "qzqd: \(scan): none of the 2 pages has a text layer (a scanned document?); --ocr never leaves them unread",
        ])
    }

    @Test func withoutLanguageDataAScanFailsNamingThePackagesToInstall() throws {
        let empty = try TemporaryDirectory()
        let outcome = try QZQDProcess.run(["convert", scan], environment: ["TESSDATA_PREFIX": empty.path])
        #expect(outcome.status == ConversionError.Kind.noTextLayer.exitStatus)
        #expect(outcome.standardErrorLines == [
            "qzqd: \(scan): none of the 2 pages has a text layer (a scanned document?), and OCR cannot read them: "
                + "Tesseract's language data for chi_sim, HanS, eng is not installed "
                + "(apt-get install tesseract-ocr-chi-sim tesseract-ocr-script-hans tesseract-ocr-eng, or set TESSDATA_PREFIX to its directory)",
        ])
    }
}
