import CTesseract

/// The dots of `；` and `：` in light print are as small as the grain of a
/// scan: the dot over a semicolon's comma of 10 pt text, drawn thin and
/// scanned at 200–250 dpi, keeps 2–3 pixels at 300 dpi after thresholding.
/// Erased as a speck (`Speckles.size`), it leaves `，` for `；` and nothing
/// or `，` for `：`: 55 of the semicolons of a 27-page speckled scan went so.
/// What tells such a dot from grain is its place: straight above or below
/// another small mark (the semicolon's comma, the colon's other dot), less
/// than half an em from it. Grain seldom stacks so; where it does beside
/// print, Tesseract's own marks rules (`SpeckMarks`) judge what it reads.
enum PunctuationDots {
    /// Largest gap between a dot and the mark it stands over, in pixels at
    /// 300 dpi: the two dots of `：` of 12 pt text stand about 14 apart.
    static let gap = 18
    /// The two marks' centres stand within this many pixels across, at 300 dpi.
    static let drift = 3

    /// The tiny marks of `tiny` (1 = ink) that stand straight above or below
    /// another mark of `small` (a superset of `tiny`): the dots of `；` and `：`.
    static func dots(among tiny: PageImage, small: PageImage, dpi: Int) -> PageImage? {
        let pixels = { (atThreeHundred: Int) in max(1, atThreeHundred * dpi / 300) }
        guard let dots = boxes(of: tiny), let larger = PageImage.adopting(pixSubtract(nil, small.pix, tiny.pix)), let marks = boxes(of: larger),
              let kept = PageImage.adopting(pixCreate(pixGetWidth(tiny.pix), pixGetHeight(tiny.pix), 1)) else { return nil }
        let gap = pixels(gap), drift = pixels(drift), tallest = pixels(Speckles.strayMark)
        // Marks by their top row, so each dot looks only at marks within reach below or above.
        let sorted = marks.sorted { $0.top < $1.top }
        for dot in dots where isStacked(dot, among: sorted, gap: gap, drift: drift, tallest: tallest) {
            pixRasterop(kept.pix, Int32(dot.left), Int32(dot.top), Int32(dot.width), Int32(dot.height), PIX_SRC, tiny.pix, Int32(dot.left), Int32(dot.top))
        }
        return kept
    }

    /// Whether another mark stands straight above or below `dot`, a gap of
    /// at most `gap` between them. `marks` are sorted by their top row and
    /// none is taller than `tallest`.
    static func isStacked(_ dot: PixelBox, among marks: [PixelBox], gap: Int, drift: Int, tallest: Int) -> Bool {
        // The first mark whose top is low enough to end within `gap` above the dot.
        var low = 0, high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle].top < dot.top - gap - tallest { low = middle + 1 } else { high = middle }
        }
        let centre = dot.left + dot.right
        for mark in marks[low...] {
            if mark.top > dot.bottom + gap { break }
            guard mark != dot, abs(mark.left + mark.right - centre) <= 2 * drift else { continue }
            if (0...gap).contains(mark.top - dot.bottom) { return true }
        }
        return false
    }

    /// The boxes of the connected marks of `image` (1 = ink).
    private static func boxes(of image: PageImage) -> [PixelBox]? {
        var found: UnsafeMutablePointer<BOXA>? = pixConnCompBB(image.pix, 8)
        guard let boxes = found else { return nil }
        defer { boxaDestroy(&found) }
        return (0..<boxaGetCount(boxes)).map { index in
            var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
            boxaGetBoxGeometry(boxes, index, &x, &y, &width, &height)
            return PixelBox(left: Int(x), top: Int(y), right: Int(x + width), bottom: Int(y + height))
        }
    }
}
