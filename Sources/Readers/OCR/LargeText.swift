import CTesseract

/// Tesseract misreads large print (a title at 18 pt and more, heavy strokes
/// at 300 dpi): `清单` as `请单`, `总表` as `总和表`. The same line drawn
/// smaller, its characters about as tall as body text's, reads right. So a
/// line much taller than body text is read again from a smaller copy.
enum LargeText {
    /// The height (inches) characters are read best at: 10.5 pt text's ideographs.
    static let bestHeight = 0.135
    /// A line this many times taller is large.
    static let largeRatio = 1.6

    static func isLarge(_ line: RecognizedLine, dpi: Int) -> Bool {
        Double(RecognizedGlyphs.band(of: line).height) > largeRatio * bestHeight * Double(dpi)
    }

    /// The line's part of `image`, with room around it, drawn at the best height.
    static func part(of image: PageImage, around line: RecognizedLine, dpi: Int) -> PagePart? {
        let height = RecognizedGlyphs.band(of: line).height
        let margin = height / 4
        let left = max(0, line.box.left - margin), top = max(0, line.box.top - margin)
        let right = min(image.width, line.box.right + margin), bottom = min(image.height, line.box.bottom + margin)
        guard right > left, bottom > top else { return nil }
        let scale = bestHeight * Double(dpi) / Double(max(1, height))
        guard let pixels = image.clipped(to: PixelBox(left: left, top: top, right: right, bottom: bottom)),
              let smaller = PageImage.adopting(pixScale(pixels.pix, Float(scale), Float(scale))) else { return nil }
        return PagePart(image: smaller, origin: (left, top), scale: scale)
    }
}
