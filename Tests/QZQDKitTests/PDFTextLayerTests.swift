import CanonicalJSON
import Foundation
import Testing
import TestSupport
@testable import QZQDKit

/// How a PDF's text layer reaches the output: pages whose fonts have no
/// Unicode map, and the threads that read the pages.
@Suite struct PDFTextLayerTests {
    static let garbage = TextPDF.Page(width: 595.28, height: 841.89, runs: (0..<6).map {
        TextPDF.Run(x: 60, top: 100 + Double($0) * 20, size: 12, string: String(repeating: "\u{0A3C}\u{1B22}\u{0456}\u{2211}\u{5E12}", count: 4), font: .unmappedCID)
    })

    @Test func aPDFWhoseTextDoesNotDecodeIsRefused() throws {
        let bytes = TextPDF(pages: [Self.garbage, Self.garbage]).bytes()
        #expect(throws: ConversionError(.undecodablePDFText, "the PDF's text layer cannot be decoded (fonts without a Unicode map) on pages 1-2; try OCR (--ocr always)")) {
            try Converter.convert(bytes: bytes, fileName: "garbage.pdf")
        }
        #expect(ConversionError.Kind.undecodablePDFText.exitStatus == 17)
    }

    @Test(.enabled(if: ExternalTools.has("qpdf"), ExternalTools.missing("qpdf", package: "qpdf")))
    func aCoverPageThatDoesNotDecodeIsReadAsBlankAndSaidSo() throws {
        let directory = try TemporaryDirectory()
        let cover = try directory.write("cover.pdf", TextPDF(pages: [Self.garbage]).bytes())
        let list = Fixtures.path("corpus/xiangdu-yibao.pdf")
        let joined = directory.path("joined.pdf")
        try ExternalTools.run("qpdf", ["--empty", "--pages", cover, list, "--", joined])

        let plain = try JSONParser.parse(Converter.convert(fileAt: list).json)
        let covered = try JSONParser.parse(Converter.convert(fileAt: joined).json)
        #expect(covered["source"]?["pages"]?.intValue == 9)
        #expect(covered["list"] == plain["list"])
        #expect(covered["summary"] == plain["summary"])
        // The same items, each one page further on.
        let shifted = (plain["items"]?.arrayValue ?? []).map { item -> JSONValue in
            guard case .object(var members) = item else { return item }
            members["pages"] = .array((item["pages"]?.arrayValue ?? []).map { .number(Double(($0.intValue ?? 0) + 1)) })
            return .object(members)
        }
        #expect(covered["items"] == .array(shifted))
        let notes = (covered["diagnostics"]?.arrayValue ?? []).filter { $0["code"]?.stringValue == "page-text-undecodable" }
        #expect(notes.map { $0["severity"]?.stringValue } == ["warning"])
        #expect(notes.map { $0["message"]?.stringValue } == ["第1页的文字层无法解码（字体缺少Unicode映射），按空白页处理"])
    }

    @Test func outputIsTheSameOnOneThreadOrMany() throws {
        let path = Fixtures.path("corpus/zhao-yibao.pdf")
        let one = try Converter.convert(fileAt: path, options: ConversionOptions(pdfThreads: 1)).json
        let three = try Converter.convert(fileAt: path, options: ConversionOptions(pdfThreads: 3)).json
        #expect(one == three)
    }
}
