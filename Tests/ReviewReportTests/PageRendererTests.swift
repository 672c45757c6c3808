import Foundation
import ReviewReport
import Testing
import TestSupport

/// Pages drawn for the report: grey PNGs of the page's size at the scale asked, the same bytes on every run.
@Suite struct PageRendererTests {
    static let pdf = Fixtures.path("corpus/xiangdu-yibao.pdf")

    /// A PNG's IHDR: width, height, bit depth, colour type.
    static func header(_ png: [UInt8]) -> (width: Int, height: Int, depth: UInt8, colourType: UInt8) {
        func word(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20), png[24], png[25])
    }

    @Test func drawsEveryPageAsAnEightBitGreyPNGOfThePagesSize() throws {
        let pages = try PageRenderer.render(pdfAt: Self.pdf, password: nil, scale: 1.5, threads: 2)
        #expect(pages.map(\.number) == Array(1...8))
        for page in pages {
            #expect(Array(page.png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            let header = Self.header(page.png)
            #expect(header.width == Int((page.width * 1.5).rounded(.up)))
            #expect(header.height == Int((page.height * 1.5).rounded(.up)))
            #expect(header.depth == 8)
            #expect(header.colourType == 0, "grey")
        }
        // A4 landscape.
        #expect(abs(pages[0].width - 841.9) < 1 && abs(pages[0].height - 595.3) < 1)
    }

    @Test func drawsTheSameBytesWhateverTheThreads() throws {
        let parallel = try PageRenderer.render(pdfAt: Self.pdf, password: nil, scale: 1, threads: 3)
        let serial = try PageRenderer.render(pdfAt: Self.pdf, password: nil, scale: 1, threads: 1)
        #expect(parallel == serial)
    }

    @Test func namesAFileItCannotOpen() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("not.pdf", "plain text")
        #expect(throws: PageRenderingError.self) { try PageRenderer.render(pdfAt: path, password: nil) }
    }
}
