import CTesseract

/// `→` read as `一`: a list's remarks print steps with arrows
/// (`申请备案→查询备案结果`), and Tesseract's models, which hardly know the
/// arrow, read its shaft as the character 一 (13 speckled stand-in scans of
/// one list, every one). The ink tells them apart: 一 is a bar, its ends no
/// taller than a serif's bump (a fifth of an em in a Song face), while an
/// arrow's shaft ends in a head at least `head` of an em tall, its strokes
/// spreading as far above the shaft as below it from a thin tip, its other
/// end as thin as the bar. A piece of ink as wide as half an em or more,
/// across the middle of the line, so shaped, is an arrow pointing that way.
enum Arrows {
    /// What an arrow is read as.
    static let readings: Set<String> = ["一", "-", "—", "–", "－", "~"]
    /// Least height of an arrow's head, in ems.
    static let head = 0.28
    /// Most height of the other end (the shaft's thickness, a bump), in ems.
    static let tail = 0.15
    /// Least width of an arrow, in ems.
    static let shortest = 0.5

    /// `ink` is the page's print (1 = ink); nil where it was not measured,
    /// and nothing changes. `pieces` gives its pieces within a region.
    static func apply(to line: inout RecognizedLine, em: Int, ink: PageImage?, pieces: (PixelBox) -> [PixelBox]?) {
        guard em > 0, let ink else { return }
        let band = RecognizedGlyphs.band(of: line)
        let symbols = line.words.flatMap(\.symbols)
        var arrows: [Int: String] = [:]
        for (position, symbol) in symbols.enumerated() where readings.contains(symbol.text) {
            // The arrow's ink may start in the symbol before's box (boxed over
            // the shaft) and reach into the next's.
            let left = min(symbol.box.left, position > 0 ? symbols[position - 1].box.right : symbol.box.left) - em / 4
            let right = max(symbol.box.right, position + 1 < symbols.count ? symbols[position + 1].box.left : symbol.box.right) + em / 4
            let region = PixelBox(left: left, top: band.top - em / 4, right: right, bottom: band.bottom + em / 4)
            guard region.right > region.left, let found = pieces(region),
                  let arrow = arrow(in: found, ink: ink, band: (band.top, band.bottom), em: em) else { continue }
            arrows[position] = arrow
        }
        line.replaceSymbols(arrows)
    }

    /// `→` or `←` where one piece of `found` is shaped as an arrow; nil otherwise.
    static func arrow(in found: [PixelBox], ink: PageImage, band: (top: Int, bottom: Int), em: Int) -> String? {
        let size = Double(em)
        let shaped = found.filter { piece in
            let middle = Double(piece.top + piece.bottom) / 2
            let place = (middle - Double(band.top)) / Double(max(1, band.bottom - band.top))
            return Double(piece.width) >= shortest * size && Double(piece.height) >= head * size && Double(piece.height) <= 0.7 * size
                && (0.25...0.75).contains(place)
        }
        // A character's stroke beside it may be as wide and tall (`→查`: 查's
        // roof): only one piece may be shaped as an arrow.
        let arrows = shaped.compactMap { direction(of: $0, ink: ink, em: em) }
        return arrows.count == 1 ? arrows[0] : nil
    }

    /// `→` or `←` where `piece` is shaped as an arrow pointing so; nil otherwise.
    private static func direction(of piece: PixelBox, ink: PageImage, em: Int) -> String? {
        let size = Double(em)
        // The head's strokes run back a third of the arrow from its tip, as
        // far above the shaft as below it, and meet at the tip; the shaft's
        // other end is a fifth as thin. 一 touching a stroke of the character
        // beside it (`第一百`, `附件一全文`) is tall at one end too, but there the
        // end itself is tall, and the stroke runs to one side.
        let third = max(1, piece.width / 3), fifth = max(1, piece.width / 5), tip = max(2, piece.width / 12)
        let rows = piece.top..<piece.bottom
        func isArrow(head: Range<Int>, tip: Range<Int>, tail: Range<Int>) -> Bool {
            guard let headRows = inkedRows(ink, columns: head, rows: rows), let tipRows = inkedRows(ink, columns: tip, rows: rows),
                  let tailRows = inkedRows(ink, columns: tail, rows: rows) else { return false }
            let shaft = Double(tailRows.lowerBound + tailRows.upperBound) / 2
            let above = shaft - Double(headRows.lowerBound), below = Double(headRows.upperBound) - shaft
            return Double(headRows.count) >= Self.head * size && Double(tailRows.count) <= Self.tail * size
                && Double(tipRows.count) <= Self.tail * size && min(above, below) >= 0.3 * Double(headRows.count)
        }
        if isArrow(head: (piece.right - third)..<piece.right, tip: (piece.right - tip)..<piece.right, tail: piece.left..<(piece.left + fifth)) {
            return "→"
        }
        if isArrow(head: piece.left..<(piece.left + third), tip: piece.left..<(piece.left + tip), tail: (piece.right - fifth)..<piece.right) {
            return "←"
        }
        return nil
    }

    /// From the first row holding ink in `columns` to the last; nil where none does.
    private static func inkedRows(_ ink: PageImage, columns: Range<Int>, rows: Range<Int>) -> Range<Int>? {
        var value: UInt32 = 0
        let inked = rows.filter { y in
            columns.contains { x in
                x >= 0 && x < ink.width && y >= 0 && y < ink.height && pixGetPixel(ink.pix, Int32(x), Int32(y), &value) == 0 && value == 1
            }
        }
        guard let first = inked.first, let last = inked.last else { return nil }
        return first..<(last + 1)
    }
}
