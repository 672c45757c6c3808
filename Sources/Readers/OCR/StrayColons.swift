import CTesseract

/// A full-width colon set in a justified line's blank stands apart from
/// print: `《河北省医疗保障基金监管办法》：全文` on the corpus scan has its
/// dots 26 pixels (at 300 dpi) from `》` and from `全`, beyond `Speckles.reach`,
/// so they were erased as stray marks and three citations lost their colon.
/// Two stray marks are a colon's dots where they are alike in size (within
/// `alike` of each other across and down), stacked in one column (centres
/// within `PunctuationDots.drift` across, at most `PunctuationDots.gap` apart
/// down), with print before them within `beside` whose middle stands between
/// theirs: in a line, after its text (`…办法》：` ends a line, too). Two specks
/// so placed beside print would read as a colon anyway; the rules on what
/// Tesseract reads judge them then.
enum StrayColons {
    /// Most one dot's width or height may exceed the other's, as a factor.
    static let alike = 1.5
    /// Farthest print either side of the dots, in pixels at 300 dpi: an em of 9 pt text.
    static let beside = 38

    /// The pairs of `stray` (1 = a stray mark) that are a colon's dots, beside `print`.
    static func dots(among stray: PageImage, print: PageImage, dpi: Int) -> PageImage? {
        let pixels = { (atThreeHundred: Int) in max(1, atThreeHundred * dpi / 300) }
        guard let kept = PageImage.adopting(pixCreate(pixGetWidth(stray.pix), pixGetHeight(stray.pix), 1)) else { return nil }
        let marks = Components.boxes(of: stray, connectivity: 8).sorted { $0.top < $1.top }
        guard marks.count > 1 else { return kept }
        let gap = pixels(PunctuationDots.gap), drift = pixels(PunctuationDots.drift), beside = pixels(beside)
        // Print is looked up only once a pair is found: most pages have none.
        var printed: [PixelBox]?
        func pieces() -> [PixelBox] {
            if let printed { return printed }
            let found = Components.boxes(of: print, connectivity: 8)
            printed = found
            return found
        }
        for (index, upper) in marks.enumerated() {
            for lower in marks[(index + 1)...].prefix(while: { $0.top <= upper.bottom + gap })
            where lower.top > upper.bottom && abs(lower.left + lower.right - upper.left - upper.right) <= 2 * drift && areAlike(upper, lower) {
                let top = upper.top, bottom = lower.bottom, left = min(upper.left, lower.left)
                // Level: the print's middle between the dots' middles.
                let level = pieces().filter { 2 * $0.top + $0.height > 2 * top + upper.height && 2 * $0.top + $0.height < 2 * bottom - lower.height }
                guard level.contains(where: { $0.right <= left && left - $0.right <= beside }) else { continue }
                for dot in [upper, lower] {
                    pixRasterop(kept.pix, Int32(dot.left), Int32(dot.top), Int32(dot.width), Int32(dot.height), PIX_SRC, stray.pix, Int32(dot.left), Int32(dot.top))
                }
            }
        }
        return kept
    }

    private static func areAlike(_ a: PixelBox, _ b: PixelBox) -> Bool {
        Double(max(a.width, b.width)) <= alike * Double(min(a.width, b.width))
            && Double(max(a.height, b.height)) <= alike * Double(min(a.height, b.height))
    }
}
