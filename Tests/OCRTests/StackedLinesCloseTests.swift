@testable import OCR
import Testing

/// Lines of a Song face set so close (lb, 200 dpi, drawn at 300) that a mark's
/// tail joins them, and lines Tesseract put out of reading order.
@Suite struct StackedLinesCloseTests {
    /// The ink of rows 1985–2058 of the cell `与验收》等标准抽取样本。` /
    /// `（3）检验阶段责任：…`: no blank row between them, 1–10 pixels from 2019 to 2024.
    static let joinedRows = [
        45, 73, 75, 84, 78, 73, 133, 160, 156, 105, 87, 114, 111, 109, 118, 126, 125, 102, 91, 104, 115, 113, 162, 125, 105, 92, 88, 77, 77, 86, 101, 100, 88, 37,
        6, 10, 10, 8, 5, 1,
        49, 110, 172, 173, 170, 138, 135, 203, 244, 203, 167, 166, 201, 211, 196, 155, 196, 207, 174, 181, 197, 175, 161, 170, 200, 180, 132, 123, 142, 146, 159, 214, 195, 69,
    ]

    @Test func aRunTwoLinesTallSplitsAtItsFaintestRow() {
        let runs = LineInk.runs(ofRows: Self.joinedRows, top: 1985, splitting: StackedLines.splitting(em: 36))
        #expect(runs.map { [$0.top, $0.bottom] } == [[1985, 2024], [2025, 2059]])
        // Without splitting, one run.
        #expect(LineInk.runs(ofRows: Self.joinedRows, top: 1985).map { [$0.top, $0.bottom] } == [[1985, 2059]])
    }

    @Test func aShortLineUnderAFullOneSplitsAtTheLoneBlankRow() {
        // `（六）其他违反…规定的行` (2122–2163, 4 faint rows at its foot), one blank row, then `为。` (2165–2198).
        let rows = [4, 4, 6, 6, 37, 84, 99, 106, 100, 104, 113, 180, 148, 129, 107, 105, 125, 110, 118, 141, 150, 122, 141, 139, 136, 128, 120, 119, 124, 120, 121, 126, 108, 116, 129, 176, 123, 44, 4, 4, 4, 4]
            + [0] + [2, 3, 5, 5, 5, 5, 5, 3, 3, 3, 8, 9, 8, 8, 8, 6, 6, 6, 6, 10, 8, 7, 8, 5, 4, 5, 4, 4, 4, 3, 3, 6, 4, 2]
        let runs = LineInk.runs(ofRows: rows, top: 2122, splitting: StackedLines.splitting(em: 36))
        #expect(runs.map { [$0.top, $0.bottom] } == [[2122, 2164], [2165, 2199]])
        // A run of one tall line, its middle rows well inked, stays whole.
        let tall = Array(repeating: 150, count: 60)
        #expect(LineInk.runs(ofRows: tall, top: 0, splitting: StackedLines.splitting(em: 36)).count == 1)
        // Nor is a run split where a part would be a sliver, thinner than a line: the line's box
        // (to 1364) cut short `职守、徇私舞弊的；` (1314–1351, a semicolon's tail at 1348–1351)
        // and the top of `（七）其他…` below it (1353–).
        let cut = [11, 36, 61, 64, 78, 90, 60, 69, 81, 73, 78, 77, 63, 52, 63, 94, 74, 82, 73, 60, 57, 62, 61, 58, 59, 62, 53, 53, 59, 52, 36, 34, 37, 22,
                   5, 5, 5, 5, 0, 15, 64, 101, 124, 93, 99, 105, 145, 175, 124, 122]
        #expect(LineInk.runs(ofRows: cut, top: 1314, splitting: StackedLines.splitting(em: 33)).map { [$0.top, $0.bottom] } == [[1314, 1364]])
    }

    @Test func aShortLineApartByBlankRowsStaysARun() {
        // `…应承担相应责` (1653–1687), then `任：` (1693–1725, 2–30 pixels a row), blank rows between.
        let rows = [17, 75, 129, 144, 140, 121, 144, 126, 180, 130, 114, 113, 150, 147, 141, 133, 132, 150, 151, 140, 135, 137, 142, 150, 123, 114, 115, 118, 121, 122, 151, 191, 174, 58, 2]
            + [0, 0, 0, 0, 0] + [3, 10, 15, 18, 13, 8, 9, 9, 6, 5, 6, 6, 6, 9, 12, 30, 29, 9, 8, 8, 6, 4, 5, 5, 4, 4, 4, 8, 8, 11, 11, 4, 2]
        let runs = LineInk.runs(ofRows: rows, top: 1653, splitting: StackedLines.splitting(em: 36))
        #expect(runs.map { [$0.top, $0.bottom] } == [[1653, 1688], [1693, 1726]])
    }

    /// `（3）检验阶段责任：…` (2024–2069), `机二` boxed 2019–2170 over it and the
    /// next three printed lines, then `（4）处理…` (2103–2149) and `单位限期整改…` (2141–2177).
    static let outOfOrder = [
        StackedLinesTests.line("检验阶段责任委托具有", top: 2025, bottom: 2058, box: PixelBox(left: 1484, top: 2024, right: 2277, bottom: 2069)),
        StackedLinesTests.line("机二", top: 2064, bottom: 2098, box: PixelBox(left: 1474, top: 2019, right: 1972, bottom: 2170)),
        StackedLinesTests.line("处理阶段责任对质量不", top: 2103, bottom: 2139, box: PixelBox(left: 1498, top: 2103, right: 2276, bottom: 2149)),
        StackedLinesTests.line("单位限期整改涉嫌违法", top: 2141, bottom: 2177, box: PixelBox(left: 1475, top: 2141, right: 2258, bottom: 2177)),
    ]

    @Test func printMostlyWithinAnotherLinesBoxIsThatLines() {
        let runs = { (box: PixelBox) in
            [LineInk.Run(top: 2019, bottom: 2058, ink: 5000), LineInk.Run(top: 2064, bottom: 2098, ink: 3000),
             LineInk.Run(top: 2103, bottom: 2139, ink: 5000), LineInk.Run(top: 2141, bottom: 2170, ink: 4000)]
                .filter { $0.top >= box.top && $0.bottom <= box.bottom }
        }
        // One band of its own (`验机构进行检验、出具检验报告。`), halfway to the lines' print around it;
        // the other three are the other lines', whose boxes hold most of their rows.
        let suspects = StackedLines.suspects(in: Self.outOfOrder, runs: runs)
        #expect(suspects.map(\.index) == [1])
        #expect(suspects.first?.bands == [PixelBox(left: 1474, top: 2061, right: 1972, bottom: 2100)])
    }

    @Test func aLineOfNoCharacterClaimsNoPrint() {
        // `市、县人民政府…与土地使用` (1945–1980) boxed 1941–2024 over `者签订。` (1985–2019),
        // and `1°` read from that line's foot (1996–2019): both bands are the tall line's.
        let lines = [
            StackedLinesTests.line("璐其个民政府十地窟理部与土地局用", top: 1945, bottom: 1980, box: PixelBox(left: 736, top: 1941, right: 1405, bottom: 2024)),
            RecognizedLine(box: PixelBox(left: 775, top: 1996, right: 870, bottom: 2019), words: [RecognizedWord(symbols: [
                RecognizedSymbol(text: "1", box: PixelBox(left: 775, top: 1996, right: 800, bottom: 2019), confidence: 95),
                RecognizedSymbol(text: "°", box: PixelBox(left: 840, top: 1996, right: 870, bottom: 2005), confidence: 94),
            ])]),
        ]
        let runs = { (box: PixelBox) in
            [LineInk.Run(top: 1945, bottom: 1980, ink: 6000), LineInk.Run(top: 1985, bottom: 2019, ink: 1500)].filter { $0.top >= box.top && $0.bottom <= box.bottom }
        }
        let suspects = StackedLines.suspects(in: lines, runs: runs)
        #expect(suspects.map(\.index) == [0])
        #expect(suspects.first?.bands.count == 2)
    }

    @Test func aSureLineBoxedOverTheWholeOfTheNextIsReadAgain() {
        // `与验收》等标准抽取样本。` (1985–2018), boxed 1984–2059 over `（3）…` (2025–2058), 95% sure.
        var over = StackedLinesTests.line("与办相等标准抽取样本", top: 1985, bottom: 2018, box: PixelBox(left: 1475, top: 1984, right: 1942, bottom: 2059))
        for symbol in over.words[0].symbols.indices { over.words[0].symbols[symbol].confidence = 95 }
        let lines = [over, Self.outOfOrder[0]]
        let runs = { (box: PixelBox) in
            [LineInk.Run(top: 1985, bottom: 2019, ink: 3500), LineInk.Run(top: 2025, bottom: 2059, ink: 5500)].filter { $0.top >= box.top && $0.bottom <= box.bottom }
        }
        let suspects = StackedLines.suspects(in: lines, runs: runs)
        #expect(suspects.map(\.index) == [0])
        #expect(suspects.first?.bands == [PixelBox(left: 1475, top: 1984, right: 1942, bottom: 2022)])
        // Boxed over a sliver of the next line's print only (a third of an em), a sure line stays.
        let sliver = { (box: PixelBox) in
            [LineInk.Run(top: 1985, bottom: 2019, ink: 3500), LineInk.Run(top: 2025, bottom: 2035, ink: 900)].filter { $0.top >= box.top && $0.bottom <= box.bottom }
        }
        var short = lines
        short[0].box.bottom = 2035
        #expect(StackedLines.suspects(in: short, runs: sliver).isEmpty)
    }

    @Test func aLineOfMarksOverABandReadAgainGoes() {
        // `UY»°` (1438–1467) boxed over `证的权利。`, the second band of a line read again band by band.
        let junk = RecognizedLine(box: PixelBox(left: 1470, top: 1438, right: 1646, bottom: 1467), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "U", box: PixelBox(left: 1470, top: 1438, right: 1500, bottom: 1467), confidence: 92),
        ])])
        let line = StackedLinesTests.line("证的权利", top: 1431, bottom: 1466, box: PixelBox(left: 1474, top: 1431, right: 2226, bottom: 1466))
        let bands = [PixelBox(left: 1474, top: 1392, right: 2258, bottom: 1429), PixelBox(left: 1474, top: 1429, right: 2258, bottom: 1466)]
        #expect(StackedLines.overread([line, junk], by: bands) == [1])
        // Below the bands, it stays for the readings after.
        #expect(StackedLines.overread([junk], by: [bands[0]]).isEmpty)
    }
}
