@testable import OCR
import Testing

/// A line box holding two printed lines is read again band by band.
@Suite struct StackedLinesTests {
    static func line(_ text: String, top: Int, bottom: Int, box: PixelBox) -> RecognizedLine {
        let symbols = text.enumerated().map { index, character in
            RecognizedSymbol(text: String(character), box: PixelBox(left: 386 + 40 * index, top: top, right: 420 + 40 * index, bottom: bottom), confidence: 88)
        }
        return RecognizedLine(box: box, words: [RecognizedWord(symbols: symbols)])
    }

    /// `地预审与选` (547–582), then `址意见书核` (587–622) and `发` (627–662)
    /// read as one line `相间见书核`, boxed 587–662 (AR PL UMing, 200 dpi, drawn at 300).
    static let name = [
        line("地预审与选", top: 547, bottom: 582, box: PixelBox(left: 386, top: 547, right: 590, bottom: 582)),
        line("相间见书核", top: 569, bottom: 623, box: PixelBox(left: 386, top: 587, right: 590, bottom: 662)),
    ]

    static func runs(_ box: PixelBox) -> [LineInk.Run] {
        [LineInk.Run(top: 547, bottom: 582, ink: 900), LineInk.Run(top: 587, bottom: 622, ink: 900), LineInk.Run(top: 627, bottom: 662, ink: 150)]
            .filter { $0.top >= box.top && $0.bottom <= box.bottom }
    }

    @Test func aLineBoxHoldingTwoBandsOfPrintIsReadBandByBand() {
        let suspects = StackedLines.suspects(in: Self.name, runs: Self.runs)
        #expect(suspects.map(\.index) == [1])
        #expect(suspects.first?.bands == [
            PixelBox(left: 386, top: 587, right: 590, bottom: 624), PixelBox(left: 386, top: 624, right: 590, bottom: 662),
        ])
    }

    @Test func aLineOfOneBandOrThinBandsStays() {
        // One band: the first line.
        #expect(StackedLines.suspects(in: [Self.name[0]], runs: Self.runs).isEmpty)
        // A speck or a stroke apart below the print is thinner than a line.
        let speck = { (_: PixelBox) in [LineInk.Run(top: 587, bottom: 622, ink: 900), LineInk.Run(top: 630, bottom: 636, ink: 20)] }
        #expect(StackedLines.suspects(in: [Self.name[1]], runs: speck).isEmpty)
    }
}
