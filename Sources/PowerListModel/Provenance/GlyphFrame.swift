/// How the coordinates of a `GlyphPage` relate to its source, so that a cell
/// built from glyphs can say where it stands there: a PDF page's glyphs are
/// points of the page turned upright (a sideways page's text runs left to
/// right once turned), a text dump's glyphs are characters on lines.
public enum GlyphFrame: Sendable, Equatable {
    /// PDF points of the page as displayed (`width` × `height`, after
    /// /Rotate), turned by `turn` so its text stands upright.
    case page(turn: QuarterTurn, width: Double, height: Double)
    /// Text lines: y is the line's index on its page; the array holds the
    /// input line (1-based) of each.
    case textLines([Int])

    /// The place of glyph boxes `x0…x1 × y0…y1` (their union) on `page`.
    public func place(page: Int, x0: Double, y0: Double, x1: Double, y1: Double) -> SourcePlace {
        switch self {
        case .textLines(let numbers):
            guard !numbers.isEmpty else { return .lines(first: 1, last: 1) }
            let first = min(max(Int(y0.rounded(.down)), 0), numbers.count - 1)
            let last = min(max(Int(y1.rounded(.up)) - 1, first), numbers.count - 1)
            return .lines(first: numbers[first], last: numbers[last])
        case .page(let turn, let w, let h):
            // The inverse of the turn that made the page upright (see
            // `TextOrientation.upright`): a point (X, Y) of the upright page.
            let box: PageBox = switch turn {
            case .none: PageBox(x0: x0, y0: y0, x1: x1, y1: y1)
            case .clockwise: PageBox(x0: w - y1, y0: x0, x1: w - y0, y1: x1)
            case .half: PageBox(x0: w - x1, y0: h - y1, x1: w - x0, y1: h - y0)
            case .counterclockwise: PageBox(x0: y0, y0: h - x1, x1: y1, y1: h - x0)
            }
            // A glyph's box may reach past the paper's edge; the place is on the page.
            return .pageBox(page: page, box: PageBox(
                x0: min(max(box.x0, 0), w), y0: min(max(box.y0, 0), h), x1: min(max(box.x1, 0), w), y1: min(max(box.y1, 0), h)
            ))
        }
    }
}

/// How far a page's content is turned from upright, as shown.
public enum QuarterTurn: Sendable, Equatable {
    case none
    case clockwise
    case half
    case counterclockwise

    /// Width and height of a page once its content is turned upright.
    public func uprightSize(width: Double, height: Double) -> (width: Double, height: Double) {
        switch self {
        case .none, .half: (width, height)
        case .clockwise, .counterclockwise: (height, width)
        }
    }
}
