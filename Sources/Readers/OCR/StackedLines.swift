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
enum StackedLines {
    /// The least height of a band of print, in ems: a stroke apart (the top
    /// of `二`) or a speck is thinner, a line of characters about an em tall.
    static let least = 0.6

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
            let isNeighbours = { (run: LineInk.Run) in neighbours.contains { $0.top <= run.top && $0.bottom >= run.bottom } }
            let isBand = { (run: LineInk.Run) in Double(run.bottom - run.top) >= least * em && !isNeighbours(run) }
            let all = runs(box)
            let bands = all.filter(isBand)
            guard bands.count >= 2 else { return nil }
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

    /// Whether the band-by-band reading `read` replaces the line `original`
    /// read over `bands` bands: where it holds as many Chinese characters,
    /// or is surer and holds at most one fewer per boundary between bands.
    /// Read as one, `（七）其他违反…规定的行` / `为。` came out
    /// `六七其他违扩…规定的和` (95.7% sure): a glyph across both lines (`六`,
    /// boxed over `（` and `为`) made one character more than the bands,
    /// whose `为。` read alone as Latin (`og-`), and `CharacterlessLines` reads such a line again.
    static func keeps(_ read: [RecognizedLine], over original: RecognizedLine, bands: Int) -> Bool {
        if read.characterCount >= original.characterCount { return true }
        return PageReading.meanSure(read) > PageReading.meanSure([original]) && read.characterCount + bands - 1 >= original.characterCount
    }
}
