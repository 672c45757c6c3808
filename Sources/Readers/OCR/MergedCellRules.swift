import CTesseract

/// A merged cell across the table (a section heading, `六、其他权力（10项）`)
/// stops the vertical rules at its top rule and starts them again at its
/// bottom rule. A stroke of its text in line with a rule (the 其's upright),
/// within `RulingLines.bridge` of both ends, joins the two into one rule
/// through the heading, and the heading is then cut in two where it stands
/// (`7.` | `他权力（10项）`). Between two horizontal rules, a stretch of a
/// vertical rule whose ink leaves neither of them is no rule: a drawn rule
/// runs on out of the rules it crosses, a stroke stands clear of them. A
/// rule the scan broke is broken here and there, not at both ends of a row.
enum MergedCellRules {
    /// Rows next to a horizontal rule looked at for the vertical rule's ink (pixels at 300 dpi).
    static let reach = 3

    /// `vertical` (1 = rule) without the stretches between two rules of
    /// `horizontal` whose ink in `ink` touches neither.
    static func clear(_ vertical: PageImage, horizontal: [PixelBox], ink: PageImage, dpi: Int) {
        let reach = max(1, reach * dpi / 300), halo = max(1, RulingLines.halo * dpi / 300)
        for rule in Components.boxes(of: vertical, connectivity: 8) {
            let crossed = horizontal.filter { line in
                line.left <= rule.left && line.right >= rule.right && line.top >= rule.top - reach && line.bottom <= rule.bottom + reach
            }.sorted { $0.top < $1.top }
            for (above, below) in zip(crossed, crossed.dropFirst()) where below.top - above.bottom > 2 * (reach + halo) {
                let left = rule.left - halo, right = rule.right + halo
                // Past the horizontal rules' blur.
                let leaves = hasInk(ink, PixelBox(left: left, top: above.bottom + halo, right: right, bottom: above.bottom + halo + reach))
                let arrives = hasInk(ink, PixelBox(left: left, top: below.top - halo - reach, right: right, bottom: below.top - halo))
                guard !leaves, !arrives else { continue }
                var stretch = boxCreate(Int32(left), Int32(above.bottom), Int32(right - left), Int32(below.top - above.bottom))
                pixClearInRect(vertical.pix, stretch)
                boxDestroy(&stretch)
            }
        }
    }

    private static func hasInk(_ image: PageImage, _ box: PixelBox) -> Bool {
        var area = boxCreate(Int32(box.left), Int32(box.top), Int32(box.width), Int32(box.height))
        defer { boxDestroy(&area) }
        var count: Int32 = 0
        return pixCountPixelsInRect(image.pix, area, &count, nil) == 0 && count > 0
    }
}
