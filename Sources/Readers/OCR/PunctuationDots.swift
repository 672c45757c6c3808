import CTesseract

/// The dots of `；` and `：` in light print are as small as the grain of a
/// scan: the dot over a semicolon's comma of 10 pt text, drawn thin and
/// scanned at 200–250 dpi, keeps 2–3 pixels at 300 dpi after thresholding.
/// Erased as a speck (`Speckles.size`), it leaves `，` for `；` and nothing
/// or `，` for `：`: 51 semicolons of five speckled scans went so (15 with
/// this rule).
/// What tells such a dot from grain is its place: straight above a larger
/// small mark (the semicolon's comma, a colon's lower dot that kept more
/// ink), less than half an em over it. Two grains stacked are common enough
/// on a speckled page to make false colons, so a dot over a dot as tiny
/// stays grain. Where grain does stand over a larger speck beside print,
/// the rules on what Tesseract reads (`SpeckMarks`) judge it.
///
/// The full stop of a numbering (`5.在制止`) is as small, and stands at the
/// foot of the digit before it: its bottom on the digit's, a few pixels to
/// its right. Grain kept so at the foot of a Chinese character is read as
/// a `.` that `SpeckMarks` drops (a list prints a Latin full stop only
/// after a digit or letter); 17 numbering stops of three variants were lost.
enum PunctuationDots {
    /// Largest gap between a dot and the mark it stands over, in pixels at
    /// 300 dpi: the two dots of `：` of 12 pt text stand about 14 apart.
    static let gap = 18
    /// The two marks' centres stand within this many pixels across, at 300 dpi.
    static let drift = 3
    /// Largest gap between a digit's ink and its full stop's, in pixels at 300 dpi.
    static let footGap = 8
    /// A digit is at least this tall, in pixels at 300 dpi (5 pt type).
    static let shortestDigit = 12

    /// The tiny marks of `tiny` (1 = ink) that stand straight above a mark
    /// of `small` (a superset of `tiny`) that is not tiny, or at the foot of
    /// `print` (the page's ink without its small marks) before them: the dots
    /// of `；` `：` and `5.`.
    static func dots(among tiny: PageImage, small: PageImage, print: PageImage, dpi: Int) -> PageImage? {
        let pixels = { (atThreeHundred: Int) in max(1, atThreeHundred * dpi / 300) }
        guard let larger = PageImage.adopting(pixSubtract(nil, small.pix, tiny.pix)),
              let kept = PageImage.adopting(pixCreate(pixGetWidth(tiny.pix), pixGetHeight(tiny.pix), 1)) else { return nil }
        let dots = Components.boxes(of: tiny, connectivity: 8), marks = Components.boxes(of: larger, connectivity: 8)
        let gap = pixels(gap), drift = pixels(drift)
        // Marks by their top row, so each dot looks only at marks within reach below it;
        // print by its right edge, so each looks only at print just before it.
        let sorted = marks.sorted { $0.top < $1.top }
        let pieces = Components.boxes(of: print, connectivity: 8).sorted { $0.right < $1.right }
        let foot = Foot(gap: pixels(footGap), drift: pixels(1), shortest: pixels(shortestDigit))
        for dot in dots where isStacked(dot, among: sorted, gap: gap, drift: drift) || foot.holds(dot, after: pieces) {
            pixRasterop(kept.pix, Int32(dot.left), Int32(dot.top), Int32(dot.width), Int32(dot.height), PIX_SRC, tiny.pix, Int32(dot.left), Int32(dot.top))
        }
        return kept
    }

    /// Whether one of `marks` (sorted by their top row) stands straight
    /// below `dot`, a gap of at most `gap` between them.
    static func isStacked(_ dot: PixelBox, among marks: [PixelBox], gap: Int, drift: Int) -> Bool {
        // The first mark that starts below the dot.
        var low = 0, high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle].top < dot.bottom { low = middle + 1 } else { high = middle }
        }
        let centre = dot.left + dot.right
        return marks[low...].prefix { $0.top <= dot.bottom + gap }.contains { abs($0.left + $0.right - centre) <= 2 * drift }
    }

    /// Where a numbering's full stop stands: its bottom within `drift` of a
    /// digit's at most `gap` to its right, the digit `shortest` or taller.
    struct Foot {
        var gap: Int
        var drift: Int
        var shortest: Int

        /// Whether `dot` stands at the foot of one of `pieces` (sorted by their right edge).
        func holds(_ dot: PixelBox, after pieces: [PixelBox]) -> Bool {
            var low = 0, high = pieces.count
            while low < high {
                let middle = (low + high) / 2
                if pieces[middle].right < dot.left - gap { low = middle + 1 } else { high = middle }
            }
            return pieces[low...].prefix { $0.right <= dot.left }.contains { piece in
                abs(piece.bottom - dot.bottom) <= drift && piece.height >= max(shortest, 4 * dot.height)
            }
        }
    }
}
