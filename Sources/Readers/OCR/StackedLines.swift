/// Where a face sets its lines close (AR PL UMing: 36-pixel characters on
/// a 40-pixel pitch, four blank rows between), Tesseract now and then takes
/// two printed lines of a cell for one: the name `建设项目用` / `地预审与选` /
/// `址意见书核` / `发` came out with a third line boxed over the last two
/// (587–662) and read `相间见书核`, and `发`, inside a box read, was lost
/// unseen. A line whose box holds two bands of print or more, each at least
/// `least` of an em tall and apart by blank rows, is read again band by
/// band, each on its own with paper round it.
///
/// A band within the rows of the line boxed above or below is that line's
/// print, not a second line of this one: `不依法查处的；`, boxed from the
/// middle of `（一）对发现的…` above it, gave a band of that line's lower half,
/// and read alone it came out as `\/人你吉HY4FIES口站十到1人`.
///
/// A line boxed over its neighbour's print, with one band of its own, is
/// read again on that band alone: in a Song face set close (35-pixel
/// characters on a 39-pixel pitch, 250 dpi), `设施、并处罚款的处罚决定；重大
/// 案件经集体讨` was boxed 82 pixels tall, down over `论决定。` below, and
/// came out `次而天公国革由处司沁是，量太案件弓染体过` (88% sure).
enum StackedLines {
    /// The least height of a band of print, in ems: a stroke apart (the top
    /// of `二`) or a speck is thinner, a line of characters about an em tall.
    static let least = 0.6
    /// A line's box this many times as tall as its one band of print, or
    /// more, reaches over its neighbours' print (a speck or a stroke reaching
    /// into the line's rows adds a third of the band at most). A line of
    /// Song print boxed 60 pixels tall round its 35 read as `3.TURAN,ASE,…`
    /// for `3、滥用职权、徇私舞弊、…`.
    static let overreaching = 1.5
    /// A line boxed over its neighbour's print and read less sure than this
    /// (its symbols' mean, percent) is read again on its band: the garbled
    /// reading above was 88% sure, lines read right 95% and more.
    static let doubtful: Float = 93
    /// A run of print this much within the box of another, shorter line
    /// of the cell is that line's, wherever Tesseract put the line in
    /// reading order: `机二`, boxed 2019–2170 over four printed lines of a
    /// Song face (200 dpi, drawn at 300), took `（3）检验…` (2019–2058,
    /// 87% within its own line's box, 2024–2069) and `单位限期整改…`
    /// (2141–2170) for bands of its own, and both lines came out twice,
    /// interleaved: `单单位位限限期期整整改改`. A line of no Chinese character
    /// claims no print: `1°`, read from the foot of `者签订。` (1996–2019 of
    /// its 1985–2019), is no line of it.
    static let ownedShare = 2.0 / 3
    /// A run of rows this many ems tall or more holds two lines, and is
    /// split at its faintest row in its middle half where that holds no
    /// more than `faintShare` of the run's well-inked rows: the tail of a
    /// `。` (1–10 pixels a row against the print's 170) joined two lines set
    /// close, and they were read as one, `和全侧身诺拓`; a lone blank row
    /// set `为。` (2–10 pixels a row) under `（六）其他…的行`, and the two
    /// came out `7)过反法法规认文件的和`. A line of two characters (`任：`,
    /// 4–30 pixels a row) below a full line, blank rows apart, is a run of its own.
    /// Each part is a band at least (`least`): a run the line's box cut
    /// short (`职守、徇私舞弊的；` and the top of the line below) split at a
    /// semicolon's tail left a sliver of that line, and read with it the
    /// band came out `从守-了、徇私舞一34114012一LT加`.
    static let joinedRuns = 1.5
    static let faintShare = 0.1

    /// How runs of print are split into lines, for an em of `em` pixels.
    static func splitting(em: Double) -> LineInk.Splitting {
        LineInk.Splitting(taller: Int(joinedRuns * em), least: Int((least * em).rounded(.up)), faintShare: faintShare)
    }

    /// The lines of `lines` holding stacked bands, by index, with the region
    /// of each band (page pixels): from its print halfway to the next print
    /// that is not its own (another band, or a neighbouring line's), the
    /// line's box where there is none. A band read alone with the top rows
    /// of the next line in it came out `手续‘MNte7NdLe.+ld…`.
    /// `runs` gives the bands of inked rows of a box (`LineInk.runs`).
    static func suspects(in lines: [RecognizedLine], runs: (PixelBox) -> [LineInk.Run]) -> [(index: Int, bands: [PixelBox])] {
        guard let em = lines.em else { return [] }
        return lines.indices.compactMap { index in
            let box = lines[index].box
            guard Double(box.height) >= 2 * least * em else { return nil }
            let neighbours = [index - 1, index + 1].filter(lines.indices.contains).map { lines[$0].box }
            let shorter = lines.indices.filter {
                $0 != index && lines[$0].box.height < box.height && lines[$0].box.overlapsColumns(of: box) && lines[$0].characterCount > 0
            }.map { lines[$0].box }
            let isNeighbours = { (run: LineInk.Run) in
                neighbours.contains { $0.top <= run.top && $0.bottom >= run.bottom } || shorter.contains { Self.holdsMost(of: run, $0) }
            }
            let isLineTall = { (run: LineInk.Run) in Double(run.bottom - run.top) >= least * em }
            let isBand = { (run: LineInk.Run) in isLineTall(run) && !isNeighbours(run) }
            let all = runs(box)
            let bands = all.filter(isBand)
            // A box over the whole of another line's print is read again however sure.
            let holdsLine = all.contains { isLineTall($0) && isNeighbours($0) }
            guard bands.count >= 2 || bands.count == 1 && (holdsLine || isOverreaching(lines[index], band: bands[0])) else { return nil }
            let fences = all.filter { isBand($0) || isNeighbours($0) }
            let regions = bands.map { band in
                let above = fences.last { $0.bottom <= band.top }, below = fences.first { $0.top >= band.bottom }
                return PixelBox(
                    left: box.left, top: above.map { ($0.bottom + band.top) / 2 } ?? box.top,
                    right: box.right, bottom: below.map { (band.bottom + $0.top) / 2 } ?? box.bottom
                )
            }
            return (index, regions)
        }
    }

    /// The lines of `lines` without a Chinese character whose box centres
    /// in one of `regions`, bands just read again: what they read is that
    /// band's print, read again now. `UY»°`, boxed over `证的权利。`, stood
    /// beside the band's reading and was read into it: `听U证Y的»权利`.
    static func overread(_ lines: [RecognizedLine], by regions: [PixelBox]) -> Set<Int> {
        Set(lines.indices.filter { index in lines[index].characterCount == 0 && regions.contains { $0.holdsCentre(of: lines[index].box) } })
    }

    /// Whether the box of a line `box` holds `ownedShare` of the rows of
    /// `run` or more: that run is the line's print, though the tail of a
    /// mark between the lines joined a few rows of the next to it.
    private static func holdsMost(of run: LineInk.Run, _ box: PixelBox) -> Bool {
        let rows = min(run.bottom, box.bottom) - max(run.top, box.top)
        return Double(rows) >= ownedShare * Double(run.bottom - run.top)
    }

    /// A doubtful line whose box reaches over its neighbours' print, round
    /// its one band. A line read surely is left as read: read alone, a band
    /// loses its neighbours' help (`隐瞒` came out `隐螨`, `检查责任：` lost
    /// its colon when every tall box was read again).
    private static func isOverreaching(_ line: RecognizedLine, band: LineInk.Run) -> Bool {
        Double(line.box.height) >= overreaching * Double(band.bottom - band.top) && PageReading.meanSure([line]) < doubtful
    }

    /// A band read alone without what it takes in past its characters: more
    /// than an em after its last Chinese character, letters and marks are
    /// specks the cell's reading left out as noise (`关；` came out `关;o s .`,
    /// `认定；` came out `认定;  —`).
    static func trimmed(_ read: [RecognizedLine], em: Double) -> [RecognizedLine] {
        read.map { line in
            let symbols = line.words.flatMap(\.symbols)
            guard let last = symbols.lastIndex(where: { $0.ideograph != nil }) else { return line }
            let end = symbols[last].box.right + Int(em)
            var line = line
            line.removeSymbols(at: Set(symbols.indices.filter { $0 > last && symbols[$0].box.left > end }))
            return line
        }
    }

    /// Whether the band-by-band reading `read` replaces the line `original`
    /// read over `bands` bands: where it holds as many Chinese characters,
    /// or is surer and holds at most one fewer per boundary between bands.
    /// Read as one, `（七）其他违反…规定的行` / `为。` came out
    /// `六七其他违扩…规定的和` (95.7% sure): a glyph across both lines (`六`,
    /// boxed over `（` and `为`) made one character more than the bands,
    /// whose `为。` read alone as Latin (`og-`), and `CharacterlessLines` reads such a line again.
    /// One band read again replaces its doubtful line where it is surer and
    /// holds at most one character fewer (the overreaching box may have made
    /// one of the neighbour's ink).
    static func keeps(_ read: [RecognizedLine], over original: RecognizedLine, bands: Int) -> Bool {
        let surer = PageReading.meanSure(read) > PageReading.meanSure([original])
        if bands == 1 { return surer && read.characterCount + 1 >= original.characterCount }
        if read.characterCount >= original.characterCount { return true }
        return surer && read.characterCount + bands - 1 >= original.characterCount
    }
}
