@testable import OCR
import Testing

/// A line box several ems tall round a character or two is no reading of
/// the ink it covers: it gives way to the lines read again there.
@Suite struct HollowLinesTests {
    /// The cell of lb300's item 10 (AR PL UMing, 300 dpi): characters 35 wide,
    /// and the two lines `（三）擅自…` and `的；` read as one `人`, 143 pixels tall.
    static let above = OverreadLinesTests.line("违反规定减免", bands: Array(repeating: (1788, 1833), count: 6))
    static let hollow = RecognizedLine(boxing: [RecognizedSymbol(text: "人", box: PixelBox(left: 2325, top: 1788, right: 2350, bottom: 1931), confidence: 89)])

    @Test func aTallLineOfOneCharacterIsHollow() {
        #expect(HollowLines.isHollow(Self.hollow, em: 35))
        // A line of characters one em tall is not; nor is a large character as tall as it is wide.
        #expect(!HollowLines.isHollow(Self.above, em: 35))
        let large = OverreadLinesTests.line("注", bands: [(100, 190)])
        #expect(!HollowLines.isHollow(large, em: 90))
        // Without characters to measure an em by, nothing is hollow.
        #expect(!HollowLines.isHollow(Self.hollow, em: nil))
    }

    /// A line read again from x 2320 on the band `top`…`bottom`.
    static func reread(_ text: String, top: Int, bottom: Int) -> RecognizedLine {
        RecognizedLine(boxing: text.enumerated().map { index, character in
            RecognizedSymbol(text: String(character), box: PixelBox(left: 2320 + 37 * index, top: top, right: 2355 + 37 * index, bottom: bottom), confidence: 95)
        })
    }

    @Test func theHollowLineGivesWayToTheLinesReadInItsBox() {
        let third = Self.reread("（三）擅自提高征收", top: 1840, bottom: 1880)
        let lines = HollowLines.replaced([Self.above, Self.hollow], hollow: [1], reread: [third])
        #expect(OverreadLinesTests.text(lines) == ["违反规定减免"])
        // Nothing read in its box: it stays, as read.
        let elsewhere = Self.reread("（四）截留、挪用", top: 2000, bottom: 2040)
        let kept = HollowLines.replaced([Self.above, Self.hollow], hollow: [1], reread: [elsewhere])
        #expect(OverreadLinesTests.text(kept) == ["违反规定减免", "人"])
    }
}
