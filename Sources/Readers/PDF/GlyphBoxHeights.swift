import PowerListModel

/// Poppler sizes a glyph's box from its font's ascent and descent. Fonts that
/// some producers embed (cairo's subsets among them) declare these far beyond
/// the glyphs, so each box is two or three lines tall and the lines of a
/// paragraph overlap. A CJK glyph is one em wide whatever the font says, so
/// when the boxes on a page are much taller than that, they are cut down
/// around their middle to the height of a normal line of text.
enum GlyphBoxHeights {
    /// A box up to this many ems tall is the font's own (ascent plus descent, leading aside).
    static let plausibleHeight = 1.6
    /// What a box is cut down to, in ems.
    static let normalHeight = 1.3

    static func normalize(_ glyphs: inout [Glyph]) {
        var ems: [Double] = []
        var heights: [Double] = []
        for glyph in glyphs where isIdeograph(glyph.scalar) {
            ems.append(glyph.x1 - glyph.x0)
            heights.append(glyph.y1 - glyph.y0)
        }
        guard let em = median(ems), let height = median(heights), em > 0, height > plausibleHeight * em else { return }
        // The same inflation on every glyph of the page: keep each box's middle, scale its height.
        let scale = normalHeight * em / height
        for index in glyphs.indices {
            let middle = (glyphs[index].y0 + glyphs[index].y1) / 2
            let half = (glyphs[index].y1 - glyphs[index].y0) * scale / 2
            glyphs[index].y0 = middle - half
            glyphs[index].y1 = middle + half
        }
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var values = values
        let middle = values.count / 2
        values.sort()
        return values[middle]
    }
}
