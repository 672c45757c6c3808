import CTesseract

/// Horizontal runs of ink in a 1-bit page image.
enum InkRuns {
    /// The longest run through the middle third of `box` (its left end and
    /// length), on any of the box's rows; a one-pixel break (a scan's grain)
    /// does not end a run.
    static func longest(in binary: PageImage, through box: PixelBox) -> (left: Int, length: Int)? {
        let width = binary.width, height = binary.height
        func isInk(_ x: Int, _ y: Int) -> Bool {
            var value: UInt32 = 0
            return x >= 0 && x < width && pixGetPixel(binary.pix, Int32(x), Int32(y), &value) == 0 && value == 1
        }
        var best: (left: Int, length: Int)?
        let third = box.width / 3
        let middle = (box.left + third)..<max(box.left + third + 1, box.right - third)
        for y in max(0, box.top)..<max(max(0, box.top), min(height, box.bottom)) {
            guard let start = middle.first(where: { isInk($0, y) }) else { continue }
            var left = start, right = start
            while isInk(left - 1, y) || isInk(left - 2, y) { left -= isInk(left - 1, y) ? 1 : 2 }
            while isInk(right + 1, y) || isInk(right + 2, y) { right += isInk(right + 1, y) ? 1 : 2 }
            if right - left + 1 > best?.length ?? 0 { best = (left, right - left + 1) }
        }
        return best
    }
}
