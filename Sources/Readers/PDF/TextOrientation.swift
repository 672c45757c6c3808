import PowerListModel

/// Which way a page's text runs on the displayed page. Poppler reports glyph
/// boxes in displayed coordinates (after any /Rotate) and builds its lines in
/// the direction the text advances, whether the page is turned by /Rotate or
/// the content itself is drawn a quarter-turn round. The table reader assumes
/// text that runs left to right, lines top to bottom; `upright(_:)` turns a
/// page's glyphs so that it does, on a page of the matching (maybe swapped)
/// size, and nothing downstream knows the page was sideways.
enum TextOrientation: Sendable, Equatable, CaseIterable {
    /// Left to right: nothing to do.
    case upright
    /// Top to bottom, lines stacked right to left: the content turned a
    /// quarter-turn clockwise (a page with /Rotate 90).
    case turnedClockwise
    /// Right to left, lines stacked bottom to top (/Rotate 180).
    case upsideDown
    /// Bottom to top, lines stacked left to right: the content turned a
    /// quarter-turn counterclockwise (/Rotate 270; a landscape table drawn
    /// onto portrait paper).
    case turnedCounterclockwise

    /// The orientation whose reading direction (the way glyphs advance
    /// along a line) is (dx, dy), or nil when neither axis clearly dominates.
    init?(advanceX dx: Double, advanceY dy: Double) {
        if abs(dx) > Self.dominance * abs(dy) {
            self = dx > 0 ? .upright : .upsideDown
        } else if abs(dy) > Self.dominance * abs(dx) {
            self = dy > 0 ? .turnedClockwise : .turnedCounterclockwise
        } else {
            return nil
        }
    }

    /// How much longer one axis of a step between neighbouring glyphs must be
    /// than the other for the step to count as a reading direction (a step
    /// between two sub- or superscripts, or a diagonal stamp, counts for none).
    static let dominance = 2.0

    /// The page turned so that its text runs left to right, top to bottom.
    func upright(_ page: GlyphPage) -> GlyphPage {
        guard self != .upright else { return page }
        let size = turn.uprightSize(width: page.width, height: page.height)
        let glyphs = page.glyphs.map { upright($0, pageWidth: page.width, pageHeight: page.height) }
        return GlyphPage(
            number: page.number, width: size.width, height: size.height, glyphs: glyphs,
            frame: .page(turn: turn, width: page.width, height: page.height)
        )
    }

    /// How far the displayed page's content is turned from upright.
    var turn: QuarterTurn {
        switch self {
        case .upright: .none
        case .turnedClockwise: .clockwise
        case .upsideDown: .half
        case .turnedCounterclockwise: .counterclockwise
        }
    }

    /// One box turned with the page: the point (x, y) of the displayed page goes to
    /// (y, W − x) turned clockwise, (W − x, H − y) upside down, (H − y, x) turned
    /// counterclockwise; the box's corners are re-ordered so that x0 < x1, y0 < y1.
    private func upright(_ glyph: Glyph, pageWidth w: Double, pageHeight h: Double) -> Glyph {
        switch self {
        case .upright:
            glyph
        case .turnedClockwise:
            Glyph(scalar: glyph.scalar, x0: glyph.y0, y0: w - glyph.x1, x1: glyph.y1, y1: w - glyph.x0)
        case .upsideDown:
            Glyph(scalar: glyph.scalar, x0: w - glyph.x1, y0: h - glyph.y1, x1: w - glyph.x0, y1: h - glyph.y0)
        case .turnedCounterclockwise:
            Glyph(scalar: glyph.scalar, x0: h - glyph.y1, y0: glyph.x0, x1: h - glyph.y0, y1: glyph.x1)
        }
    }
}

/// Counts, over the lines Poppler found on a page, which way consecutive
/// glyphs of a line advance. Poppler's lines follow the text's own direction,
/// so the steps within them say how the page reads; the steps between lines
/// (which `lineBreak()` keeps out) would say nothing.
struct ReadingDirectionVote {
    private var counts: [TextOrientation: Int] = [:]
    private var previous: Glyph?

    /// The next inked glyph of the current line.
    mutating func add(_ glyph: Glyph) {
        defer { previous = glyph }
        guard let previous else { return }
        let dx = (glyph.x0 + glyph.x1 - previous.x0 - previous.x1) / 2
        let dy = (glyph.y0 + glyph.y1 - previous.y0 - previous.y1) / 2
        // Glyphs drawn over one another (an accent, a bold overprint) do not advance.
        let size = max(glyph.x1 - glyph.x0, glyph.y1 - glyph.y0, 0.1)
        guard dx * dx + dy * dy > 0.01 * size * size, let orientation = TextOrientation(advanceX: dx, advanceY: dy) else { return }
        counts[orientation, default: 0] += 1
    }

    mutating func lineBreak() {
        previous = nil
    }

    /// The direction most steps took; upright when the page has no line of two glyphs.
    /// Ties go to the earlier case, upright first, so the result is deterministic.
    var winner: TextOrientation {
        var best = TextOrientation.upright
        for orientation in TextOrientation.allCases where counts[orientation, default: 0] > counts[best, default: 0] {
            best = orientation
        }
        return best
    }
}
