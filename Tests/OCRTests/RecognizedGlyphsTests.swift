@testable import OCR
import PowerListModel
import Testing

/// Tesseract's symbols (pixels at 300 dpi) to the glyphs a text PDF gives (points).
@Suite struct RecognizedGlyphsTests {
    /// 300 dpi: a pixel is 0.24 pt.
    let glyphs = RecognizedGlyphs(scale: 72.0 / 300)

    func symbol(_ text: String, _ left: Int, _ right: Int, top: Int = 200, bottom: Int = 240, confidence: Float = 96.4) -> RecognizedSymbol {
        RecognizedSymbol(text: text, box: PixelBox(left: left, top: top, right: right, bottom: bottom), confidence: confidence)
    }

    @Test func chineseSymbolsBecomeAdjacentBoxesAsTallAsAFontsBox() {
        // `用`'s box runs over `人` (Tesseract pads some Chinese symbols): cut at `人`.
        let line = RecognizedLine(box: PixelBox(left: 100, top: 200, right: 230, bottom: 240), words: [
            RecognizedWord(symbols: [symbol("对", 100, 140), symbol("用", 145, 230, top: 190, bottom: 250)], language: "chi_sim"),
            RecognizedWord(symbols: [symbol("人", 190, 230, confidence: 61.5)], language: "chi_sim"),
        ])
        // The line's box is 40 px tall, centred at 220: the glyphs 1.4 × 40 = 56 px, 192…248.
        #expect(glyphs.glyphs(of: [line]).map(rounded) == [
            Glyph(scalar: "对", x0: 24, y0: 46.08, x1: 34.8, y1: 59.52, confidence: 96),
            Glyph(scalar: "用", x0: 34.8, y0: 46.08, x1: 45.6, y1: 59.52, confidence: 96),
            Glyph(scalar: "人", x0: 45.6, y0: 46.08, x1: 55.2, y1: 59.52, confidence: 62),
        ])
    }

    @Test func aCharacterBoxedLeftOfTheMarkBeforeItFollowsIt() {
        // `机构、零售`: Tesseract boxed `零` from 439, left of `、` at 444.
        let line = RecognizedLine(box: PixelBox(left: 381, top: 1620, right: 550, bottom: 1655), words: [
            RecognizedWord(symbols: [symbol("构", 381, 416, top: 1620, bottom: 1655), symbol("、", 444, 451, top: 1644, bottom: 1648),
                                     symbol("零", 439, 510, top: 1620, bottom: 1655), symbol("售", 515, 550, top: 1620, bottom: 1655)],
                           language: "chi_sim"),
        ])
        let read = glyphs.glyphs(of: [line])
        #expect(read.sorted { $0.x0 < $1.x0 }.map { String($0.scalar) }.joined() == "构、零售")
        // `零` starts a pixel after `、` and keeps its right edge against `售`.
        #expect(rounded(read[2]).x0 == 106.8 && rounded(read[2]).x1 == 123.6)
        // Digits too (`第259号`, `5` boxed from left of `2`).
        let number = RecognizedLine(box: PixelBox(left: 100, top: 200, right: 240, bottom: 240), words: [
            RecognizedWord(symbols: [symbol("第", 100, 140), symbol("2", 142, 160), symbol("5", 141, 178), symbol("9", 180, 198), symbol("号", 200, 240)],
                           language: "chi_sim"),
        ])
        #expect(glyphs.glyphs(of: [number]).sorted { $0.x0 < $1.x0 }.map { String($0.scalar) }.joined() == "第259号")
        // A box reaching more than half an em before the one before it: the left edges decide (`邢台市`, not `邢市台`).
        let wide = RecognizedLine(box: PixelBox(left: 760, top: 200, right: 942, bottom: 230), words: [
            RecognizedWord(symbols: [symbol("邢", 760, 790, top: 200, bottom: 230), symbol("市", 845, 883, top: 200, bottom: 230),
                                     symbol("台", 806, 942, top: 200, bottom: 230)], language: "chi_sim"),
        ])
        #expect(glyphs.glyphs(of: [wide]).sorted { $0.x0 < $1.x0 }.map { String($0.scalar) }.joined() == "邢台市")
        // A Latin mark or letter keeps its left edge (`AY;的`: the speck's `;` read before `的`).
        let speck = RecognizedLine(box: PixelBox(left: 100, top: 200, right: 180, bottom: 240), words: [
            RecognizedWord(symbols: [symbol("告", 100, 140), symbol(";", 150, 156), symbol("的", 141, 180), symbol("应", 185, 225)], language: "chi_sim"),
        ])
        #expect(glyphs.glyphs(of: [speck]).sorted { $0.x0 < $1.x0 }.map { String($0.scalar) }.joined() == "告的;应")
    }

    @Test func aGapARuleRunsThroughStaysOpen() {
        // A spreadsheet print's 序号 digit right-aligned 5 px left of the next
        // cell's 行, a rule between them (and another far below the line).
        let line = RecognizedLine(box: PixelBox(left: 280, top: 200, right: 330, bottom: 216), words: [
            RecognizedWord(symbols: [symbol("7", 280, 288, top: 201, bottom: 215), symbol("行", 293, 309, top: 200, bottom: 216),
                                     symbol("政", 310, 326, top: 200, bottom: 216)], language: "chi_sim"),
        ])
        let ruled = RecognizedGlyphs(scale: 72.0 / 300, verticalRules: [PixelBox(left: 289, top: 100, right: 292, bottom: 400),
                                                                          PixelBox(left: 309, top: 500, right: 311, bottom: 900)])
        let text = { (glyphs: [Glyph]) in String(String.UnicodeScalarView(glyphs.map(\.scalar))) }
        #expect(text(ruled.glyphs(of: [line])) == "7 行政")
        #expect(ruled.glyphs(of: [line]).first.map { rounded($0).x1 } == 69.12)
        // Without the rule the gap, narrower than an em, closes: one run of text.
        #expect(text(glyphs.glyphs(of: [line])) == "7行政")
        // A rule found through a symbol's box is no cell's edge there.
        let through = RecognizedGlyphs(scale: 72.0 / 300, verticalRules: [PixelBox(left: 300, top: 100, right: 302, bottom: 400)])
        #expect(text(through.glyphs(of: [line])) == "7行政")
    }

    @Test func aSpaceStandsBetweenLatinWordsOnlyWhereThePrintLeavesOne() {
        let line = RecognizedLine(box: PixelBox(left: 0, top: 200, right: 400, bottom: 240), words: [
            RecognizedWord(symbols: [symbol("共", 0, 40)], language: "chi_sim"),
            RecognizedWord(symbols: [symbol("2", 60, 80), symbol("6", 82, 102)], language: "eng"),
            RecognizedWord(symbols: [symbol("项", 105, 145)], language: "chi_sim"),
            RecognizedWord(symbols: [symbol("A", 200, 220), symbol("P", 222, 242)], language: "eng"),
            RecognizedWord(symbols: [symbol("P", 244, 264)], language: "eng"),
            RecognizedWord(symbols: [symbol("x", 300, 320)], language: "eng"),
        ])
        // 共→26: 20 px, half an em (over 0.35): a space. 26→项: 3 px, none. 项→APP: 55 px, 1.4 em: a
        // space. AP→P: 2 px, none (one word split in two). P→x: 36 px, 0.9 em: a space.
        let text = String(String.UnicodeScalarView(glyphs.glyphs(of: [line]).map(\.scalar)))
        #expect(text == "共 26项 APP x")
    }

    @Test func spacesBetweenChineseCharactersNeedTwoEms() {
        let line = RecognizedLine(box: PixelBox(left: 0, top: 200, right: 400, bottom: 240), words: [
            RecognizedWord(symbols: [symbol("任", 0, 40), symbol("：", 42, 48)], language: "chi_sim"),
            RecognizedWord(symbols: [symbol("发", 90, 130)], language: "chi_sim"),
            RecognizedWord(symbols: [symbol("第", 220, 260)], language: "chi_sim"),
        ])
        // `：` to `发`: 42 px, about an em, the blank in `：`'s own box. `发` to `第`: 90 px, over two ems.
        let text = String(String.UnicodeScalarView(glyphs.glyphs(of: [line]).map(\.scalar)))
        #expect(text == "任：发 第")
    }

    @Test func aLineTakesItsIdeographsHeightWhenItsBoxIsInflated() {
        let line = RecognizedLine(box: PixelBox(left: 0, top: 180, right: 200, bottom: 260), words: [
            RecognizedWord(symbols: [symbol("保", 0, 40), symbol("险", 42, 82), symbol("局", 84, 124)], language: "chi_sim"),
        ])
        let band = RecognizedGlyphs.band(of: line)
        #expect(band.height == 40)
        #expect(band.top == 200 && band.bottom == 240)
    }

    private func rounded(_ glyph: Glyph) -> Glyph {
        var copy = glyph
        copy.x0 = (glyph.x0 * 1000).rounded() / 1000
        copy.x1 = (glyph.x1 * 1000).rounded() / 1000
        copy.y0 = (glyph.y0 * 1000).rounded() / 1000
        copy.y1 = (glyph.y1 * 1000).rounded() / 1000
        return copy
    }
}

/// Lines set close keep apart: the glyphs of two lines never stand over each other.
@Suite struct RecognizedGlyphsExtentTests {
    static func line(_ text: String, left: Int = 2324, top: Int, bottom: Int, box: (top: Int, bottom: Int)) -> RecognizedLine {
        let symbols = text.enumerated().map { index, character in
            RecognizedSymbol(text: String(character), box: PixelBox(left: left + 39 * index, top: top, right: left + 34 + 39 * index, bottom: bottom), confidence: 98)
        }
        return RecognizedLine(box: PixelBox(left: left, top: box.top, right: left + 39 * text.count, bottom: box.bottom), words: [RecognizedWord(symbols: symbols)])
    }

    @Test func twoLinesBoxedOverEachOtherEndHalfwayBetweenTheirMiddles() {
        // `3.检查中发现…` printed 1157–1191, then `4.检查过程中…` printed from 1195
        // but boxed from 1179 (Song face, 250 dpi, drawn at 300).
        let lines = [
            Self.line("检查中发现", top: 1157, bottom: 1191, box: (1157, 1196)),
            Self.line("检查过程中", top: 1179, bottom: 1230, box: (1179, 1232)),
        ]
        let extents = RecognizedGlyphs.extents(of: lines)
        // Unseparated, 1152.2–1199.8 and 1169.8–1241.2: cut at 1190.75, between the middles 1176 and 1205.5.
        #expect(extents.map { [$0.top, $0.bottom].map { ($0 * 100).rounded() / 100 } } == [[1152.2, 1190.75], [1190.75, 1241.2]])
    }

    @Test func linesOnOneBandOrSideBySideStayAsBoxed() {
        // A line read in two pieces, the second's box lower by a speck.
        let pieces = [
            Self.line("检查中", top: 1157, bottom: 1191, box: (1157, 1191)),
            Self.line("发现违法", left: 2441, top: 1157, bottom: 1191, box: (1157, 1205)),
        ]
        let rounded = { (values: [Double]) in values.map { ($0 * 100).rounded() / 100 } }
        #expect(rounded(RecognizedGlyphs.extents(of: pieces).map(\.top)) == [1150.2, 1157.2])
        // A cell's last line beside the next column's first: not over each other.
        let columns = [
            Self.line("检查中", top: 1157, bottom: 1191, box: (1157, 1191)),
            Self.line("发现违法", left: 2600, top: 1190, bottom: 1224, box: (1190, 1224)),
        ]
        #expect(rounded(RecognizedGlyphs.extents(of: columns).map(\.bottom)) == [1197.8, 1230.8])
    }
}
