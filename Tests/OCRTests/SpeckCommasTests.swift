@testable import OCR
import PowerListModel
import Testing

/// A line's closing comma read from a round speck goes; one with a comma's tailed ink stays.
@Suite struct SpeckCommasTests {
    /// `text` read one character per 30-pixel em from x = 100, its last
    /// symbol (the comma) boxed as given; `ink` the page's print.
    /// `lineBottom`: where Tesseract's box of the whole line ends (the characters' feet are at 60).
    func read(_ text: String, comma: PixelBox, ink: [PixelBox], next: [String] = [], lexicon: (any Lexicon)? = nil, lineBottom: Int = 60) -> String {
        var symbols = DetachedSpecksTests.symbols(String(text.dropLast()), from: 100)
        symbols.append(RecognizedSymbol(text: String(text.last!), box: comma, confidence: 91))
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: comma.right, bottom: lineBottom), words: [RecognizedWord(symbols: symbols)])
        let page = HyphenPairsTests.ink(ink, width: 1000)
        SpeckCommas.apply(to: &line, em: 30, next: next, lexicon: lexicon) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// `法律、法` then a speck of 4 by 4 pixels 11 past `法`, halfway down
    /// the line (`法，` read at 91%; the name runs on `规情况`).
    @Test func aRoundSpeckPastTheLastCharacterIsNoComma() {
        let strokes = DetachedSpecksTests.strokes("法律、法", from: 100)
        let speck = PixelBox(left: 238, top: 44, right: 242, bottom: 48)
        #expect(read("法律、法，", comma: speck, ink: strokes + [speck]) == "法律、法")
        // Boxed wide by Tesseract: what counts is the ink in the stretch.
        #expect(read("法律、法，", comma: PixelBox(left: 228, top: 30, right: 260, bottom: 70), ink: strokes + [speck]) == "法律、法")
    }

    /// A printed comma, 5 by 9 pixels at the foot of its em, stays, boxed tight or wide.
    @Test func aCommaWithItsTailStays() {
        let strokes = DetachedSpecksTests.strokes("处罚", from: 100)
        let comma = PixelBox(left: 162, top: 52, right: 167, bottom: 61)
        #expect(read("处罚，", comma: comma, ink: strokes + [comma]) == "处罚，")
        #expect(read("处罚，", comma: PixelBox(left: 160, top: 30, right: 190, bottom: 70), ink: strokes + [comma]) == "处罚，")
    }

    /// Scanned at 200 dpi a comma may keep only its round head, 5 by 5 pixels, but at the characters' feet.
    @Test func aCommaThatLostItsTailStaysAtTheFeet() {
        let head = PixelBox(left: 192, top: 50, right: 197, bottom: 55)
        #expect(read("情形的，", comma: head, ink: DetachedSpecksTests.strokes("情形的", from: 100) + [head]) == "情形的，")
        // The same piece a third of the way down, or at the feet but a third of an em on, is a speck.
        for speck in [PixelBox(left: 192, top: 38, right: 197, bottom: 43), PixelBox(left: 198, top: 50, right: 203, bottom: 55)] {
            #expect(read("情形的，", comma: speck, ink: DetachedSpecksTests.strokes("情形的", from: 100) + [speck]) == "情形的")
        }
    }

    /// lb200 `建设用地标准，` / `对建设` (UMing at 200 dpi): the comma's head, 3 by 4 pixels, stands
    /// 0.27 em after `准` and 0.87 down the characters' height, where the line's box, some of its
    /// characters boxed lower, reaches 12 pixels below their feet. Placed against the feet, it is a
    /// comma's head; 0.4 em on, the same piece is a speck.
    @Test func aSongFacesCommaHeadStaysWhereTheLinesBoxHangsLow() {
        let strokes = DetachedSpecksTests.strokes("地标准", from: 100)
        let head = PixelBox(left: 196, top: 54, right: 199, bottom: 58)
        #expect(read("地标准，", comma: head, ink: strokes + [head], lineBottom: 72) == "地标准，")
        let speck = PixelBox(left: 200, top: 54, right: 203, bottom: 58)
        #expect(read("地标准，", comma: speck, ink: strokes + [speck], lineBottom: 72) == "地标准")
    }

    /// Tesseract boxed a speck past a printed comma as the comma (`职责，·`): the printed ink stands between, and it stays.
    @Test func aSpeckBoxedInsteadOfAPrintedCommaKeepsIt() {
        let strokes = DetachedSpecksTests.strokes("职责", from: 100)
        let comma = PixelBox(left: 162, top: 52, right: 168, bottom: 63), speck = PixelBox(left: 178, top: 44, right: 183, bottom: 49)
        #expect(read("职责，", comma: speck, ink: strokes + [comma, speck]) == "职责，")
    }

    /// Only a comma after a character: `的；` and a lone `，` are not this rule's.
    @Test func otherMarksAndLoneCommasStay() {
        let speck = PixelBox(left: 178, top: 38, right: 182, bottom: 42)
        #expect(read("处罚；", comma: speck, ink: DetachedSpecksTests.strokes("处罚", from: 100) + [speck]) == "处罚；")
        #expect(read("1，", comma: speck, ink: DetachedSpecksTests.strokes("1", from: 100) + [speck]) == "1，")
    }

    /// A round piece at the feet, where a tail-less comma's head sits, splitting a word with the next line (`社会保，` / `险行政`): a speck.
    @Test func aRoundCommaInsideAWordIsASpeck() {
        let head = PixelBox(left: 192, top: 50, right: 197, bottom: 55)
        let strokes = DetachedSpecksTests.strokes("社会保", from: 100)
        let words = WordList(["保险", "社会"])
        #expect(read("社会保，", comma: head, ink: strokes + [head], next: ["险", "行", "政"], lexicon: words) == "社会保")
        // No word across the line's end, no lexicon, or a comma with its tail: it stays.
        #expect(read("社会保，", comma: head, ink: strokes + [head], next: ["行", "政"], lexicon: words) == "社会保，")
        #expect(read("社会保，", comma: head, ink: strokes + [head], next: ["险", "行", "政"]) == "社会保，")
        let tailed = PixelBox(left: 192, top: 52, right: 197, bottom: 61)
        #expect(read("社会保，", comma: tailed, ink: strokes + [tailed], next: ["险"], lexicon: words) == "社会保，")
    }

    /// No ink left past the character (the page's cleaning erased the speck): a comma splitting a word goes, another stays.
    @Test func anInklessCommaInsideAWordIsASpeck() {
        let head = PixelBox(left: 192, top: 50, right: 197, bottom: 55)
        let strokes = DetachedSpecksTests.strokes("以上地", from: 100)
        let words = WordList(["地方", "以上"])
        #expect(read("以上地，", comma: head, ink: strokes, next: ["方", "市", "场"], lexicon: words) == "以上地")
        #expect(read("以上地，", comma: head, ink: strokes, next: ["市", "场"], lexicon: words) == "以上地，")
        // The character's stroke a pixel past its box is no ink of the mark.
        let sliver = PixelBox(left: 188, top: 57, right: 189, bottom: 59)
        #expect(read("以上地，", comma: head, ink: strokes + [sliver], next: ["方", "市", "场"], lexicon: words) == "以上地")
    }

    /// No ink left past the character, and the comma boxed 3 by 3 pixels on a 30-pixel em: read from the
    /// faint rest of an erased speck, it goes whatever the words. Boxed 3 by 4 or taller (a head), it stays.
    @Test func anInklessCommaBoxedSmallerThanAHeadIsASpeck() {
        let strokes = DetachedSpecksTests.strokes("使用者", from: 100)
        #expect(read("使用者，", comma: PixelBox(left: 198, top: 50, right: 201, bottom: 53), ink: strokes, next: ["向", "国"]) == "使用者")
        #expect(read("使用者，", comma: PixelBox(left: 198, top: 50, right: 201, bottom: 54), ink: strokes, next: ["向", "国"]) == "使用者，")
        // With ink there, the ink decides (a comma's tail): it stays.
        let tailed = PixelBox(left: 192, top: 52, right: 197, bottom: 61)
        #expect(read("使用者，", comma: PixelBox(left: 198, top: 50, right: 201, bottom: 53), ink: strokes + [tailed], next: ["向", "国"]) == "使用者，")
 
    }

    /// lb250 `当事人，` / `拒不`: the comma boxed on a piece 2 by 4 pixels, 0.7 em past `人`, whose
    /// foot runs on 4 pixels past its box at the characters' feet. The foot is the character's; the
    /// piece, boxed that small, too short for a comma's tail: a speck.
    @Test func aCommaBoxedOnAShortPieceFarOnIsASpeck() {
        let strokes = DetachedSpecksTests.strokes("当事人", from: 100)
        let foot = PixelBox(left: 180, top: 52, right: 192, bottom: 55), piece = PixelBox(left: 209, top: 50, right: 211, bottom: 54)
        #expect(read("当事人，", comma: piece, ink: strokes + [foot, piece]) == "当事人")
        // Boxed as large as a comma (its ink within the character's box, `归还，`), a short piece past it is its tail's end: it stays.
        let inside = PixelBox(left: 182, top: 50, right: 187, bottom: 59), end = PixelBox(left: 190, top: 56, right: 192, bottom: 60)
        #expect(read("当事人，", comma: PixelBox(left: 180, top: 30, right: 193, bottom: 64), ink: strokes + [inside, end]) == "当事人，")
    }
}

/// The corrections' order: a colon whose dots the page's cleaning erased as
/// grain, read as a line's closing comma boxed on no ink, is told by its dots
/// (in the print before the cleaning) before the comma is taken for a speck.
@Suite struct ErasedColonTests {
    func corrected(specks: [PixelBox]) -> String {
        var symbols = DetachedSpecksTests.symbols("应承担相应责任", from: 100)
        symbols.append(RecognizedSymbol(text: "，", box: PixelBox(left: 311, top: 54, right: 314, bottom: 57), confidence: 95))
        var blocks = [[RecognizedLine(box: PixelBox(left: 100, top: 30, right: 314, bottom: 60), words: [RecognizedWord(symbols: symbols)])]]
        let strokes = DetachedSpecksTests.strokes("应承担相应责任", from: 100)
        let ink = HyphenPairsTests.ink(strokes), specked = HyphenPairsTests.ink(strokes + specks)
        RecognitionCorrections.apply(to: &blocks, verticalRules: [], tolerance: 2, ink: ink, specked: specked)
        return blocks.flatMap { $0.flatMap { $0.words.flatMap(\.symbols).map(\.text) } }.joined()
    }

    @Test func aColonsErasedDotsMakeTheCommaAColon() {
        let dots = [PixelBox(left: 311, top: 42, right: 314, bottom: 45), PixelBox(left: 311, top: 54, right: 314, bottom: 57)]
        #expect(corrected(specks: dots) == "应承担相应责任：")
    }

    @Test func aCommaOnNoInkAtAllIsASpeck() {
        #expect(corrected(specks: []) == "应承担相应责任")
    }
}
