import CanonicalJSON
import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct DocumentReaderTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func decodesADocumentQZQDWrote() throws {
        let document = try DocumentReader.decode(fileAt: Fixtures.path("seeds/002_87517433289be30b.gold.json"))
        #expect(document.items.count == 26 && document.list.title == "赵县医疗保障局权责清单")
    }

    @Test func convertsAnyOtherInput() throws {
        let document = try DocumentReader.read(fileAt: Fixtures.path("seeds/000_53652f109c077542.txt"))
        #expect(document.items.count == 17 && document.source.format == .text)
    }

    @Test(arguments: [
        ("broken.json", "{\"items\": [", "not JSON: "),
        ("other.json", "{\"name\": \"not a list\"}", "not a qzqd document: "),
        ("manifest.JSON", "[]", "not a qzqd document: "),
    ])
    func refusesJSONThatIsNotADocument(name: String, content: String, reason: String) throws {
        let path = try directory.write(name, content)
        #expect {
            try DocumentReader.read(fileAt: path)
        } throws: { error in
            guard let error = error as? DocumentReadingError, case .notADocument(let message) = error else { return false }
            return message.hasPrefix(reason) && error.exitStatus == 65
        }
    }

    @Test func aMissingInputFailsAsAConversionWould() {
        #expect(throws: DocumentReadingError.input(ConversionError(.unreadable, "no such file"))) {
            try DocumentReader.read(fileAt: directory.path("missing.pdf"))
        }
        #expect(DocumentReadingError.input(ConversionError(.unreadable, "")).exitStatus == 66)
    }

    @Test func directoriesGiveTheirDocumentsInPathOrder() throws {
        for name in ["b/x.json", "a.json", "a/y.JSON", "manifest.json", ".hidden.json", "a/.x.json.qzqd-tmp-1", "c/z.txt", ".d/w.json"] {
            try directory.write("out/" + name, "{}")
        }
        #expect(try DocumentFiles.expand(directory.path("out")) == ["a.json", "a/y.JSON", "b/x.json"].map { directory.path("out/" + $0) })
        #expect(try DocumentFiles.expand(directory.path("out/a.json")) == [directory.path("out/a.json")])
        #expect(throws: DocumentReadingError.self) { try DocumentFiles.expand(directory.path("nowhere")) }
    }
}
