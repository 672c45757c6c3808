import Foundation
@testable import PDFExtraction
import PowerListModel
import Testing
import TestSupport

@Suite struct TextOrientationTests {
    /// Narrow columns of a list: cells of one to four glyphs a line, CJK and
    /// ASCII, words with a space between them.
    static let runs: [TextPDF.Run] = {
        var runs = [TextPDF.Run(x: 200, top: 40, size: 16, string: "测试县测试局权责清单")]
        let columns: [(x: Double, lines: [String])] = [
            (30, ["序号", "1", "2"]), (60, ["权力", "类型", "行政", "处罚"]), (100, ["权力事项", "对违反", "规定的", "处罚"]),
            (160, ["实施依据", "《测试法》", "第12条 第3款"]), (260, ["责任事项", "1.立案责任", "2.调查责任"]),
        ]
        for column in columns {
            for (line, text) in column.lines.enumerated() {
                runs.append(TextPDF.Run(x: column.x, top: 80 + Double(line) * 11.5, size: 9, string: text))
            }
        }
        return runs
    }()

    static let placements: [(turn: TextPDF.Turn, rotate: Int)] = [
        (.counterclockwise, 0), (.clockwise, 0), (.upsideDown, 0), (.none, 90), (.none, 180), (.none, 270), (.counterclockwise, 90),
    ]

    @Test(arguments: placements)
    func turnedPageReadsLikeTheUprightOne(turn: TextPDF.Turn, rotate: Int) throws {
        let upright = try Self.extract(TextPDF(pages: [.init(width: 841.89, height: 595.28, runs: Self.runs)]))[0]
        let turned = try Self.extract(TextPDF(pages: [.init(width: 841.89, height: 595.28, runs: Self.runs, turn: turn, rotate: rotate)]))[0]
        #expect(abs(turned.width - 841.89) < 0.01 && abs(turned.height - 595.28) < 0.01)
        let expected = Self.sorted(upright.glyphs), actual = Self.sorted(turned.glyphs)
        #expect(actual.map(\.scalar) == expected.map(\.scalar))
        for (a, e) in zip(actual, expected) {
            #expect(Self.distance(a, e) < 0.2, "\(a) should be where the upright page has \(e)")
        }
        // Poppler's lines, left to right: the title reads as printed.
        #expect(Self.text(turned).contains("测试县测试局权责清单"))
        #expect(Self.text(turned).contains("第12条 第3款"))
    }

    @Test func eachPageGoesItsOwnWay() throws {
        let title = [TextPDF.Run(x: 150, top: 300, size: 20, string: "测试局权责清单")]
        let pdf = TextPDF(pages: [
            .init(width: 595.28, height: 841.89, runs: title),
            .init(width: 841.89, height: 595.28, runs: Self.runs, turn: .counterclockwise),
            .init(width: 841.89, height: 595.28, runs: Self.runs, turn: .none, rotate: 90),
        ])
        let pages = try Self.extract(pdf)
        #expect(pages.map { [$0.width, $0.height].map { ($0 * 100).rounded() / 100 } } == [[595.28, 841.89], [841.89, 595.28], [841.89, 595.28]])
        let titleGlyphs = pages[0].glyphs.filter { !$0.scalar.properties.isWhitespace }
        #expect(titleGlyphs.map(\.x0) == titleGlyphs.map(\.x0).sorted())
        #expect(abs(titleGlyphs[0].x0 - 150) < 0.5 && abs(titleGlyphs[0].y0 - 300) < 2)
        #expect(Self.sorted(pages[1].glyphs).map(\.scalar) == Self.sorted(pages[2].glyphs).map(\.scalar))
    }

    /// The corpus's sideways list: portrait paper, the landscape table drawn turned counterclockwise.
    @Test func corpusSidewaysListReadsLandscape() throws {
        let pages = try PDFGlyphExtractor.extract(path: Fixtures.path("layouts2/xiangdu-yibao-sideways.pdf")).pages
        #expect(pages.count == 8)
        for page in pages {
            #expect(abs(page.width - 841.89) < 0.01 && abs(page.height - 595.30) < 0.01)
            let inked = page.glyphs.filter { !$0.scalar.properties.isWhitespace }
            #expect(inked.allSatisfy { $0.x0 >= 0 && $0.x1 <= page.width && $0.y0 >= 0 && $0.y1 <= page.height && $0.x0 < $0.x1 && $0.y0 < $0.y1 })
        }
        let glyphs = pages[0].glyphs.filter { !$0.scalar.properties.isWhitespace }
        let start = try #require(glyphs.indices.first { String(String.UnicodeScalarView(glyphs[$0...].prefix(4).map(\.scalar))) == "邢台市襄" })
        let title = glyphs[start..<start + 15]
        #expect(String(String.UnicodeScalarView(title.map(\.scalar))) == "邢台市襄都区医疗保障局权责清单")
        #expect(title.map(\.x0) == title.map(\.x0).sorted(), "the title runs left to right")
        #expect(title.allSatisfy { abs($0.y0 - title.first!.y0) < 0.5 && $0.y1 < 100 }, "on one line at the top")
        #expect(Self.text(pages[1]).contains("第2页共8页"))
    }

    /// A real narrow-column list turned a quarter-turn (qpdf sets /Rotate) and
    /// drawn again by cairo, which turns the content itself (no /Rotate), reads
    /// like the upright list drawn by cairo.
    @Test(
        .enabled(if: ExternalTools.has("qpdf"), ExternalTools.missing("qpdf", package: "qpdf")),
        .enabled(if: ExternalTools.has("pdftocairo"), ExternalTools.missing("pdftocairo", package: "poppler-utils")),
        arguments: ["+90", "+270"]
    )
    func corpusListDrawnTurnedReadsLikeTheUprightOne(rotation: String) throws {
        let directory = try TemporaryDirectory()
        let list = Fixtures.path("corpus/xiangdu-yibao.pdf")
        try ExternalTools.run("qpdf", ["--rotate=\(rotation)", list, directory.path("rotated.pdf")])
        try ExternalTools.run("pdftocairo", ["-pdf", directory.path("rotated.pdf"), directory.path("turned.pdf")])
        try ExternalTools.run("pdftocairo", ["-pdf", list, directory.path("upright.pdf")])
        let turned = try PDFGlyphExtractor.extract(path: directory.path("turned.pdf")).pages
        let upright = try PDFGlyphExtractor.extract(path: directory.path("upright.pdf")).pages
        #expect(turned.count == upright.count)
        for (page, expected) in zip(turned, upright) {
            #expect(abs(page.width - expected.width) < 0.01 && abs(page.height - expected.height) < 0.01)
            let actual = Self.sorted(page.glyphs), wanted = Self.sorted(expected.glyphs)
            #expect(actual.map(\.scalar) == wanted.map(\.scalar))
            // cairo draws a page turned clockwise up to 0.7 pt off, every glyph alike:
            // the same layout, moved as a whole by less than a point.
            let shift = (x: (actual.first?.x0 ?? 0) - (wanted.first?.x0 ?? 0), y: (actual.first?.y0 ?? 0) - (wanted.first?.y0 ?? 0))
            #expect(abs(shift.x) < 1 && abs(shift.y) < 1, "page \(page.number)")
            let moved = actual.map { Glyph(scalar: $0.scalar, x0: $0.x0 - shift.x, y0: $0.y0 - shift.y, x1: $0.x1 - shift.x, y1: $0.y1 - shift.y) }
            #expect(zip(moved, wanted).allSatisfy { Self.distance($0, $1) < 0.2 }, "page \(page.number)")
        }
    }

    /// Each orientation turns a glyph of a 600 × 800 page as worked out by hand.
    @Test(arguments: [
        (TextOrientation.upright, [10.0, 20, 30, 50], [10.0, 20, 30, 50]),
        (.turnedClockwise, [10, 20, 30, 50], [20, 570, 50, 590]),
        (.upsideDown, [10, 20, 30, 50], [570, 750, 590, 780]),
        (.turnedCounterclockwise, [10, 20, 30, 50], [750, 10, 780, 30]),
    ])
    func boxesTurnWithThePage(orientation: TextOrientation, box: [Double], expected: [Double]) {
        let page = GlyphPage(number: 1, width: 600, height: 800, glyphs: [Glyph(scalar: "权", x0: box[0], y0: box[1], x1: box[2], y1: box[3])])
        let turned = orientation.upright(page)
        let glyph = turned.glyphs[0]
        #expect([glyph.x0, glyph.y0, glyph.x1, glyph.y1] == expected)
        #expect([turned.width, turned.height] == (orientation == .upright || orientation == .upsideDown ? [600, 800] : [800, 600]))
    }

    @Test func mostStepsWithinLinesDecide() {
        var vote = ReadingDirectionVote()
        // Two glyphs reading up the page, twice; one line reading across.
        for line in [[(0.0, 100.0), (0.0, 90.0), (0.0, 80.0)], [(12, 100), (12, 90)], [(50, 50), (60, 50)]] {
            for (x, y) in line { vote.add(Glyph(scalar: "字", x0: x, y0: y, x1: x + 10, y1: y + 10)) }
            vote.lineBreak()
        }
        #expect(vote.winner == .turnedCounterclockwise)
        #expect(ReadingDirectionVote().winner == .upright, "no line of two glyphs: upright")
    }

    static func extract(_ pdf: TextPDF) throws -> [GlyphPage] {
        let path = try TemporaryFile.write(pdf.bytes())
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PDFGlyphExtractor.extract(path: path).pages
    }

    static func sorted(_ glyphs: [Glyph]) -> [Glyph] {
        glyphs.filter { !$0.scalar.properties.isWhitespace }
            .sorted { (Self.line($0), $0.x0, $0.scalar.value) < (Self.line($1), $1.x0, $1.scalar.value) }
    }

    /// Lines of these pages are 11.5 pt apart or more: a coarse key keeps a line's glyphs together.
    static func line(_ glyph: Glyph) -> Double {
        ((glyph.y0 + glyph.y1) / 8).rounded()
    }

    static func distance(_ a: Glyph, _ b: Glyph) -> Double {
        [a.x0 - b.x0, a.y0 - b.y0, a.x1 - b.x1, a.y1 - b.y1].map(abs).max() ?? 0
    }

    static func text(_ page: GlyphPage) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: page.glyphs.map(\.scalar))
        return text
    }
}
