/// An opening parenthesis Tesseract took into the character after it: a
/// full-width `（` draws its arc at the right of its em, close to that
/// character, and Tesseract read `负担的； （四）在境外` as `负担的；四）在境外`,
/// boxing `四` an em and a tenth wide from the arc; `内地（大陆）`, `处理意见
/// （主要证据不足` alike. On 27 speckled stand-in scans 55 opening
/// parentheses were lost so, each costing its text an exact match; closing
/// ones keep apart from what follows (6 lost).
///
/// So a `）` that nothing before it in the cell opened is looked back
/// from, over the characters before it, for the arc: a thin stroke (pieces
/// a scan broke apart joined) as tall as the characters, in a character's
/// box or in the blank before it, bowed out at its middle on both edges
/// (`BracketBow`), blank before it and the character's own ink standing a
/// little apart after it. There a `（` is put, boxed round the arc. A
/// character's own thin stroke is no arc: `忄` stands straight, `丿` bows
/// out at its foot, not its middle, and `亻` or `彳` (the left part of `保`,
/// `行`) is upright on its right edge. A `《` or `〈` the cell left open is a
/// `（` misread, not lost, and a mark read over the arc (`“三）`) is left to
/// the rules for that mark. Where no arc is found, only the text can tell
/// (`LostParentheses+Text`); elsewhere nothing changes: the `）` may close
/// what a page break left on the page before. On the stand-ins the arcs
/// restore 13 of the 55, and put none where none was printed.
enum LostParentheses {
    /// How many symbols before the `）` are looked through.
    static let reach = 16
    /// An arc is at least this tall, in ems (a `（` is as tall as the
    /// characters' ink, or taller), and at most this wide.
    static let arcHeight = 0.85
    static let arcWidth = 0.36
    /// The blank a `（` leaves before its arc (it is drawn at the right of
    /// its em), and between the arc and the character after it, in ems at
    /// least: a character's own left part (`亻` of `保`) stands closer.
    static let blankBefore = 0.2
    static let gapAfter = 0.1
    /// The character after the arc has at least this much ink across, in ems.
    static let inkAfter = 0.3

    /// Applies to the lines of one cell. `pieces` gives the pieces of the
    /// page's print within a region (`Components.boxes(of:within:)`), `bow`
    /// how far a piece's edge on a side bows out (`BracketBow.bow`).
    static func apply(to lines: inout [RecognizedLine], pieces: (PixelBox) -> [PixelBox]?, bow: (PixelBox, BracketBow.Side) -> Double?) {
        // Parentheses open so far in the cell, and titles `《` and `〈` left
        // open: a `（` read as one of those (`乡《镇）`, `；〈八）`) is misread, not lost.
        var (depth, titles, angles) = (0, 0, 0)
        for line in lines.indices {
            var index = 0
            while index < lines[line].symbolCount {
                switch lines[line].symbol(at: index).text {
                case "（", "(": depth += 1
                case "《": titles += 1
                case "》": titles = max(0, titles - 1)
                case "〈": angles += 1
                case "〉": angles = max(0, angles - 1)
                case "）", ")":
                    if depth > 0 {
                        depth -= 1
                    } else if titles == 0, angles == 0, let found = arc(before: index, in: lines[line], pieces: pieces, bow: bow) {
                        let parenthesis = RecognizedSymbol(text: "（", box: found.arc, confidence: found.confidence)
                        lines[line].insert(parenthesis, at: found.index, leftEdge: found.arc.right)
                        index += 1
                    } else if titles == 0, angles == 0, let start = textualOpening(before: index, of: line, in: lines) {
                        // Boxed in the blank before what it opens.
                        let opened = lines[line].symbol(at: start).box
                        let box = PixelBox(left: opened.left - max(1, opened.width / 2), top: opened.top, right: opened.left, bottom: opened.bottom)
                        lines[line].insert(RecognizedSymbol(text: "（", box: box, confidence: lines[line].symbol(at: start).confidence), at: start, leftEdge: box.right)
                        index += 1
                    }
                default: break
                }
                index += 1
            }
        }
    }

    /// The arc of a `（` lost before a symbol of `line` before `end`, and where the `（` goes.
    private static func arc(
        before end: Int, in line: RecognizedLine, pieces: (PixelBox) -> [PixelBox]?, bow: (PixelBox, BracketBow.Side) -> Double?
    ) -> (index: Int, arc: PixelBox, confidence: Float)? {
        let band = RecognizedGlyphs.band(of: line)
        let em = Double(band.height)
        guard em > 0 else { return nil }
        for index in stride(from: end - 1, through: max(0, end - reach), by: -1) {
            let symbol = line.symbol(at: index)
            guard symbol.ideograph != nil || symbol.text.isDigitSymbol else { continue }
            // Tesseract may box the arc into the character before as well as the one after.
            let region = PixelBox(
                left: symbol.box.left - Int(0.7 * em), top: band.top - Int(em / 4), right: symbol.box.right, bottom: band.bottom + Int(em / 4)
            )
            guard let found = pieces(region) else { return nil }
            let middle = (symbol.box.left + symbol.box.right) / 2
            let arcs = strokes(in: found, em: em).filter { stroke in
                stroke.left > region.left && (stroke.left + stroke.right) / 2 < middle && isArc(stroke, among: found, band: band, em: em, pieces: pieces, bow: bow)
            }
            if let arc = arcs.max(by: { $0.left < $1.left }) {
                // Read as a mark (`“三）`, `〈试行）`): the rules for that mark decide.
                if index > 0, case let before = line.symbol(at: index - 1), before.ideograph == nil, !before.text.isDigitSymbol,
                   before.box.right > arc.left, before.box.left < arc.right { return nil }
                return (index, arc, symbol.confidence)
            }
        }
        return nil
    }

    /// The thin strokes among `found`: pieces no wider than an arc, and
    /// those whose columns overlap joined (a stroke the scan broke apart).
    private static func strokes(in found: [PixelBox], em: Double) -> [PixelBox] {
        var strokes: [PixelBox] = []
        for piece in found.filter({ Double($0.width) <= arcWidth * em }).sorted(by: { $0.left < $1.left }) {
            if let last = strokes.last, piece.left <= last.right, Double(last.union(piece).width) <= arcWidth * em {
                strokes[strokes.count - 1] = last.union(piece)
            } else {
                strokes.append(piece)
            }
        }
        return strokes
    }

    /// A stroke is a `（`'s arc: tall, bowed out at its middle on both
    /// edges, blank before it, and a character's ink a little apart after it.
    private static func isArc(
        _ stroke: PixelBox, among found: [PixelBox], band: (top: Int, bottom: Int, height: Int), em: Double,
        pieces: (PixelBox) -> [PixelBox]?, bow: (PixelBox, BracketBow.Side) -> Double?
    ) -> Bool {
        guard Double(stroke.height) >= arcHeight * em else { return false }
        let after = found.filter { $0.left > stroke.right }
        guard let character = after.map(\.left).min(), Double(character - stroke.right) >= gapAfter * em,
              let far = after.map(\.right).max(), Double(far - character) >= inkAfter * em,
              !found.contains(where: { $0.left < stroke.left && $0.right >= stroke.left }),
              pieces(PixelBox(left: stroke.left - Int(blankBefore * em), top: band.top, right: stroke.left, bottom: band.bottom))?.isEmpty ?? false,
              let outer = bow(stroke, .left), let inner = bow(stroke, .right) else { return false }
        // Both edges of an arc curve alike; a character's left part (`彳` of `行`, `亻`) has a straight right edge.
        return outer > 0 && !BracketBow.isStraight(outer, height: stroke.height)
            && inner < 0 && !BracketBow.isStraight(-inner, height: stroke.height)
    }
}
