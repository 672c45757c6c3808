import Foundation
@testable import PDFExtraction
import PowerListModel
import Testing
import TestSupport

/// Lines of real list text, for pages that must read as Chinese.
enum ListText {
    static let lines = [
        "对用人单位不办理医疗保险登记的处罚", "《中华人民共和国社会保险法》第八十四条", "用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正",
        "逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款", "立案责任：发现用人单位涉嫌违法的，予以审查，决定是否立案",
    ]

    static func runs(font: TextPDF.Font = .unicode, _ lines: [String] = lines) -> [TextPDF.Run] {
        lines.enumerated().map { TextPDF.Run(x: 40, top: 60 + Double($0.offset) * 14, size: 10, string: $0.element, font: font) }
    }

    static func page(_ runs: [TextPDF.Run]) -> TextPDF.Page {
        TextPDF.Page(width: 841.89, height: 595.28, runs: runs)
    }
}

@Suite struct PageTextAuditTests {
    static func verdict(_ text: String) -> PageTextAudit.Verdict {
        PageTextAudit(GlyphPage(number: 1, width: 100, height: 100, glyphs: text.unicodeScalars.map { Glyph(scalar: $0, x0: 0, y0: 0, x1: 1, y1: 1) })).verdict
    }

    /// Each example: a page's text and how it reads.
    @Test(arguments: [
        (ListText.lines.joined(), PageTextAudit.Verdict.readable),
        ("第 1 页 共 27 页", .sparse),
        // A font's glyph numbers read as Unicode (Poppler, Identity-H without ToUnicode).
        (String(repeating: "\u{0A3C}\u{1B22}\u{0456}\u{2211}\u{3001}\u{00F3}\u{5E12}\u{6A01}1", count: 4), .undecodable(.foreignCodePoints)),
        // Codes taken as characters (a simple font whose glyphs are named /g1, /g2 …).
        (String(repeating: "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}", count: 3), .undecodable(.foreignCodePoints)),
        (String(repeating: "\u{E001}\u{E002}\u{E003}\u{FFFD}", count: 4), .undecodable(.foreignCodePoints)),
        // Glyph numbers that fall into the CJK blocks: rare characters.
        ("丌丏丒丗丟丠両丣丩丮丯丱丳丵丷丼乀乁乂乄乆乊乑乕乗乚乛乢乣乤乥乧乨乩乪乫乬", .undecodable(.rareCharacters)),
        ("㐀㐁㐂㐃㐄㐅㐆㐇㐈㐉㐊㐋㐌㐍㐎㐏㐐㐑㐒㐓㐔", .undecodable(.rareCharacters)),
        // Codes shifted into ASCII (a symbolic font without encoding).
        ("!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFG", .undecodable(.noChineseCharacters)),
        ("The list of powers and responsibilities of the county medical security bureau.", .readable),
        // A few Wingdings bullets among list text are what was printed.
        ("\u{F0B7}对用人单位不办理医疗保险登记的处罚\u{F0B7}依据中华人民共和国社会保险法第八十四条", .readable),
    ])
    func judgesPageText(text: String, expected: PageTextAudit.Verdict) {
        #expect(Self.verdict(text) == expected)
    }

    @Test func commonCharactersAreGB2312sFirstLevel() {
        #expect(CommonHanCharacters.set.count == 3755)
        #expect("权责清单医疗保障局处罚".unicodeScalars.allSatisfy(CommonHanCharacters.contains))
        #expect(!CommonHanCharacters.contains("亍"), "the first character of the second level")
    }

    @Test(arguments: ["corpus/zhao-yibao.pdf", "corpus/xiangdu-yibao.pdf", "layouts2/xiangdu-yibao-sideways.pdf"])
    func realListsReadAsText(path: String) throws {
        let extracted = try PDFGlyphExtractor.extract(path: Fixtures.path(path))
        #expect(extracted.undecodablePages.isEmpty)
        let audits = extracted.pages.map(PageTextAudit.init)
        #expect(audits.allSatisfy { $0.verdict == .readable })
        // Far from the line: all but a few characters are common ones, none foreign.
        #expect(audits.allSatisfy { $0.foreign == 0 && Double($0.commonHan) > 0.99 * Double($0.han) })
    }
}

@Suite struct UndecodablePageTests {
    static let cidSoup = String(String.UnicodeScalarView([0x0A3C, 0x1B22, 0x0456, 0x2211, 0x3001, 0x00F3, 0x5E12, 0x6A01, 0x0031].compactMap(Unicode.Scalar.init)))
    static let rareCJK = String(String.UnicodeScalarView((0..<30).compactMap { Unicode.Scalar(0x4E00 + 613 * $0) }))
    static let codes = String(String.UnicodeScalarView((1...60).compactMap { Unicode.Scalar(UInt32($0)) }))

    /// Every page set in a font without a Unicode map, three ways.
    @Test(arguments: [
        (TextPDF.Font.unmappedCID, cidSoup), (.unmappedCID, rareCJK), (.numberedGlyphNames, codes), (.symbolic, codes),
    ])
    func fontsWithoutAUnicodeMapAreRefused(font: TextPDF.Font, text: String) throws {
        let garbage = ListText.page(ListText.runs(font: font, Array(repeating: text, count: 5)))
        #expect(throws: PDFExtractionError.undecodableText(pages: [1, 2])) { try Self.extract(TextPDF(pages: [garbage, garbage])) }
    }

    @Test func aCoverPageThatDoesNotDecodeIsReadAsBlank() throws {
        let cover = ListText.page(ListText.runs(font: .unmappedCID, [Self.cidSoup]))
        let list = ListText.page(ListText.runs())
        let extracted = try Self.extract(TextPDF(pages: [cover, list, list, list]))
        #expect(extracted.undecodablePages == [1])
        #expect(extracted.pages.map(\.glyphs.isEmpty) == [true, false, false, false])
        #expect(extracted.pages.map(\.number) == [1, 2, 3, 4])
    }

    @Test func aClosingPageThatDoesNotDecodeIsReadAsBlank() throws {
        let seal = ListText.page(ListText.runs(font: .numberedGlyphNames, [String(Self.codes.prefix(12))]))
        let list = ListText.page(ListText.runs())
        #expect(try Self.extract(TextPDF(pages: [list, list, seal])).undecodablePages == [3])
    }

    @Test func aPageInsideTheTableThatDoesNotDecodeIsRefused() throws {
        let garbage = ListText.page(ListText.runs(font: .unmappedCID, [Self.cidSoup]))
        let list = ListText.page(ListText.runs())
        #expect(throws: PDFExtractionError.undecodableText(pages: [2])) { try Self.extract(TextPDF(pages: [list, garbage, list])) }
    }

    @Test func mostlyUndecodableTextIsRefusedEvenAtTheEnd() throws {
        let garbage = ListText.page(ListText.runs(font: .unmappedCID, Array(repeating: Self.cidSoup + Self.cidSoup, count: 5)))
        let list = ListText.page(ListText.runs())
        #expect(throws: PDFExtractionError.undecodableText(pages: [2])) { try Self.extract(TextPDF(pages: [list, garbage])) }
    }

    @Test func theMessageNamesThePagesAndWhatToDo() {
        let error = PDFExtractionError.undecodableText(pages: [1, 3, 4, 5, 9])
        #expect(error.code == "undecodable-text")
        #expect(error.message == "the PDF's text layer cannot be decoded (fonts without a Unicode map) on pages 1, 3-5, 9; try OCR (--ocr always)")
        #expect(PDFExtractionError.undecodableText(pages: [2]).message.contains("on page 2;"))
    }

    static func extract(_ pdf: TextPDF) throws -> ExtractedPDF {
        let path = try TemporaryFile.write(pdf.bytes())
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PDFGlyphExtractor.extract(path: path)
    }
}
