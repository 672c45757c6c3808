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
/// heading spaced across its cell).
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
            guard region.width > 0, let found = pieces(region) else { return false }
            return found.allSatisfy { $0.isWithin(largestPiece * Double(em)) }
        }
        var kept = symbols.indices
        // The last gap of `gap` or more: what follows it is the trailing run.
        if let cut = symbols.indices.dropFirst().last(where: { symbols[$0].box.left - symbols[$0 - 1].box.right >= gap }),
           isSpecks(symbols[cut...], from: symbols[cut - 1].box.right + margin, to: max(line.box.right, symbols[cut...].map(\.box.right).max() ?? 0)) {
            kept = kept.startIndex..<cut
        }
        // The first such gap: what comes before it is the leading run.
        if let cut = kept.dropFirst().first(where: { symbols[$0].box.left - symbols[$0 - 1].box.right >= gap }),
           isSpecks(symbols[..<cut], from: min(line.box.left, symbols[..<cut].map(\.box.left).min() ?? 0), to: symbols[cut].box.left - margin) {
            kept = cut..<kept.endIndex
        }
        line.removeSymbols(at: Set(symbols.indices).subtracting(kept))
    }
}
