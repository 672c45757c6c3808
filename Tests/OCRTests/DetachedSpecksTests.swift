@testable import OCR
import Testing

/// A character read ems beyond a line's end (or before its start) is specks
/// unless a character's ink stands there.
@Suite struct DetachedSpecksTests {
    /// An em of 30 pixels; characters 30 wide from x = 100, a line 30 tall at y = 30.
    static func symbols(_ text: String, from left: Int) -> [RecognizedSymbol] {
        text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(text: String(scalar), box: PixelBox(left: left + 30 * index, top: 30, right: left + 30 * index + 28, bottom: 60), confidence: 99)
        }
    }

    /// The strokes of `text`'s characters: one piece each, as wide as its character.
    static func strokes(_ text: String, from left: Int) -> [PixelBox] {
        text.unicodeScalars.indices.enumerated().map { index, _ in PixelBox(left: left + 30 * index + 2, top: 40, right: left + 30 * index + 26, bottom: 44) }
    }

    /// `words` as Tesseract read them, each starting where given; `ink` the page's print.
    /// `box`, when given, is the last symbol's as Tesseract boxed it.
    func read(_ words: [(String, Int, Float)], ink: [PixelBox], box: PixelBox? = nil) -> String {
        var read = words.map { text, left, confidence in
            RecognizedWord(symbols: Self.symbols(text, from: left).map { RecognizedSymbol(text: $0.text, box: $0.box, confidence: confidence) })
        }
        if let box, let last = read.last?.symbols.last {
            read[read.count - 1].symbols[read[read.count - 1].symbols.count - 1] = RecognizedSymbol(text: last.text, box: box, confidence: last.confidence)
        }
        let right = read.last.map { $0.box.right } ?? 0
        var line = RecognizedLine(box: PixelBox(left: read[0].box.left, top: 30, right: right, bottom: 60), words: read)
        let page = HyphenPairsTests.ink(ink, width: 1000)
        DetachedSpecks.apply(to: &line, em: 30) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// Two specks of 4 by 4 pixels, 20 apart, at x.
    static func specks(at x: Int) -> [PixelBox] {
        [PixelBox(left: x, top: 36, right: x + 4, bottom: 40), PixelBox(left: x + 20, top: 50, right: x + 24, bottom: 54)]
    }

    @Test func specksEmsBeyondALinesEndAreNoCharacter() {
        // `不予受理的；` and, 11 ems on, `四` read from two specks (86%).
        let text = "不予受理的；"
        #expect(read([(text, 100, 99), ("四", 610, 86)], ink: Self.strokes(text, from: 100) + Self.specks(at: 612)) == text)
        // Nothing left under it at all: blank paper read as a character.
        #expect(read([(text, 100, 99), ("加", 610, 87)], ink: Self.strokes(text, from: 100)) == text)
    }

    @Test func specksApartFromEachOtherGoOneRunAfterAnother() {
        // `关；` and three specks, each ems past the one before, read `o`, `s`, `.`.
        let text = "关；"
        let specks = [PixelBox(left: 302, top: 50, right: 306, bottom: 54), PixelBox(left: 402, top: 36, right: 406, bottom: 40), PixelBox(left: 602, top: 56, right: 606, bottom: 60)]
        #expect(read([(text, 100, 98), ("o", 300, 91), ("s", 400, 90), (".", 600, 88)], ink: Self.strokes(text, from: 100) + specks) == text)
        // A character's ink in the middle run keeps it, and what stands before it.
        let character = PixelBox(left: 402, top: 32, right: 428, bottom: 58)
        #expect(read([(text, 100, 98), ("o", 300, 91), ("书", 400, 90), (".", 600, 88)], ink: Self.strokes(text, from: 100) + [specks[0], character, specks[2]]) == text + "o书")
    }

    @Test func theNextLinesPrintReachingIntoTheBandIsNotTheRuns() {
        // `7` read from a speck 4 pixels tall at the band's foot, where the top
        // stroke of `设` on the line below (y 56–80) reaches into the band.
        let text = "许可结果。"
        let below = PixelBox(left: 590, top: 56, right: 626, bottom: 80)
        let speck = PixelBox(left: 612, top: 54, right: 616, bottom: 58)
        #expect(read([(text, 100, 99), ("7", 610, 90)], ink: Self.strokes(text, from: 100) + [below, speck]) == text)
        // The stroke itself read: a run centred below the band (y 30–60).
        let stroke = PixelBox(left: 612, top: 58, right: 627, bottom: 64)
        #expect(read([(text, 100, 99), ("7", 610, 90)], ink: Self.strokes(text, from: 100) + [stroke], box: stroke) == text)
        // A character of the line itself, centred on its band, stays.
        let character = PixelBox(left: 612, top: 32, right: 638, bottom: 58)
        #expect(read([(text, 100, 99), ("7", 610, 90)], ink: Self.strokes(text, from: 100) + [character]) == text + "7")
    }

    @Test func specksBeforeALinesStartAreNoCharacter() {
        let text = "决定责任"
        #expect(read([("和", 100, 88), (text, 400, 99)], ink: Self.specks(at: 102) + Self.strokes(text, from: 400)) == text)
    }

    @Test func aCharacterStandingApartStays() {
        // A heading spaced across its cell: `备` and `注` 6 ems apart.
        #expect(read([("备", 100, 99), ("注", 310, 99)], ink: Self.strokes("备", from: 100) + Self.strokes("注", from: 310)) == "备注")
        // `一` is a single stroke, but an em wide.
        #expect(read([("第", 100, 99), ("一", 310, 90)], ink: Self.strokes("第", from: 100) + Self.strokes("一", from: 310)) == "第一")
    }

    @Test func aRunNearItsLineStays() {
        // Two ems on: within a line's reach (a wide space), whatever the ink.
        #expect(read([("证件，", 100, 99), ("人", 250, 86)], ink: Self.strokes("证件，", from: 100) + Self.specks(at: 252)) == "证件，人")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: 638, bottom: 60), words: [
            RecognizedWord(symbols: Self.symbols("证件，", from: 100)), RecognizedWord(symbols: Self.symbols("人", from: 610)),
        ])
        DetachedSpecks.apply(to: &line, em: 30) { _ in nil }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "证件，人")
    }
}

/// A line alone in a cell, a character read from specks (`了` in an empty
/// 追责情形 cell at 200 dpi, boxed 8 by 9 pixels against a page em of 28),
/// is no print; a character's box and strokes, or a mark alone, are.
@Suite struct SpeckLineTests {
    func isSpeckLine(_ text: String, box: PixelBox, ink: [PixelBox]) -> Bool {
        let line = RecognizedLine(box: box, words: [RecognizedWord(symbols: [RecognizedSymbol(text: text, box: box, confidence: 92)])])
        let page = HyphenPairsTests.ink(ink, width: 1000)
        return DetachedSpecks.isSpeckLine(line, pageEm: 28, pieces: { Components.boxes(of: page, within: $0) })
    }

    @Test func aCharacterReadFromSpecksIsNoLine() {
        let speck = PixelBox(left: 625, top: 38, right: 633, bottom: 47)
        #expect(isSpeckLine("了", box: speck, ink: [PixelBox(left: 626, top: 38, right: 633, bottom: 47)]))
        // Two specks side by side, read as one character.
        #expect(isSpeckLine("了", box: PixelBox(left: 620, top: 38, right: 633, bottom: 47),
                            ink: [PixelBox(left: 620, top: 40, right: 624, bottom: 44), PixelBox(left: 628, top: 38, right: 633, bottom: 47)]))
    }

    @Test func aCharacterOrAMarkStays() {
        // A character's box and its stroke, an em down.
        #expect(!isSpeckLine("了", box: PixelBox(left: 600, top: 30, right: 626, bottom: 58), ink: [PixelBox(left: 602, top: 31, right: 624, bottom: 57)]))
        // Boxed small, but its stroke runs longer than half an em.
        #expect(!isSpeckLine("一", box: PixelBox(left: 600, top: 40, right: 612, bottom: 44), ink: [PixelBox(left: 600, top: 40, right: 624, bottom: 44)]))
        // A mark alone (an empty cell's `-`) is left to the marks' rules.
        #expect(!isSpeckLine("-", box: PixelBox(left: 600, top: 40, right: 608, bottom: 43), ink: [PixelBox(left: 600, top: 40, right: 608, bottom: 43)]))
        // Ink not measured: nothing changes.
        let line = RecognizedLine(box: PixelBox(left: 625, top: 38, right: 633, bottom: 47), words: [
            RecognizedWord(symbols: [RecognizedSymbol(text: "了", box: PixelBox(left: 625, top: 38, right: 633, bottom: 47), confidence: 92)]),
        ])
        #expect(!DetachedSpecks.isSpeckLine(line, pageEm: 28, pieces: { _ in nil }))
    }
}
