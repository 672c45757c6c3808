@testable import OCR
import Testing

/// A character's print read as letters or marks alone is read again on its own.
@Suite struct CharacterlessLinesTests {
    static func line(_ symbols: [(String, PixelBox)], box: PixelBox) -> RecognizedLine {
        RecognizedLine(box: box, words: [RecognizedWord(symbols: symbols.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 94) })])
    }

    /// `绘活动的处` (print 1393–1428, its line boxed down to 1442 over the
    /// top of `罚`), then `罚` read `|` (AR PL UMing, 250 dpi, drawn at 300).
    static let name = [
        line("绘活动的处".enumerated().map { (String($1), PixelBox(left: 386 + 40 * $0, top: 1393, right: 419 + 40 * $0, bottom: 1428)) },
             box: PixelBox(left: 386, top: 1393, right: 582, bottom: 1442)),
        line([("|", PixelBox(left: 388, top: 1438, right: 417, bottom: 1466))], box: PixelBox(left: 388, top: 1443, right: 417, bottom: 1466)),
    ]
    static let area = PixelBox(left: 367, top: 1079, right: 592, bottom: 1496)
    /// The print of `罚`: its 罒 within the box above, its 讠 and 刂 below.
    static let print = [
        PixelBox(left: 389, top: 1430, right: 420, bottom: 1441), PixelBox(left: 388, top: 1449, right: 399, bottom: 1465),
        PixelBox(left: 405, top: 1444, right: 416, bottom: 1466),
    ]

    static func ink(_ window: PixelBox) -> [PixelBox] {
        print.filter { $0.top >= window.top && $0.bottom <= window.bottom }
    }

    @Test func aCharacterReadAsAMarkIsReadAgainAlone() {
        let suspects = CharacterlessLines.suspects(in: Self.name, within: Self.area, ink: Self.ink)
        #expect(suspects.map(\.index) == [1])
        #expect(suspects.first?.region == PixelBox(left: 388, top: 1430, right: 420, bottom: 1466))
        let reread = Self.line([("罚", PixelBox(left: 388, top: 1430, right: 420, bottom: 1466))], box: PixelBox(left: 388, top: 1430, right: 420, bottom: 1466))
        #expect(CharacterlessLines.merge(Self.name[1], reread: [reread]).words.flatMap(\.symbols).map(\.text) == ["罚"])
        // A reading with no Chinese character keeps the line as read.
        let letters = Self.line([("T", reread.box), ("W", reread.box)], box: reread.box)
        #expect(CharacterlessLines.merge(Self.name[1], reread: [letters]) == Self.name[1])
        #expect(CharacterlessLines.merge(Self.name[1], reread: []) == Self.name[1])
    }

    @Test func aCellOfOneCharacterReadAsLettersIsReadAgain() {
        // `罚` alone at the top of the page the name ran on to, read `Ty`: no character gives the em.
        let box = PixelBox(left: 388, top: 210, right: 421, bottom: 245)
        let alone = [Self.line([("T", PixelBox(left: 388, top: 212, right: 400, bottom: 245)), ("y", PixelBox(left: 402, top: 220, right: 421, bottom: 245))], box: box)]
        let suspects = CharacterlessLines.suspects(in: alone, within: PixelBox(left: 367, top: 200, right: 592, bottom: 260)) { _ in [box] }
        #expect(suspects.map(\.index) == [0])
        #expect(suspects.first?.region == box)
    }

    @Test func marksSmallerThanACharacterOrLinesWithCharactersStay() {
        // A speck read `|`: its print is no character's size.
        let speck = [Self.name[0], Self.line([("|", PixelBox(left: 388, top: 1450, right: 392, bottom: 1462))], box: PixelBox(left: 388, top: 1450, right: 392, bottom: 1462))]
        #expect(CharacterlessLines.suspects(in: speck, within: Self.area) { _ in [PixelBox(left: 388, top: 1450, right: 392, bottom: 1462)] }.isEmpty)
        // Only Latin letters and ASCII marks, or Latin letters among other marks, make a line characterless.
        let read = { (text: String) in Self.line(text.map { (String($0), PixelBox(left: 0, top: 0, right: 30, bottom: 30)) }, box: PixelBox(left: 0, top: 0, right: 30, bottom: 30)) }
        #expect(CharacterlessLines.isCharacterless(read("Ty")))
        #expect(CharacterlessLines.isCharacterless(read("|")))
        #expect(CharacterlessLines.isCharacterless(read("“Ty-")))
        #expect(!CharacterlessLines.isCharacterless(read("(1)")))
        #expect(!CharacterlessLines.isCharacterless(read("）")))
        #expect(!CharacterlessLines.isCharacterless(read("……")))
        #expect(!CharacterlessLines.isCharacterless(read("罚")))
    }
}
