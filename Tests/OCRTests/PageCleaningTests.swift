import CTesseract
@testable import OCR
import Testing

/// The image work before recognition, on pages drawn here: rules found and
/// erased, cells found, skew undone, specks removed.
@Suite struct PageCleaningTests {
    /// A white grey page at 300 dpi with black rectangles (left, top, right, bottom; right and bottom exclusive).
    func page(width: Int = 1200, height: Int = 800, ink: [PixelBox]) -> PageImage {
        let image = PageImage(pixCreate(Int32(width), Int32(height), 8)!)
        pixSetAll(image.pix)
        for box in ink {
            var rectangle = boxCreate(Int32(box.left), Int32(box.top), Int32(box.width), Int32(box.height))
            pixClearInRect(image.pix, rectangle)
            boxDestroy(&rectangle)
        }
        return image
    }

    func binary(_ image: PageImage) -> PageImage {
        PageImage(pixThresholdToBinary(image.pix, 128)!)
    }

    func isInk(_ image: PageImage, _ x: Int, _ y: Int) -> Bool {
        var value: UInt32 = 0
        pixGetPixel(image.pix, Int32(x), Int32(y), &value)
        return value < 128
    }

    /// A table of three rows; the middle one, a single line tall, split in two.
    let table = [
        PixelBox(left: 100, top: 100, right: 1100, bottom: 103), PixelBox(left: 100, top: 200, right: 1100, bottom: 203),
        PixelBox(left: 100, top: 260, right: 1100, bottom: 263), PixelBox(left: 100, top: 700, right: 1100, bottom: 703),
        PixelBox(left: 100, top: 100, right: 103, bottom: 703), PixelBox(left: 1097, top: 100, right: 1100, bottom: 703),
        PixelBox(left: 400, top: 200, right: 403, bottom: 263),
    ]
    /// Rules 3 px thick, their blur 2 px either side: cells start 3 px in.
    /// Strokes of characters: one in a cell, one of a large title above the table.
    let strokes = [PixelBox(left: 600, top: 400, right: 604, bottom: 470), PixelBox(left: 600, top: 5, right: 606, bottom: 75)]

    @Test func rulesAreErasedAndTheStrokesOfCharactersStay() throws {
        let image = page(ink: table + strokes)
        let rules = try #require(RulingLines(binary: binary(image), dpi: 300))
        rules.erase(from: image)
        for box in table { #expect(!isInk(image, box.left + 1, box.top + 1), "rule at \(box)") }
        for box in strokes { #expect(isInk(image, box.left + 1, box.top + 1), "stroke at \(box)") }
        // The short vertical rule meets the long horizontal ones: found, as the long ones are.
        #expect(rules.vertical.count == 3)
        #expect(rules.vertical.contains { $0.left == 400 && $0.top <= 203 && $0.bottom >= 260 })
    }

    @Test func cellsAreTheRegionsTheRulesEncloseWithoutTheRulesBlur() throws {
        let image = page(ink: table + strokes)
        let rules = try #require(RulingLines(binary: binary(image), dpi: 300))
        let cells = TableCell.cells(enclosedBy: rules, dpi: 300).map(\.box)
        #expect(cells == [
            PixelBox(left: 105, top: 105, right: 1095, bottom: 198),
            PixelBox(left: 105, top: 205, right: 398, bottom: 258),
            PixelBox(left: 405, top: 205, right: 1095, bottom: 258),
            PixelBox(left: 105, top: 265, right: 1095, bottom: 698),
        ])
    }

    @Test func aTightRowsCellsAreCellsAndReadWithPaperRound() throws {
        // A 5 pt header row: rules 22 pixels apart, 15 blank between their blurs
        // (the short rule across it too short to be found: one cell).
        var tight = table
        tight[2] = PixelBox(left: 100, top: 222, right: 1100, bottom: 225)
        tight[6] = PixelBox(left: 400, top: 200, right: 403, bottom: 225)
        let image = page(ink: tight)
        let rules = try #require(RulingLines(binary: binary(image), dpi: 300))
        let cells = TableCell.cells(enclosedBy: rules, dpi: 300)
        let row = cells.filter { $0.box.top == 205 }
        #expect(row.map(\.box.height) == [15])
        let cell = try #require(row.first)
        let part = try #require(cell.readablePart(of: image, within: TableCell.InkArea(box: cell.box), dpi: 300))
        // A tenth of an inch of white paper all round.
        #expect(part.image.height == 15 + 60 && part.origin.y == 205 - 30)
        // A row of ordinary height is read as cut.
        let tall = try #require(cells.first { $0.box.top == 105 })
        #expect(try #require(tall.readablePart(of: image, within: TableCell.InkArea(box: tall.box), dpi: 300)).image.height == tall.box.height)
    }

    @Test func aCellIsReadThroughItsOutlineNotItsBox() throws {
        // The rule under the top row is broken at its right end: the top row
        // and the row below it are one region, whose box holds the middle row's left cell too.
        var broken = table
        broken[1] = PixelBox(left: 100, top: 200, right: 900, bottom: 203)
        broken[6] = PixelBox(left: 400, top: 203, right: 403, bottom: 263)
        let image = page(ink: broken + [PixelBox(left: 200, top: 220, right: 240, bottom: 240)])
        let rules = try #require(RulingLines(binary: binary(image), dpi: 300))
        let cells = TableCell.cells(enclosedBy: rules, dpi: 300)
        let joined = try #require(cells.first { $0.box.top == 105 })
        #expect(joined.box.bottom == 258)
        let part = try #require(joined.part(of: image, within: joined.box))
        // The left cell's ink (at 200…240, 220…240) is outside the joined region: white in its part.
        #expect(!isInk(part.image, 200 - part.origin.x + 5, 220 - part.origin.y + 5))
    }

    @Test func faintGreyRulesAreFoundWhereTextsThresholdLosesThem() throws {
        // Grey paper (240) and rules a blurred scan leaves grey (150): lighter than half-way.
        let image = PageImage(pixCreate(1200, 800, 8)!)
        pixSetAllArbitrary(image.pix, 240)
        for box in table {
            var rectangle = boxCreate(Int32(box.left), Int32(box.top), Int32(box.width), Int32(box.height))
            pixSetInRectArbitrary(image.pix, rectangle, 150)
            boxDestroy(&rectangle)
        }
        let ink = try #require(RulingLines.ink(of: image))
        let rules = try #require(RulingLines(binary: ink, dpi: 300))
        #expect(rules.vertical.count == 3)
        #expect(TableCell.cells(enclosedBy: rules, dpi: 300).count == 4)
        let atHalf = try #require(RulingLines(binary: PageImage(pixThresholdToBinary(image.pix, 128)!), dpi: 300))
        #expect(atHalf.vertical.isEmpty)
    }

    @Test func aCellIsReadWhereItsMarksStandNotItsSpecks() throws {
        // One character's stroke in the tall last cell (105…1095, 265…698), and a speck below it.
        let image = page(ink: table + [PixelBox(left: 600, top: 300, right: 630, bottom: 340), PixelBox(left: 900, top: 600, right: 902, bottom: 602)])
        let ink = binary(image)
        let rules = try #require(RulingLines(binary: ink, dpi: 300))
        let text = try #require(PageImage.adopting(pixSubtract(nil, ink.pix, rules.mask.pix)))
        let cell = try #require(TableCell.cells(enclosedBy: rules, dpi: 300).last)
        let area = try #require(cell.inkArea(text, dpi: 300))
        #expect(area.box == PixelBox(left: 570, top: 270, right: 660, bottom: 370))
        #expect(!area.isCrowded)
    }

    @Test func printFlushUnderItsRuleCrowdsTheCellsTop() throws {
        // A first line set flush under the rule (a Song face in a table without
        // cell padding): its ink starts 2 pixels below the cell's top.
        let image = page(ink: table + [PixelBox(left: 600, top: 267, right: 630, bottom: 300)])
        let ink = binary(image)
        let rules = try #require(RulingLines(binary: ink, dpi: 300))
        let text = try #require(PageImage.adopting(pixSubtract(nil, ink.pix, rules.mask.pix)))
        let cell = try #require(TableCell.cells(enclosedBy: rules, dpi: 300).last)
        let area = try #require(cell.inkArea(text, dpi: 300))
        #expect(area.isCrowded && area.crowdsTop && !area.crowdsBottom && !area.crowdsSide && area.box.top == cell.box.top)
        // The first line is the one a second reading with paper round it is for.
        let lines = [FragmentedLinesTests.line("立案", left: 600, top: 267), FragmentedLinesTests.line("调查", left: 600, top: 320)]
        #expect(PageReading.edgeLines(lines, crowding: area) == [lines[0]])
    }

    /// A wide page of thin rows, as a table's rules and lines of text are,
    /// skewed by a degree and a half, and by more than two degrees (where a
    /// sweep in whole degrees found its best angle at the sweep's edge and
    /// left the page as it was), either way.
    @Test(arguments: [1.5, -2.4, 3.1])
    func aSkewedPageIsTurnedStraight(degrees: Double) throws {
        let rows = (0..<50).map { PixelBox(left: 200, top: 150 + 44 * $0, right: 3300, bottom: 153 + 44 * $0) }
        let straight = page(width: 3500, height: 2480, ink: rows)
        let skewed = PageImage(pixRotate(straight.pix, Float(degrees * .pi / 180), Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)!)
        let (turned, turnedBy) = SkewCorrection.straightened(skewed)
        #expect(abs(abs(turnedBy) - abs(degrees)) < 0.1)
        var angle: Float = 0, confidence: Float = 0
        // A temporary's pixels go with it: keep it while Leptonica reads them.
        let turnedBinary = binary(turned)
        withExtendedLifetime(turnedBinary) { _ = pixFindSkew(turnedBinary.pix, &angle, &confidence) }
        #expect(abs(angle) < 0.1)
    }

    @Test func aPageWithNoRowsIsLeftAsItIs() {
        // Specks only: no angle lines them up.
        let specks = (0..<400).map { PixelBox(left: (37 * $0) % 3400, top: (53 * $0 * $0) % 2400, right: (37 * $0) % 3400 + 2, bottom: (53 * $0 * $0) % 2400 + 2) }
        let (_, turnedBy) = SkewCorrection.straightened(page(width: 3500, height: 2480, ink: specks))
        #expect(turnedBy == 0)
    }

    @Test func specksGoAndPunctuationBesideCharactersStays() {
        // Tiny specks anywhere; a 6-pixel mark standing alone (a speck, or
        // a stray of a dirty scan); a full stop and a comma beside strokes of
        // characters, and a chain of dots (……) from a character.
        let tiny = [PixelBox(left: 50, top: 50, right: 51, bottom: 51), PixelBox(left: 80, top: 60, right: 83, bottom: 63)]
        let stray = PixelBox(left: 300, top: 40, right: 306, bottom: 46)
        let character = PixelBox(left: 100, top: 100, right: 140, bottom: 140)
        let stop = PixelBox(left: 146, top: 134, right: 150, bottom: 138)
        let dots = (0..<4).map { PixelBox(left: 156 + 10 * $0, top: 118, right: 161 + 10 * $0, bottom: 123) }
        let image = page(width: 400, height: 200, ink: tiny + [stray, character, stop] + dots)
        // The stray mark's blur: lighter than any threshold, a faint ring if left.
        pixSetPixel(image.pix, 307, 42, 200)
        let clean = Speckles.erased(from: binary(image), in: image, dpi: 300)
        var blur: UInt32 = 0
        pixGetPixel(image.pix, 307, 42, &blur)
        #expect(blur == 255)
        #expect(!isInk(image, 50, 50))
        #expect(!isInk(image, 81, 61))
        #expect(!isInk(image, 302, 42))
        #expect(isInk(image, 147, 135))
        #expect(dots.allSatisfy { isInk(image, $0.left + 1, $0.top + 1) })
        // The page's ink without the specks: the character stays, the stray mark goes.
        var kept: UInt32 = 0, speck: UInt32 = 1
        pixGetPixel(clean.pix, 120, 120, &kept)
        pixGetPixel(clean.pix, 302, 42, &speck)
        #expect(kept == 1 && speck == 0)
    }

    @Test func theDotOfASemicolonStaysThoughAsSmallAsGrain() {
        // Beside a character: a semicolon (a 3-pixel dot 10 pixels over a
        // comma), and a grain of the same size with nothing under it.
        let character = PixelBox(left: 100, top: 100, right: 140, bottom: 140)
        let dot = PixelBox(left: 146, top: 114, right: 149, bottom: 117)
        let comma = PixelBox(left: 145, top: 127, right: 150, bottom: 135)
        let grain = PixelBox(left: 170, top: 114, right: 173, bottom: 117)
        // A dot beside the comma, not over it, is grain too.
        let aside = PixelBox(left: 160, top: 127, right: 163, bottom: 130)
        let image = page(width: 400, height: 200, ink: [character, dot, comma, grain, aside])
        _ = Speckles.erased(from: binary(image), in: image, dpi: 300)
        #expect(isInk(image, 147, 115))
        #expect(isInk(image, 147, 130))
        #expect(!isInk(image, 171, 115))
        #expect(!isInk(image, 161, 128))
    }

    @Test func aColonInAWideBlankStaysThoughFarFromPrint() {
        // `》：全` of the corpus scan (at 300 dpi): the colon's 6-pixel dots
        // 26 pixels from the characters either side, beyond a stray mark's reach.
        let before = PixelBox(left: 100, top: 100, right: 117, bottom: 134), after = PixelBox(left: 175, top: 100, right: 209, bottom: 134)
        let upper = PixelBox(left: 143, top: 108, right: 149, bottom: 114), lower = PixelBox(left: 143, top: 122, right: 149, bottom: 128)
        // At a line's end (nothing after it) it stays too.
        let last = PixelBox(left: 300, top: 100, right: 317, bottom: 134)
        let ending = [PixelBox(left: 343, top: 108, right: 349, bottom: 114), PixelBox(left: 343, top: 122, right: 349, bottom: 128)]
        // Specks of unlike size stacked so, and a pair with no print level with it, go.
        let unlike = [PixelBox(left: 144, top: 160, right: 148, bottom: 164), PixelBox(left: 143, top: 170, right: 150, bottom: 177)]
        let character = PixelBox(left: 100, top: 152, right: 117, bottom: 186)
        let alone = [PixelBox(left: 243, top: 20, right: 249, bottom: 26), PixelBox(left: 243, top: 34, right: 249, bottom: 40)]
        let image = page(width: 400, height: 200, ink: [before, after, upper, lower, last, character] + ending + unlike + alone)
        _ = Speckles.erased(from: binary(image), in: image, dpi: 300)
        #expect(isInk(image, 146, 111) && isInk(image, 146, 125))
        #expect(isInk(image, 346, 111) && isInk(image, 346, 125))
        #expect(!isInk(image, 146, 162) && !isInk(image, 146, 173))
        #expect(!isInk(image, 246, 23) && !isInk(image, 246, 37))
    }

    @Test func theStopOfANumberingStaysThoughAsSmallAsGrain() {
        // `5.`: a digit 24 pixels tall, a 3-pixel stop at its foot; grain of the
        // same size beside its middle, and past the stop's reach.
        let digit = PixelBox(left: 100, top: 100, right: 112, bottom: 124)
        let stop = PixelBox(left: 115, top: 121, right: 118, bottom: 124)
        let beside = PixelBox(left: 115, top: 110, right: 118, bottom: 113)
        let far = PixelBox(left: 140, top: 121, right: 143, bottom: 124)
        let image = page(width: 400, height: 200, ink: [digit, stop, beside, far])
        _ = Speckles.erased(from: binary(image), in: image, dpi: 300)
        #expect(isInk(image, 116, 122))
        #expect(!isInk(image, 116, 111))
        #expect(!isInk(image, 141, 122))
    }

    @Test func aLineBoxKeepsToItsPrintNotASpeckAboveIt() {
        // Characters 31 pixels tall, a speck 12 pixels above them: Tesseract's box took both in.
        let characters = (0..<5).map { PixelBox(left: 100 + 40 * $0, top: 874, right: 131 + 40 * $0, bottom: 905) }
        let speck = PixelBox(left: 150, top: 859, right: 154, bottom: 863)
        let ink = binary(page(width: 400, height: 1000, ink: characters + [speck]))
        let line = RecognizedLine(box: PixelBox(left: 100, top: 859, right: 291, bottom: 905), words: [])
        #expect(LineInk.tightened(line, in: ink).box == PixelBox(left: 100, top: 874, right: 291, bottom: 905))
        // A character of two strokes far apart (二) alone in its line keeps both.
        let two = binary(page(width: 400, height: 200, ink: [PixelBox(left: 100, top: 50, right: 130, bottom: 54), PixelBox(left: 96, top: 76, right: 134, bottom: 80)]))
        let alone = RecognizedLine(box: PixelBox(left: 96, top: 50, right: 134, bottom: 80), words: [])
        #expect(LineInk.tightened(alone, in: two).box == alone.box)
    }

    @Test func aLineBoxKeepsToItsPrintNotTheNextLinesTop() {
        // `欺骗手段取` (rows 1274–1310) over `得测绘资质` (1314–1350), 4 blank rows
        // between: Tesseract boxed the first down to 1323, over the second's top.
        let first = (0..<5).map { PixelBox(left: 386 + 40 * $0, top: 1274, right: 422 + 40 * $0, bottom: 1310) }
        let second = (0..<5).map { PixelBox(left: 386 + 40 * $0, top: 1314, right: 422 + 40 * $0, bottom: 1350) }
        let ink = binary(page(width: 700, height: 1400, ink: first + second))
        let lines = [
            RecognizedLine(box: PixelBox(left: 386, top: 1274, right: 582, bottom: 1323), words: []),
            RecognizedLine(box: PixelBox(left: 386, top: 1314, right: 582, bottom: 1352), words: []),
        ]
        #expect(LineInk.tightened(lines, in: ink).map(\.box) == [
            PixelBox(left: 386, top: 1274, right: 582, bottom: 1310), PixelBox(left: 386, top: 1314, right: 582, bottom: 1350),
        ])
        // Alone, the line keeps the next line's top: it may be its own print.
        #expect(LineInk.tightened(lines[0], in: ink).box.bottom == 1323)
    }
}
