import QZQDKit
import Testing

@Suite struct OutputNamingTests {
    @Test func mirrorsTheTreeReplacingTheExtension() {
        #expect(OutputNaming.outputs(for: ["a/b/x.pdf", "y.TXT", "河北/赵县.tsv", "v1.2/list.text"]) == [
            "a/b/x.pdf": "a/b/x.json", "y.TXT": "y.json", "河北/赵县.tsv": "河北/赵县.json", "v1.2/list.text": "v1.2/list.json",
        ])
    }

    @Test func namesThatWouldClashKeepTheirWholeName() {
        #expect(OutputNaming.outputs(for: ["a/x.pdf", "a/x.txt", "b/x.pdf", "a/x.pdf.txt"]) == [
            "a/x.pdf": "a/x.pdf.json", "a/x.txt": "a/x.txt.json", "b/x.pdf": "b/x.json", "a/x.pdf.txt": "a/x.pdf.txt.json",
        ])
    }

    @Test func noOutputReplacesTheManifest() {
        #expect(OutputNaming.outputs(for: ["manifest.pdf", "sub/manifest.pdf"]) == [
            "manifest.pdf": "manifest.pdf.json", "sub/manifest.pdf": "sub/manifest.json",
        ])
    }
}
