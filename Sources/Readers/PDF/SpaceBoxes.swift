import PowerListModel

/// Poppler does not take spaces from the page: it puts one between two words
/// of a line, with the box [end of the word, its top, start of the next word,
/// its bottom] taken from the words' x and y extents — right for upright text
/// only. On a page whose text runs any other way that box is inverted and as
/// long as the word. Once the page is upright (`TextOrientation`), each space
/// gets the box Poppler would have given it on an upright page.
enum SpaceBoxes {
    static func rebuild(_ glyphs: inout [Glyph]) {
        var previous: Glyph?
        for index in glyphs.indices {
            guard TextNormalizer.isWhitespace(glyphs[index].scalar) else {
                previous = glyphs[index]
                continue
            }
            guard let before = previous else { continue }
            let after = glyphs[(index + 1)...].first { !TextNormalizer.isWhitespace($0.scalar) }
            // The next word starts the gap's far side when it is on the same line, further on.
            let end = after.map { next in
                abs((next.y0 + next.y1) - (before.y0 + before.y1)) / 2 < (before.y1 - before.y0) / 2 && next.x0 >= before.x1 ? next.x0 : before.x1
            } ?? before.x1
            glyphs[index] = Glyph(scalar: glyphs[index].scalar, x0: before.x1, y0: before.y0, x1: end, y1: before.y1)
        }
    }
}
