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
        var specked = Self.name[1]
        specked.box.bottom = 636
        #expect(StackedLines.suspects(in: [specked], runs: speck).isEmpty)
        // Boxed two ems tall round its one band, the line is read again on that band alone.
        #expect(StackedLines.suspects(in: [Self.name[1]], runs: speck).first?.bands.count == 1)
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
        // Not two bands: the line's own band alone, halfway to the print above and below,
        // since its box (73 pixels) reaches over both neighbours' print.
        let suspects = StackedLines.suspects(in: Self.lines, runs: runs)
        #expect(suspects.map(\.index) == [1])
        #expect(suspects.first?.bands == [PixelBox(left: 386, top: 957, right: 626, bottom: 997)])
        // Boxed a third of an em over the next line (a speck's worth), it is no suspect.
        var close = Self.lines
        close[1].box = PixelBox(left: 386, top: 960, right: 626, bottom: 1006)
        #expect(StackedLines.suspects(in: close, runs: runs).isEmpty)
        // Nor is a line read surely (96%), however far its box reaches.
        var sure = Self.lines
        for word in sure[1].words.indices { for symbol in sure[1].words[word].symbols.indices { sure[1].words[word].symbols[symbol].confidence = 96 } }
        #expect(StackedLines.suspects(in: sure, runs: runs).isEmpty)
    }

    @Test func aBandReadAloneLosesTheSpecksPastItsCharacters() {
        // `关；` read alone as `关;o s .` (UMing, 200 dpi): the specks stand ems past `;`.
        let symbol = { (text: String, left: Int) in RecognizedSymbol(text: text, box: PixelBox(left: left, top: 1383, right: left + 30, bottom: 1414), confidence: 90) }
        let read = RecognizedLine(box: PixelBox(left: 2442, top: 1376, right: 2941, bottom: 1420), words: [
            RecognizedWord(symbols: [symbol("关", 2442), symbol(";", 2480)]), RecognizedWord(symbols: [symbol("o", 2640), symbol("s", 2740), symbol(".", 2937)]),
        ])
        #expect(StackedLines.trimmed([read], em: 31).symbolTexts.joined() == "关;")
        // A mark within an em of the last character stays.
        let close = RecognizedLine(box: read.box, words: [RecognizedWord(symbols: [symbol("关", 2442), symbol(";", 2480), symbol("。", 2500)])])
        #expect(StackedLines.trimmed([close], em: 31).symbolTexts.joined() == "关;。")
    }

    @Test func aDoubtfulLineBoxedOverItsNeighbourIsReadAgainOnItsBand() {
        let sure = { (text: String, confidence: Float) in
            var line = StackedLinesTests.line(text, top: 1551, bottom: 1585, box: PixelBox(left: 386, top: 1546, right: 1146, bottom: 1628))
            for word in line.words.indices { for symbol in line.words[word].symbols.indices { line.words[word].symbols[symbol].confidence = confidence } }
            return line
        }
        // `设施、并处罚款的处罚决定；…` boxed over `论决定。` and read as noise, 88% sure.
        let garbled = sure("次而天公国革由处司沁是量太案件弓染体过", 88)
        #expect(StackedLines.keeps([sure("设施并处罚款的处罚决定重大案件经集体讨", 97)], over: garbled, bands: 1))
        // Two characters fewer, or less sure: the reading stays.
        #expect(!StackedLines.keeps([sure("设施并处罚款的处罚决定重大案件经集", 97)], over: garbled, bands: 1))
        #expect(!StackedLines.keeps([sure("设施并处罚款的处罚决定重大案件经集体讨", 86)], over: garbled, bands: 1))
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
