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

/// Bands that belong to the lines around, and when the band-by-band reading is kept.
@Suite struct StackedLinesNeighbourTests {
    /// `（一）对发现的…制止、` (920–955), then `不依法查处的；` (960–994) boxed
    /// 938–1011, from the middle of the line above (UMing, 250 dpi, drawn at 300).
    static let lines = [
        StackedLinesTests.line("对发现的非法占用", top: 920, bottom: 955, box: PixelBox(left: 386, top: 920, right: 706, bottom: 967)),
        StackedLinesTests.line("不依法查处的", top: 960, bottom: 994, box: PixelBox(left: 386, top: 938, right: 626, bottom: 1011)),
        StackedLinesTests.line("对应当移送司法", top: 999, bottom: 1034, box: PixelBox(left: 386, top: 999, right: 666, bottom: 1047)),
    ]

    @Test func aBandWithinTheLineAbovesRowsIsThatLinesPrint() {
        let runs = { (box: PixelBox) in
            [LineInk.Run(top: 938, bottom: 955, ink: 1239), LineInk.Run(top: 960, bottom: 994, ink: 1298), LineInk.Run(top: 1000, bottom: 1011, ink: 906)]
                .filter { $0.top >= box.top && $0.bottom <= box.bottom }
        }
        #expect(StackedLines.suspects(in: Self.lines, runs: runs).isEmpty)
    }

    @Test func aBandsRegionEndsHalfwayToTheNextPrint() {
        // `…规定的行` (1354–1388) and `为。` (1394–1427) boxed as one line, the next line's top rows at 1432.
        let lines = [
            StackedLinesTests.line("其他违反法律法规", top: 1354, bottom: 1388, box: PixelBox(left: 386, top: 1353, right: 706, bottom: 1440)),
            StackedLinesTests.line("对应当移送司法", top: 1432, bottom: 1466, box: PixelBox(left: 386, top: 1432, right: 666, bottom: 1470)),
        ]
        let runs = { (_: PixelBox) in
            [LineInk.Run(top: 1354, bottom: 1388, ink: 4659), LineInk.Run(top: 1394, bottom: 1427, ink: 223), LineInk.Run(top: 1432, bottom: 1440, ink: 500)]
        }
        let suspects = StackedLines.suspects(in: lines, runs: runs)
        #expect(suspects.first?.bands == [
            PixelBox(left: 386, top: 1353, right: 706, bottom: 1391), PixelBox(left: 386, top: 1391, right: 706, bottom: 1429),
        ])
    }

    @Test func aSurerReadingOfOneCharacterFewerIsKept() {
        let merged = StackedLinesTests.line("六七其他违扩法律", top: 1354, bottom: 1388, box: PixelBox(left: 386, top: 1353, right: 706, bottom: 1427))
        let unsure = { (line: RecognizedLine, confidence: Float) in
            var line = line
            for word in line.words.indices { for symbol in line.words[word].symbols.indices { line.words[word].symbols[symbol].confidence = confidence } }
            return line
        }
        let bands = [
            StackedLinesTests.line("七其他违反法律", top: 1354, bottom: 1388, box: PixelBox(left: 386, top: 1354, right: 706, bottom: 1388)),
            StackedLinesTests.line("og", top: 1394, bottom: 1427, box: PixelBox(left: 386, top: 1394, right: 426, bottom: 1427)),
        ]
        #expect(StackedLines.keeps(bands.map { unsure($0, 98) }, over: unsure(merged, 95), bands: 2))
        // Less sure, or two characters fewer: the line stays as read.
        #expect(!StackedLines.keeps(bands.map { unsure($0, 90) }, over: unsure(merged, 95), bands: 2))
        #expect(!StackedLines.keeps([unsure(StackedLinesTests.line("七其他违反法", top: 1354, bottom: 1388, box: bands[0].box), 99)], over: unsure(merged, 95), bands: 2))
    }
}
