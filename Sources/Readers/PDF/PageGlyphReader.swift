import CPoppler
import PowerListModel

/// Reads one Poppler page as glyphs: each Unicode scalar of Poppler's text
/// with its box, in Poppler's reading order, turned upright (see
/// `TextOrientation`, spaces re-boxed by `SpaceBoxes`) and with inflated
/// boxes cut down (`GlyphBoxHeights`).
/// Line breaks are dropped (their boxes are meaningless); spaces are kept so
/// that later stages know where the source had one.
enum PageGlyphReader {
    static func read(_ page: OpaquePointer, number: Int) -> GlyphPage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var glyphs: [Glyph] = []
        var vote = ReadingDirectionVote()
        if let text = poppler_page_get_text(page) {
            defer { g_free(text) }
            var rectangles: UnsafeMutablePointer<PopplerRectangle>?
            var rectangleCount: guint = 0
            if poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles {
                defer { g_free(rectangles) }
                // One rectangle per Unicode scalar of the UTF-8 text, in the same order.
                let scalars = String(cString: text).unicodeScalars
                glyphs.reserveCapacity(min(scalars.count, Int(rectangleCount)))
                for (index, scalar) in zip(0..<Int(rectangleCount), scalars) {
                    if scalar == "\n" || scalar == "\r" {
                        vote.lineBreak()
                        continue
                    }
                    let box = rectangles[index]
                    let glyph = Glyph(scalar: scalar, x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2)
                    if !TextNormalizer.isWhitespace(scalar) { vote.add(glyph) }
                    glyphs.append(glyph)
                }
            }
        }
        let orientation = vote.winner
        var upright = orientation.upright(GlyphPage(number: number, width: width, height: height, glyphs: glyphs))
        if orientation != .upright { SpaceBoxes.rebuild(&upright.glyphs) }
        GlyphBoxHeights.normalize(&upright.glyphs)
        return upright
    }
}
