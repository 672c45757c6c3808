/// A speck beside a character, too large for `SpeckMarks`, that Tesseract
/// reads as `-` where Chinese text has no hyphen: `社会保-险`, `责令改正-`,
/// `；-3、`; or as `_` (`；_3.不及时予以公开`, `。_2、调查责任`), usually a
/// speck in a cell's margin before a line's numbering. Tesseract boxes such a `-` anywhere from 5 by 5 pixels to a
/// line's height, so its box cannot tell; the ink under it can. A printed
/// hyphen, dash, underscore or `一` is a flat bar, at least twice as wide
/// as it is tall; a speck is a blot. A lone `-` or `_` after a Chinese
/// character or clause mark (or at a line's start) with no flat bar under
/// it, nor within a third of an em either side, goes; with one, it stays as
/// read. A list prints underscores in runs (a blank to fill in `____`),
/// which stay whatever their ink.
enum StrayHyphens {
    /// The marks a speck is read as, and a flat bar printed.
    static let bars: Set<String> = ["-", "_"]

    /// `bars` gives the hyphen-like bars of the page's ink wholly inside a
    /// region (`HyphenPairs.bars(in:within:em:)`); nil where the ink was not
    /// measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, bars: (PixelBox) -> [PixelBox]?) {
        guard em > 0 else { return }
        let band = RecognizedGlyphs.band(of: line)
        LoneMarks.remove(Self.bars, from: &line) { symbol in
            let reach = em / 3
            let region = PixelBox(left: symbol.box.left - reach, top: band.top, right: symbol.box.right + reach, bottom: band.bottom)
            return bars(region).map { found in !found.contains(where: isBar) }
        }
    }

    /// A printed hyphen's, dash's, underscore's or `一`'s ink: at least twice as wide as tall.
    static func isBar(_ piece: PixelBox) -> Bool {
        piece.width >= 2 * piece.height
    }
}
