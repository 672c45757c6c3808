import Foundation
import QZQDKit
import Testing
import TestSupport

/// Word, Excel and web inputs through the `qzqd` executable: read when they
/// are lists, refused with their own status and a one-line message when they
/// are hostile or need a tool that is missing.
@Suite struct OfficeInputTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test(arguments: ["zhao-yibao.docx", "xiangdu-yibao.xlsx", "zhao-yibao.cards.html", "xiangdu-yibao.csv"])
    func publishedFormatsConvert(_ name: String) throws {
        let outcome = try QZQDProcess.run(["convert", Fixtures.path("formats/" + name)])
        try #require(outcome.status == 0, "\(outcome.standardError)")
        let gold = try Fixtures.json("formats/\(name).gold.json")
        #expect(Inputs.itemCount(ofValidOutput: outcome.standardOutput) == gold["items"]?.arrayValue?.count)
    }

    /// More entries than any Office package has (the inflated-size cap is
    /// tested on the reader: making gigabytes to zip costs a test run minutes).
    @Test func aZipBombIsRefused() throws {
        let bomb = try OfficeFixtures.zip((0...10_000).map { ("part\($0).xml", [0x20]) }, compression: .none)
        let outcome = try QZQDProcess.run(["convert", try directory.write("bomb.docx", bomb)])
        #expect(outcome.status == 13)
        #expect(outcome.standardErrorLines.count == 1)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func entityDeclarationsAreRefused() throws {
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <w:document xmlns:w="\(OfficeFixtures.wordNamespace)"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
        """
        let docx = try OfficeFixtures.wordDocument(documentXML: laughs)
        let outcome = try QZQDProcess.run(["convert", try directory.write("laughs.docx", docx)])
        #expect(outcome.status == 14)
        #expect(outcome.standardErrorLines.count == 1)
    }

    /// A batch takes the new extensions, and still reports what it skips.
    @Test func aBatchTakesOfficeFilesAndWebPages() throws {
        for name in ["zhao-yibao.docx", "xiangdu-yibao.xlsx", "zhao-yibao.html"] {
            try directory.write("in/" + name, Fixtures.bytes("formats/" + name))
        }
        try directory.write("in/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
        let outcome = try QZQDProcess.run(["batch", directory.path("in"), directory.path("out"), "--quiet"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let manifest = try #require(Manifest.read(from: directory.path("out/manifest.json")))
        #expect(manifest.entries.map(\.status) == [.ignored, .ok, .ok, .ok])
        #expect(manifest.entries.map(\.output) == [nil, "xiangdu-yibao.json", "zhao-yibao.docx.json", "zhao-yibao.html.json"])
    }
}
