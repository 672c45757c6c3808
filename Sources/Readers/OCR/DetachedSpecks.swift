/// Specks standing apart in a cell, ems beyond the end of a line (or before
/// its start), that Tesseract joins to the line and reads as a character:
/// `…骗取医疗保险基金支出的处罚四`, `…听证的；加`, `不予受理的；四`.
/// A speck near print survives `Speckles` (a speck 17 pixels under the
/// line above is near that line's print), and two or three such specks,
/// together, read as `人` `和` `四` `加` `本` `罗` with 68–90% confidence.
/// On ten speckled scans this drops 34 such characters, each of which had
/// cost a whole text its exact match.
///
/// A run of symbols at a line's end or start, at least `apart` ems from
/// the rest of the line, with no piece of ink larger than `largestPiece`
/// of an em between the line's text and the run's far edge, is no print:
/// every character, `一` included, has a stroke of a third of an em. A run
/// over a character's ink stays, however far it stands (`序    号`, a
/// heading spaced across its cell). Only pieces centred on the line count:
/// the next line's print reaching into its band is that line's, and so is
/// a run centred off the band (`…许可结果。    7`, the top stroke of `后`
/// in the line below). Specks standing apart from each other too go run
/// by run, from the end inward, while each is specks (`关；  o    s    .`,
/// three specks a line read alone took in).
enum DetachedSpecks {
    /// Least gap between the line's text and the run, in ems.
    static let apart = 3.0
    /// Largest piece of ink of a speck, across and down, in ems.
    static let largestPiece = 0.3

    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, pieces: (PixelBox) -> [PixelBox]?) {
        guard em > 0 else { return }
        let symbols = line.words.flatMap(\.symbols)
        guard symbols.count > 1 else { return }
        let gap = Int(apart * Double(em)), margin = em / 2
        let band = RecognizedGlyphs.band(of: line)
        func isSpecks(_ run: ArraySlice<RecognizedSymbol>, from left: Int, to right: Int) -> Bool {
            let region = PixelBox(
                left: left, top: min(band.top, run.map(\.box.top).min() ?? band.top),
                right: right, bottom: max(band.bottom, run.map(\.box.bottom).max() ?? band.bottom)
            )
            // Read half an em beyond the band, and count only pieces centred on it:
            // the top of the next line's characters, clipped at the band's edge,
            // is a piece of another line, however wide.
            let reach = em / 2
            let wider = PixelBox(left: region.left, top: region.top - reach, right: region.right, bottom: region.bottom + reach)
            guard region.width > 0, let found = pieces(wider) else { return false }
            return found.filter { (region.top...region.bottom).contains(($0.top + $0.bottom) / 2) }
                .allSatisfy { $0.isWithin(largestPiece * Double(em)) }
        }
        // A run centred off the band is a stroke of the line above or below,
        // which that line reads (`后`'s top stroke read `7` at this line's end).
        func isOffBand(_ run: ArraySlice<RecognizedSymbol>) -> Bool {
            run.allSatisfy { !(band.top...band.bottom).contains(($0.box.top + $0.box.bottom) / 2) }
        }
        var kept = symbols.indices
        let isApart = { (index: Int) in symbols[index].box.left - symbols[index - 1].box.right >= gap }
        // The last gap of `gap` or more: what follows it is the trailing run;
        // then the run before it, while runs go (`关；  o    s    .`: three specks apart).
        while let cut = kept.dropFirst().last(where: isApart) {
            let run = symbols[cut..<kept.endIndex]
            guard isOffBand(run) || isSpecks(run, from: symbols[cut - 1].box.right + margin, to: max(kept.endIndex == symbols.endIndex ? line.box.right : 0, run.map(\.box.right).max() ?? 0)) else { break }
            kept = kept.startIndex..<cut
        }
        // The first such gap: what comes before it is the leading run; and so on.
        while let cut = kept.dropFirst().first(where: isApart) {
            let run = symbols[kept.startIndex..<cut]
            guard isOffBand(run) || isSpecks(run, from: min(kept.startIndex == 0 ? line.box.left : .max, run.map(\.box.left).min() ?? 0), to: symbols[cut].box.left - margin) else { break }
            kept = cut..<kept.endIndex
        }
        line.removeSymbols(at: Set(symbols.indices).subtracting(kept))
    }

    /// A line of a few symbols, a character among them, whose symbols and
    /// print are all speck-sized against the page's em (`pageEm`): the
    /// specks of an empty 追责情形 cell read as `了` at 200 dpi. Alone in its
    /// cell there is no text beside it to stand apart from, and its own
    /// band is the speck's. No character is so small: every one has a
    /// stroke of more than half an em (`一` across, `了` down), and
    /// Tesseract boxes it as about an em; the specks were 8 by 9 pixels at
    /// 300 dpi against an em of 28. Marks alone (a `—` or `/` for an empty
    /// cell) are left to the rules for marks.
    static func isSpeckLine(_ line: RecognizedLine, pageEm: Int, pieces: (PixelBox) -> [PixelBox]?) -> Bool {
        let symbols = line.words.flatMap(\.symbols)
        let small = lessThanACharacter * Double(pageEm)
        guard pageEm > 0, (1...3).contains(symbols.count), symbols.contains(where: { $0.ideograph != nil }),
              symbols.allSatisfy({ $0.box.isWithin(small) }) else { return false }
        // The print the line's box takes in, measured whole: a stroke may run beyond the box.
        let reach = Int(small), box = line.box
        let around = PixelBox(left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach)
        guard let found = pieces(around) else { return false }
        return found.filter(box.intersects).allSatisfy { $0.isWithin(small) }
    }

    /// Less than any character's box and longest stroke, in ems.
    static let lessThanACharacter = 0.5
}
