import Foundation
import QZQDKit
import Testing
import TestSupport

/// The detection production uses, on every kind of fixture the project has:
/// each input goes to the reader made for it.
@Suite struct ReaderChoiceTests {
    static let fixtures: [(String, InputFormat)] = [
        ("seeds/000_53652f109c077542.txt", .tsv),
        ("seeds/002_87517433289be30b.txt", .flow),
        ("corpus/zhao-yibao.pdf", .pdf),
        ("corpus/xiangdu-yibao.pdf", .pdf),
    ] + ["zhao-yibao", "xiangdu-yibao"].flatMap { list in
        [
            ("formats/\(list).docx", InputFormat.docx), ("formats/\(list).autonum.docx", .docx),
            ("formats/\(list).xlsx", .xlsx), ("formats/\(list).bycategory.xlsx", .xlsx),
            ("formats/\(list).html", .html), ("formats/\(list).cards.html", .html),
            ("formats/\(list).csv", .csv), ("formats/\(list).reordered.tsv", .tsv),
        ]
    } + Fixtures.names(in: "portal", endingWith: ".txt").map { ("portal/" + $0, InputFormat.portal) }

    @Test(arguments: fixtures)
    func fixturesGoToTheirReader(fixture: String, format: InputFormat) throws {
        // The name is no help: the bytes alone decide.
        #expect(try Pipeline.readerFormat(for: Fixtures.bytes(fixture), fileName: "input") == format)
    }

    @Test(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")),
          arguments: ["corpus/zhao-yibao.pdf", "corpus/xiangdu-yibao.pdf"])
    func layoutDumpsGoToTheLayoutReader(pdf: String) throws {
        let dump = try ExternalTools.run("pdftotext", ["-layout", "-enc", "UTF-8", Fixtures.path(pdf), "-"])
        #expect(try Pipeline.readerFormat(for: [UInt8](dump)) == .layout)
    }

    @Test func aFormatGivenOverridesTheSniffing() throws {
        #expect(try Pipeline.readerFormat(for: Fixtures.bytes("seeds/002_87517433289be30b.txt"), format: .layout) == .layout)
    }

    @Test func bytesNoReaderTakesAreRefused() {
        #expect(throws: ConversionError.self) { try Pipeline.readerFormat(for: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]) }
    }
}
