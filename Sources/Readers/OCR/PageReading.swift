import CTesseract
import PowerListModel

/// One scanned page, from the PDF to glyphs: drawn at `Recognition.dpi`,
/// turned upright (`PageOrientation`) and straight, its rules found and
/// erased, its specks removed; each table cell read on its own, then
/// whatever stands outside the table.
struct PageReading {
    var renderer: PageRenderer
    /// Chinese and English, and Chinese alone (see `LatinRereading`).
    var recognizer: PageRecognizer
    var chineseRecognizer: PageRecognizer
    /// nil: pages are read as they stand.
    var orientation: PageOrientation?
    /// Checks cells' readings for characters that make no word (`WordlessRereading`); nil: none.
    var lexicon: (any Lexicon)?

    func read(page number: Int) -> RecognizedPage? {
        let dpi = Recognition.dpi
        guard let drawn = renderer.render(page: number, dpi: Double(dpi)) else { return nil }
        let turn = orientation?.turn(of: drawn.image, dpi: dpi) ?? .none
        let (image, skew) = SkewCorrection.straightened(PageOrientation.upright(drawn.image, turn: turn))
        guard let (lines, rules, reread) = recognize(image, dpi: dpi) else { return nil }
        let scale = 72 / Double(dpi)
        let glyphs = RecognizedGlyphs(scale: scale, verticalRules: rules.vertical).glyphs(of: lines)
        // The table reader cuts rows at the rules (a tight row's padding is within OCR's noise).
        let horizontalRules = rules.horizontal.map { box in
            HorizontalRule(y: Double(box.top + box.bottom) / 2 * scale, x0: Double(box.left) * scale, x1: Double(box.right) * scale)
        }
        let columnRules = rules.vertical.map { box in
            VerticalRule(x: Double(box.left + box.right) / 2 * scale, y0: Double(box.top) * scale, y1: Double(box.bottom) * scale)
        }
        let upright = turn.uprightSize(width: drawn.width, height: drawn.height)
        let confidences = glyphs.compactMap(\.confidence)
        let mean = confidences.isEmpty ? nil : Double(confidences.reduce(0) { $0 + Int($1) }) / Double(confidences.count)
        return RecognizedPage(
            glyphs: GlyphPage(
                number: number, width: upright.width, height: upright.height, glyphs: glyphs,
                frame: .page(turn: turn, width: drawn.width, height: drawn.height), rules: horizontalRules, columnRules: columnRules
            ),
            meanConfidence: mean, skew: skew, reread: reread
        )
    }

    private func recognize(_ scan: PageImage, dpi: Int) -> (lines: [RecognizedLine], rules: RulingLines, reread: Int)? {
        // Rules are found in the scan's own greys (`RulingLines.ink`), text read on white paper.
        let image = PaperGrain.whitened(scan)
        var binary: UnsafeMutablePointer<Pix>?
        // Otsu's threshold per tile of about two inches: even light on every part of the page.
        guard pixOtsuAdaptiveThreshold(image.pix, Int32(2 * dpi), Int32(2 * dpi), 0, 0, 0.1, nil, &binary) == 0,
              let binary = PageImage.adopting(binary) else { return nil }
        guard let ruleInk = RulingLines.ink(of: scan), let rules = RulingLines(binary: ruleInk, dpi: dpi),
              let marks = PageImage.adopting(pixSubtract(nil, binary.pix, rules.mask.pix)) else { return nil }
        // Specks are told from print by their size and what stands near them, rules aside.
        let text = Speckles.erased(from: marks, in: image, dpi: dpi)
        rules.erase(from: image)
        // The print at a lighter grey, for the faint tails of marks (`DottedMarks.faintTail`).
        let faint = PageImage.adopting(pixThresholdToBinary(image.pix, Recognition.faintInk))
        let cells = TableCell.cells(enclosedBy: rules, dpi: dpi)
        // A cell's lines are one text (a bracket opened on one line closes on the next).
        var blocks: [[RecognizedLine]] = []
        var reread = 0
        for cell in cells where cell.hasInk(text, dpi: dpi) {
            guard let area = cell.inkArea(text, dpi: dpi), var part = cell.readablePart(of: image, within: area, dpi: dpi) else { continue }
            var lines = read(part, of: image, dpi: dpi, segmentation: Recognition.cellSegmentation)
            // Print flush under its rule (a Song face's first line in a table
            // without cell padding) read as noise (`1.立条只权页住` for
            // `1.立案阶段责任`, Tesseract 87% sure): where a line at a crowded
            // edge is less sure than `crowdedRetryBelow`, the cell is read again
            // with white paper round it, and the surer reading is kept.
            if area.isCrowded, !cell.isTight(dpi: dpi), Self.leastSure(Self.edgeLines(lines, crowding: area)) < Self.crowdedRetryBelow,
               let margined = part.withMargin(dpi / 10) {
                let again = read(margined, of: image, dpi: dpi, segmentation: Recognition.cellSegmentation)
                if Self.meanSure(again) > Self.meanSure(lines) { (lines, part) = (again, margined) }
            }
            // A row drawn tight round bold print leaves its ink touching the
            // cell's edge, and Tesseract may then find no line in it at all
            // (`一、行政处罚 共3项`, read or not as the crop moved by a pixel):
            // a cell with ink that read empty is read again on white paper.
            if lines.isEmpty, let margined = part.withMargin(dpi / 10) {
                lines = read(margined, of: image, dpi: dpi, segmentation: Recognition.cellSegmentation)
            }
            // One printed line broken into pieces out of order is read as one line (`FragmentedLines`).
            let fragmented = FragmentedLines.bands(of: lines)
            if !fragmented.isEmpty {
                let again = recognizer.recognize(part, dpi: dpi, regions: fragmented.map(\.region), segmentation: Recognition.lineSegmentation)
                lines = FragmentedLines.merge(lines, bands: fragmented, again: again)
            }
            // A line read over the line above it, reading that one again, is dropped (`OverreadLines`).
            OverreadLines.apply(to: &lines)
            // Two printed lines read as one, or a line boxed over its neighbours' print, are
            // read again band by band (`StackedLines`); then a doubtful line alone (`DoubtfulLines`).
            rereadStacked(&lines, of: part, ink: text, dpi: dpi)
            rereadDoubtful(&lines, of: part, ink: text, dpi: dpi)
            let ink = { (region: PixelBox) in Components.boxes(of: text, within: region) }
            // A character's print read as letters or marks alone (`CharacterlessLines`), such as a
            // name's last character alone on its line, is read on its own with paper round it.
            // Below another line, it is read first at that line's end (`JoinedLines`).
            for suspect in CharacterlessLines.suspects(in: lines, within: area.box, ink: ink) {
                if suspect.index > 0, let joined = readJoined(suspect.region, after: lines[suspect.index - 1], of: part, ink: text, em: lines.em, dpi: dpi) {
                    lines[suspect.index] = joined
                    continue
                }
                guard let line = part.cropped(to: suspect.region)?.withMargin(dpi / 10) else { continue }
                lines[suspect.index] = CharacterlessLines.merge(lines[suspect.index], reread: readSkipped(line, region: suspect.region, ink: text, dpi: dpi))
            }
            // A line the cell's reading skipped (`UnreadInk`) is read on its own, in its place, on
            // white paper: cut tight, Tesseract read `理政策等为手段，骗` as nothing at all.
            // A line box ems tall round a character or two (`HollowLines`) reads none of the ink it covers.
            let em = lines.em
            let hollow = Set(lines.indices.filter { HollowLines.isHollow(lines[$0], em: em) })
            let readBoxes = lines.indices.filter { !hollow.contains($0) }.map { lines[$0].box }
            let skipped = lines.isEmpty ? [] : UnreadInk.regions(within: area.box, of: text, read: readBoxes, dpi: dpi)
            var rereadSkipped: [RecognizedLine] = []
            for region in skipped {
                guard let line = part.cropped(to: region)?.withMargin(dpi / 10) else { continue }
                rereadSkipped += readSkipped(line, region: region, ink: text, dpi: dpi)
            }
            if !hollow.isEmpty { lines = HollowLines.replaced(lines, hollow: hollow, reread: rereadSkipped) }
            lines += rereadSkipped
            if !skipped.isEmpty { lines.sort { $0.box.top + $0.box.bottom < $1.box.top + $1.box.bottom } }
            // A line's last mark (`TrailingMarks`), or its last characters (`TrailingCharacters`),
            // that Tesseract left out are read again with the line, all in one call.
            let marks = TrailingMarks.regions(of: lines, ink: ink)
            let characters = TrailingCharacters.regions(of: lines, within: area.box, ink: ink)
            let rereads = zip(marks, characters).enumerated().compactMap { index, found in
                (found.0 ?? found.1).map { (index: index, region: $0, isMark: found.0 != nil) }
            }
            if !rereads.isEmpty {
                let again = recognizer.recognize(part, dpi: dpi, regions: rereads.map(\.region), segmentation: Recognition.lineSegmentation)
                for (reread, reading) in zip(rereads, again) {
                    lines[reread.index] = reread.isMark
                        ? TrailingMarks.merge(lines[reread.index], reread: reading) : TrailingCharacters.merge(lines[reread.index], reread: reading)
                }
            }
            // The readings above made with both models (`FragmentedLines`, `StackedLines`,
            // `TrailingCharacters`, …) may hold letters made of Chinese print too.
            rereadLatin(&lines, of: part, dpi: dpi, letters: 2)
            reread += rereadWordless(&lines, of: part, dpi: dpi)
            blocks.append(lines)
        }
        for cell in cells { cell.blank(in: image) }
        let whole = PagePart(image: image, origin: (0, 0))
        let rest = read(whole, of: image, dpi: dpi, segmentation: Recognition.pageSegmentation)
        blocks += RereadOverlaps.blocks(of: rest)
        // Print the page-wide reading left out (`UnreadInk`) is read line by line.
        let unread = UnreadInk.regions(of: text, cells: cells.map(\.box), read: rest.map(\.box), foot: rules.horizontal.map(\.bottom).max(), dpi: dpi)
        if !unread.isEmpty {
            blocks += recognizer.recognize(whole, dpi: dpi, regions: unread, segmentation: Recognition.lineSegmentation).flatMap { $0.map { [$0] } }
        }
        // A bar left of a rule stands within its blur, and the blur of the bar's own box.
        RecognitionCorrections.apply(to: &blocks, verticalRules: rules.vertical, tolerance: 3 * RulingLines.halo * dpi / 300, ink: text, specked: marks, faint: faint, lexicon: lexicon)
        return (blocks.flatMap { LineInk.tightened($0, in: text) }, rules, reread)
    }

    /// Reads again band by band the lines of a cell (`part`) that hold two
    /// printed lines, or a doubtful line boxed over its neighbours' print
    /// (`StackedLines`), keeping the reading where it holds as many Chinese
    /// characters, or nearly as many and surer (`keeps`).
    private func rereadStacked(_ lines: inout [RecognizedLine], of part: PagePart, ink text: PageImage, dpi: Int) {
        let splitting = lines.em.map(StackedLines.splitting) ?? .never
        let runs = { (box: PixelBox) in LineInk.runs(of: box, in: text, splitting: splitting) }
        var overread: [PixelBox] = []
        for suspect in StackedLines.suspects(in: lines, runs: runs).reversed() {
            var read = suspect.bands.flatMap { band -> [RecognizedLine] in
                guard let line = part.cropped(to: band)?.withMargin(dpi / 10) else { return [] }
                return readSkipped(line, region: band, ink: text, dpi: dpi)
            }
            if suspect.bands.count == 1, let em = lines.em { read = StackedLines.trimmed(read, em: em) }
            if StackedLines.keeps(read, over: lines[suspect.index], bands: suspect.bands.count) {
                overread += StackedLines.overread(lines, by: suspect.bands).subtracting([suspect.index]).map { lines[$0].box }
                lines.replaceSubrange(suspect.index...suspect.index, with: read)
            }
        }
        // Lines of marks or letters over the bands read those bands' print again.
        lines.removeAll { $0.characterCount == 0 && overread.contains($0.box) }
    }

    /// Reads again alone, with paper round it, each doubtful line of a cell
    /// (`part`), keeping the reading where it is surer (`DoubtfulLines`).
    private func rereadDoubtful(_ lines: inout [RecognizedLine], of part: PagePart, ink text: PageImage, dpi: Int) {
        for index in DoubtfulLines.suspects(in: lines) {
            let neighbours = [index - 1, index + 1].filter(lines.indices.contains).map { lines[$0].box }
            let box = LineInk.tightened(lines[index], in: text, besides: neighbours).box
            guard let line = part.cropped(to: box)?.withMargin(dpi / 10) else { continue }
            let read = recognizeRereadingLatin(line, dpi: dpi, segmentation: Recognition.lineSegmentation)
            if DoubtfulLines.keeps(read, over: lines[index]) { lines[index] = DoubtfulLines.merged(read[0], over: lines[index]) }
        }
    }

    /// Reads again the lines of a cell (`part`) holding characters that
    /// make no word, and mends them where the readings agree on words
    /// (`WordlessRereading`); returns the number of characters mended.
    private func rereadWordless(_ lines: inout [RecognizedLine], of part: PagePart, dpi: Int) -> Int {
        guard let lexicon else { return 0 }
        return WordlessRereading.mend(&lines, lexicon: lexicon) { reading, regions in
            guard let drawn = reading.enlargement == 1 ? part : part.enlarged(by: reading.enlargement) else { return regions.map { _ in [] } }
            let reader = reading.chineseOnly ? chineseRecognizer : recognizer
            return reader.recognize(drawn, dpi: dpi, regions: regions, segmentation: Recognition.lineSegmentation)
        }
    }

    /// A crowded cell whose least sure line Tesseract is less sure of than
    /// this (its symbols' mean, percent) is read again with paper round it.
    static let crowdedRetryBelow: Float = 97

    /// The lines at the edges `area` crowds: the first, the last, or all (a side).
    static func edgeLines(_ lines: [RecognizedLine], crowding area: TableCell.InkArea) -> [RecognizedLine] {
        if area.crowdsSide { return lines }
        return (area.crowdsTop ? Array(lines.prefix(1)) : []) + (area.crowdsBottom ? Array(lines.suffix(1)) : [])
    }

    /// The mean confidence of all the lines' symbols; 0 for none.
    static func meanSure(_ lines: [RecognizedLine]) -> Float {
        let symbols = lines.flatMap { $0.words.flatMap(\.symbols) }
        return symbols.isEmpty ? 0 : symbols.map(\.confidence).reduce(0, +) / Float(symbols.count)
    }

    /// The mean confidence of the least sure line; 0 for no line.
    static func leastSure(_ lines: [RecognizedLine]) -> Float {
        lines.filter { $0.words.contains { !$0.symbols.isEmpty } }.map { meanSure([$0]) }.min() ?? 0
    }

    /// How much larger a skipped line that read as nothing is drawn to be read again.
    static let skippedLineEnlargement = 1.5

    /// A line a cell's reading skipped (`line`, cut from the page at
    /// `region`), read on its own. Tesseract's line model may still find
    /// nothing in it: it read the clean `险参保和变` (34 pixels tall) drawn
    /// larger, from 1.2 times up; and `襄都区医疗`, spoilt by the faint rings
    /// specks left, at no size, but from the page's `ink` (specks removed).
    private func readSkipped(_ line: PagePart, region: PixelBox, ink: PageImage, dpi: Int) -> [RecognizedLine] {
        // Read as every line is: letters the English model made of Chinese print
        // (`APRIG.Beall.` for `对采取虚报、隐瞒、`) read again by the Chinese model.
        let read = { (part: PagePart) in recognizeRereadingLatin(part, dpi: dpi, segmentation: Recognition.lineSegmentation) }
        var lines = read(line)
        if lines.isEmpty, let larger = line.enlarged(by: Self.skippedLineEnlargement) {
            lines = read(larger)
        }
        if lines.isEmpty, let clipped = ink.clipped(to: region), let grey = PageImage.adopting(pixConvert1To8(nil, clipped.pix, 255, 0)),
           let clean = PagePart(image: grey, origin: (region.left, region.top)).withMargin(dpi / 10) {
            lines = read(clean)
        }
        if lines.isEmpty, let unread = Self.unreadMarks(in: Components.boxes(of: ink, within: region)) { lines = [unread] }
        return lines
    }

    /// The print at `region` read drawn after the print of `previous`, the
    /// line above it (`JoinedLines`); nil where that reads no Chinese character there.
    private func readJoined(_ region: PixelBox, after previous: RecognizedLine, of part: PagePart, ink: PageImage, em: Double?, dpi: Int) -> RecognizedLine? {
        let before = LineInk.tightened(previous, in: ink).box
        guard let beforePart = part.cropped(to: before), let linePart = part.cropped(to: region),
              let joined = JoinedLines.joined(beforePart, linePart, em: Int(em ?? Double(before.height))) else { return nil }
        let read = recognizer.recognize(joined.image, dpi: dpi, segmentation: Recognition.lineSegmentation)[0]
        return JoinedLines.second(of: read, split: joined.split, line: linePart, x: joined.x, y: joined.y)
    }

    /// The mark standing for print no reading made out: `〓` (the geta mark
    /// printers set for a character they lack), one per em of the print's
    /// width (`advance`), at confidence 0. Left out, the line would vanish from its cell
    /// without a word (`对在产品中` / `掺杂、掺` / `假，…`: 掺, rare, set in Noto
    /// Serif at 250 dpi, read as nothing at all); so the cell shows where
    /// print was lost, and `ocr-low-confidence` names it.
    static func unreadMarks(in runs: [PixelBox]) -> RecognizedLine? {
        guard let box = runs.union else { return nil }
        // A character's advance is about 1.15 times its ink's height (33 pixels of ink on a 40 pixel pitch).
        let advance = max(1, 1.15 * Double(box.height))
        let count = max(1, Int((Double(box.width) / advance).rounded()))
        let symbols = (0..<count).map { index in
            RecognizedSymbol(
                text: String(Unicode.Scalar.unreadPrint), box: PixelBox(left: box.left + index * box.width / count, top: box.top, right: box.left + (index + 1) * box.width / count, bottom: box.bottom),
                confidence: 0
            )
        }
        return RecognizedLine(box: box, words: [RecognizedWord(symbols: symbols)])
    }

    /// The lines of `part` (of `image`), those in large print read again
    /// smaller (`LargeText`), those where the English model read Latin letters
    /// read again in Chinese (`LatinRereading`).
    private func read(_ part: PagePart, of image: PageImage, dpi: Int, segmentation: TessPageSegMode) -> [RecognizedLine] {
        let lines = recognizeRereadingLatin(part, dpi: dpi, segmentation: segmentation)
        return lines.flatMap { line in
            guard LargeText.isLarge(line, dpi: dpi), let smaller = LargeText.part(of: image, around: line, dpi: dpi) else { return [line] }
            let again = recognizeRereadingLatin(smaller, dpi: dpi, segmentation: Recognition.lineSegmentation)
            return again.isEmpty ? [line] : again
        }
    }

    private func recognizeRereadingLatin(_ part: PagePart, dpi: Int, segmentation: TessPageSegMode) -> [RecognizedLine] {
        var lines = recognizer.recognize(part, dpi: dpi, segmentation: segmentation)[0]
        rereadLatin(&lines, of: part, dpi: dpi)
        return lines
    }

    /// The lines of `part` where the English model read Latin letters (words
    /// of `letters` at least), read again in Chinese (`LatinRereading`).
    private func rereadLatin(_ lines: inout [RecognizedLine], of part: PagePart, dpi: Int, letters: Int = 0) {
        let suspects = LatinRereading.suspects(in: lines, letters: letters)
        guard !suspects.isEmpty else { return }
        let regions = suspects.map { LatinRereading.region(of: lines[$0]) }
        var reread = chineseRecognizer.recognize(part, dpi: dpi, regions: regions, segmentation: Recognition.lineSegmentation)
        // Those that read as nothing, again at their characters' band.
        let unread = suspects.indices.compactMap { position in
            reread[position].isEmpty ? LatinRereading.bandRegion(of: lines[suspects[position]]).map { (position, $0) } : nil
        }
        if !unread.isEmpty {
            let again = chineseRecognizer.recognize(part, dpi: dpi, regions: unread.map(\.1), segmentation: Recognition.lineSegmentation)
            for ((position, _), reading) in zip(unread, again) { reread[position] = reading }
        }
        for (index, again) in zip(suspects, reread) { lines[index] = LatinRereading.merge(lines[index], reread: again) }
    }
}
