import Testing
import TestSupport
@testable import FormatSniffing

@Suite struct SourceKindTests {
    @Test func corpusFilesAreToldApartByTheirBytes() throws {
        let expected: [String: SourceKind] = [
            "docx": .docx, "xlsx": .xlsx, "html": .html, "csv": .csv, "tsv": .tsv,
        ]
        for name in Fixtures.names(in: "formats", endingWith: "") where !name.hasSuffix(".gold.json") {
            let bytes = try Fixtures.bytes("formats/" + name)
            let kind = expected[String(name.split(separator: ".").last!)]
            #expect(SourceKind.sniff(bytes: bytes) == kind, "\(name)")
            #expect(SourceKind.sniff(bytes: bytes, fileName: "renamed.txt") == kind, "\(name)")
        }
        #expect(SourceKind.sniff(bytes: try Fixtures.bytes("corpus/zhao-yibao.pdf")) == .pdf)
        #expect(SourceKind.sniff(bytes: try Fixtures.bytes("seeds/000_53652f109c077542.txt")) == .tsv)
    }

    @Test func oleFilesByTheirStreamsAndTheirName() {
        let word = OfficeFixtures.compoundFile(streams: ["WordDocument", "1Table"])
        let workbook = OfficeFixtures.compoundFile(streams: ["Workbook"])
        #expect(SourceKind.sniff(bytes: word, fileName: "清单.doc") == .doc)
        #expect(SourceKind.sniff(bytes: word, fileName: "清单.wps") == .wps)
        #expect(SourceKind.sniff(bytes: word) == .doc)
        #expect(SourceKind.sniff(bytes: workbook, fileName: "清单.et") == .et)
        #expect(SourceKind.sniff(bytes: workbook, fileName: "清单.bin") == .xls)
        #expect(SourceKind.sniff(bytes: OfficeFixtures.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"]), fileName: "a.docx") == .encryptedOffice)
        #expect(SourceKind.sniff(bytes: OfficeFixtures.compoundFile(streams: ["Contents"]), fileName: "a.wps") == .wps)
        #expect(SourceKind.sniff(bytes: OfficeFixtures.compoundFile(streams: ["Contents"])) == .otherBinary)
    }

    @Test func openDocumentByItsMimetype() throws {
        let text = try OfficeFixtures.zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))], compression: .none)
        let sheet = try OfficeFixtures.zip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))], compression: .none)
        #expect(SourceKind.sniff(bytes: text) == .odt)
        #expect(SourceKind.sniff(bytes: sheet) == .ods)
        #expect(SourceKind.sniff(bytes: try OfficeFixtures.zip([("a.txt", [0x41])])) == .otherBinary)
    }

    @Test func textKinds() throws {
        #expect(SourceKind.sniff(bytes: Array("{\\rtf1\\ansi 清单}".utf8)) == .rtf)
        #expect(SourceKind.sniff(bytes: [0xEF, 0xBB, 0xBF] + Array("\n  <!-- saved -->\n<!DOCTYPE html><html></html>".utf8)) == .html)
        #expect(SourceKind.sniff(bytes: Array("<table><tr><td>1</td></tr></table>".utf8)) == .html)
        #expect(SourceKind.sniff(bytes: try LegacyEncoding.gb18030("序号,名称,依据\n1,甲,《法》\n2,乙,《法》\n3,丙,《法》\n")) == .csv)
        #expect(SourceKind.sniff(bytes: Array("标题\n序号;名称;依据\n1;甲;《法》".utf8), fileName: "x.csv") == .csv)
        #expect(SourceKind.sniff(bytes: Array("一、行政处罚\n1 对甲的处罚 赵县医疗保障局\n<p>不是网页</p>".utf8)) == .text)
        #expect(SourceKind.sniff(bytes: Array("首页 > 权责清单\n| 序号 | 权责事项 | 设定依据 |\n| 1 | 对甲的处罚 | 《法》 |".utf8)) == .portal)
        #expect(SourceKind.sniff(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) == .otherBinary)
    }

    @Test func formatNamesAsTheSpecGivesThem() {
        #expect(SourceKind.allCases.compactMap(\.sourceFormat) == ["pdf", "docx", "xlsx", "doc", "xls", "wps", "et", "odt", "ods", "rtf", "html", "text", "text", "text", "text"])
        #expect(SourceKind.allCases.filter(\.isLegacyOffice) == [.doc, .xls, .wps, .et, .odt, .ods, .rtf])
    }
}
