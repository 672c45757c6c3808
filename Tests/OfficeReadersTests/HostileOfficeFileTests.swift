import Foundation
import Testing
import TestSupport
@testable import OfficeReaders

/// Crafted files: each refused with its own kind of error and a one-line
/// message, quickly, without reading what it asks to be read.
@Suite struct HostileOfficeFileTests {
    static func failure(_ read: () throws -> Void) -> OfficeReadingError? {
        do {
            try read()
            return nil
        } catch {
            return error as? OfficeReadingError
        }
    }

    static let tinyLimits = OfficeReadingLimits(entries: 8, inflatedBytes: 64 << 10, cells: 20, gridPositions: 100)

    @Test func aZipBombIsStoppedByTheBytesItDeclares() throws {
        let bomb = try OfficeFixtures.wordDocument(body: "<w:p><w:r><w:t>\(String(repeating: "炸", count: 40_000))</w:t></w:r></w:p>")
        let error = Self.failure { _ = try DOCXReader.read(bomb, limits: Self.tinyLimits) }
        #expect(error?.kind == .tooLargeUncompressed)
        #expect(error?.message.contains("declares") == true)
    }

    /// The sizes in the ZIP directory lie (say 10 bytes); what counts is what inflates.
    @Test func aZipBombIsStoppedByTheBytesItInflates() throws {
        var bomb = try OfficeFixtures.wordDocument(body: "<w:p><w:r><w:t>\(String(repeating: "炸", count: 40_000))</w:t></w:r></w:p>")
        Self.patchUncompressedSizes(in: &bomb, largerThan: 50_000, to: 10)
        let error = Self.failure { _ = try DOCXReader.read(bomb, limits: Self.tinyLimits) }
        #expect(error?.kind == .tooLargeUncompressed)
        #expect(error?.message == "word/document.xml inflates past the limit of 65536 bytes (a ZIP bomb?)")
    }

    @Test func tooManyEntries() throws {
        let archive = try OfficeFixtures.zip((0..<9).map { ("part\($0).xml", Array("<a/>".utf8)) })
        let error = Self.failure { _ = try XLSXReader.read(archive, limits: Self.tinyLimits) }
        #expect(error?.kind == .tooManyEntries)
    }

    /// A billion laughs: entities that expand to gigabytes. OOXML parts never
    /// declare entities, so the declaration alone refuses the part.
    @Test func entityExpansionIsRefusedBeforeAnythingExpands() throws {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 { declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let document = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(declarations)]>"
            + "<w:document xmlns:w=\"\(OfficeFixtures.wordNamespace)\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        let archive = try OfficeFixtures.zip([
            ("_rels/.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".utf8)),
            ("word/document.xml", Array(document.utf8)),
        ])
        let start = ContinuousClock.now
        let error = Self.failure { _ = try DOCXReader.read(archive) }
        #expect(error?.kind == .entityDeclarations, "\(String(describing: error))")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func malformedXML() throws {
        let archive = try OfficeFixtures.wordDocument(body: "<w:p><w:r><w:t>未闭合</w:r></w:p>")
        let error = Self.failure { _ = try DOCXReader.read(archive) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.message.hasPrefix("word/document.xml: line 1: ") == true)
    }

    @Test func aHugeSheetIsRefused() throws {
        let cells = (0..<21).map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined()
        let workbook = try OfficeFixtures.workbook([.init(name: "大表", xml: "<sheetData><row>\(cells)</row></sheetData>")])
        let error = Self.failure { _ = try XLSXReader.read(workbook, limits: Self.tinyLimits) }
        #expect(error?.kind == .tooManyCells)
    }

    /// One cell at A1 and one at Z200: few cells, but a grid of 5,200 positions.
    @Test func aSparseSheetWhoseGridWouldBeHugeIsRefused() throws {
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"200\"><c r=\"Z200\"><v>2</v></c></row></sheetData>"
        let error = Self.failure { _ = try XLSXReader.read(OfficeFixtures.workbook([.init(name: "稀疏", xml: sheet)]), limits: Self.tinyLimits) }
        #expect(error?.kind == .tooManyCells)
        #expect(error?.message == "sheet 稀疏 spans 200 rows by 26 columns")
    }

    @Test func anEncryptedOfficeFileIsNamedSo() {
        let encrypted = OfficeFixtures.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"])
        for read in [{ _ = try DOCXReader.read(encrypted) }, { _ = try XLSXReader.read(encrypted) }] as [() throws -> Void] {
            let error = Self.failure(read)
            #expect(error?.kind == .encrypted)
            #expect(error?.message == "encrypted Office file (password-protected); save it without a password first")
        }
    }

    @Test func aDocxThatIsSomethingElse() throws {
        let cases: [([UInt8], String)] = [
            (Array("<html><body>网页</body></html>".utf8), "not a Word document (.docx): neither a ZIP package nor an OLE compound file"),
            (try OfficeFixtures.zip([("readme.txt", Array("说明".utf8))]), "not a Word document (.docx) but a ZIP archive of something else"),
            (OfficeFixtures.compoundFile(streams: ["WordDocument", "1Table"]), "not a Word document (.docx) but a legacy Word/WPS document (.doc/.wps)"),
            (Array("PK\u{3}\u{4}truncated".utf8), "the ZIP container cannot be read (truncated or damaged)"),
        ]
        for (bytes, message) in cases {
            let error = Self.failure { _ = try DOCXReader.read(bytes) }
            #expect(error?.message == message)
        }
    }

    /// Rewrites the uncompressed-size fields of the local and central headers
    /// whose size is over `threshold`, as a crafted archive would.
    static func patchUncompressedSizes(in bytes: inout [UInt8], largerThan threshold: UInt32, to size: UInt32) {
        func uint32(_ offset: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) } }
        func put(_ value: UInt32, _ offset: Int) { for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) } }
        var offset = 0
        while offset + 46 < bytes.count {
            let signature = uint32(offset)
            if signature == 0x0403_4B50, uint32(offset + 22) > threshold { put(size, offset + 22) }
            if signature == 0x0201_4B50, uint32(offset + 24) > threshold { put(size, offset + 24) }
            offset += 1
        }
    }
}
