import Foundation
import QZQDKit
import Testing
import TestSupport

/// The detection production uses, on every kind of fixture the project has:
/// each input goes to the reader made for it.
@Suite struct ReaderChoiceTests {
    @Test(arguments: [
        ("seeds/000_53652f109c077542.txt", ReaderKind.tabSeparated),
        ("seeds/002_87517433289be30b.txt", .flow),
        ("corpus/zhao-yibao.pdf", .pdf),
        ("corpus/xiangdu-yibao.pdf", .pdf),
    ])
    func fixturesGoToTheirReader(fixture: String, reader: ReaderKind) throws {
        #expect(try Pipeline.readerKind(for: Fixtures.bytes(fixture)) == reader)
    }

    @Test(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")),
          arguments: ["corpus/zhao-yibao.pdf", "corpus/xiangdu-yibao.pdf"])
    func layoutDumpsGoToTheLayoutReader(pdf: String) throws {
        let dump = try ExternalTools.run("pdftotext", ["-layout", "-enc", "UTF-8", Fixtures.path(pdf), "-"])
        #expect(try Pipeline.readerKind(for: [UInt8](dump)) == .layout)
    }

    @Test func aFormatGivenOverridesTheSniffing() throws {
        #expect(try Pipeline.readerKind(for: Fixtures.bytes("seeds/002_87517433289be30b.txt"), format: .layout) == .layout)
    }

    @Test func bytesNoReaderTakesAreRefused() {
        #expect(throws: ConversionError.self) { try Pipeline.readerKind(for: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]) }
    }
}
