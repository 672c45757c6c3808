/// Chinese document numbers print their year in hexagonal brackets,
/// `令〔2018〕第1号`, and Tesseract reads them as `[2018]` (its models
/// know 〔 but seldom choose it: 4 of 58 on a 27-page scan). Lists also
/// print `[2016]` itself (`厅发[2016]94号`), so the shape read cannot
/// tell; the space around the ink can. 〔 and 〕 are full-width: each stands
/// at the inner side of an em of its own, half an em of paper between its
/// ink and the character outside it. A half-width `[` stands within a
/// fifth of an em of its neighbour. So a `[` … `]` pair on one line whose
/// outer side, on either bracket, stands clear of its neighbour's ink by
/// `clearance` ems or more was printed `〔` … `〕`.
///
/// - `令 〔2018〕 第`, paper 0.6 em wide either side → `令〔2018〕第`
/// - `发[2016]94`, paper 0.15 em wide either side → stays `[2016]`
/// - `[2016]` at a line's start and end: no neighbour to measure → stays
///
/// Tesseract reads them as parentheses too, `令(2018)第`, `[2018）`; lists
/// print a year in full-width parentheses as well (`令（2015）第12号`), so
/// there the ink's shape decides: a bracket read as a parenthesis is
/// hexagonal only where its outer edge runs straight (`BracketBow`), round
/// a year (`2018`) and with the paper of a full-width mark outside. Only a
/// year: a clause's number in half-width brackets after a full-width mark
/// (`社会保障卡；(2)身份证`) has the mark's blank half outside it, and the
/// development lists print no other number in `〔〕` (six `〔2〕` on the
/// corpus scan, all misread).
///
/// Lists print the year in lenticular brackets too, `石人社字【2016】94号`,
/// set full-width alike, and Tesseract reads them as `[` as well: a bracket
/// drawn solid and as wide as a lens (`BracketBow.isSolid`) was printed
/// `【` … `】`, a thin one `〔` … `〕`.
///
/// A year's brackets read in two shapes (`[2016】`, `【2010]`, `（2019】`,
/// `〔2018）`) are a misread pair: no list prints them so (none in 2,584
/// bracketed years of the development lists' gold). Where the ink does
/// not settle them, they are made `〔` … `〕`, the form the national
/// standard for official documents (GB/T 9704) sets a document number's
/// year in, and what was printed for 38 of the 40 such pairs on 27
/// stand-in scans.
enum HexagonalBrackets {
    /// Paper between a bracket's ink and its neighbour's, in ems, that makes it full-width.
    static let clearance = 0.4
    /// How far to look for the neighbour (ems).
    static let reach = 1.5

    /// `ink` gives the page's print (1 = ink) as the boxes of its pieces within a
    /// region, clipped to it (`Components.boxes(of:within:)`); nil where the ink was not
    /// measured, and nothing changes.
    /// `bow` measures a bracket's piece on the print (`BracketBow.bow`), `fill`
    /// its share of ink (`BracketBow.fill`); nil: not measured.
    static func apply(
        to line: inout RecognizedLine, em: Int, ink: (PixelBox) -> [PixelBox]?, bow: (PixelBox, BracketBow.Side) -> Double? = { _, _ in nil },
        fill: (PixelBox) -> Double? = { _ in nil }
    ) {
        guard em > 0 else { return }
        let band = RecognizedGlyphs.band(of: line)
        let positions = line.words.indices.flatMap { word in line.words[word].symbols.indices.map { (word, $0) } }
        let texts = positions.map { line.words[$0.0].symbols[$0.1].text }
        var index = 0
        while index < texts.count {
            guard openers.contains(texts[index]),
                  let close = texts[(index + 1)...].prefix(12).firstIndex(where: { closers.contains($0) || openers.contains($0) }),
                  closers.contains(texts[close]) else {
                index += 1
                continue
            }
            // Lenses read as lenses stay: Tesseract reads `【` … `】` alike or not at all.
            if texts[index] == "【", texts[close] == "】" {
                index = close + 1
                continue
            }
            let opening = line.words[positions[index].0].symbols[positions[index].1]
            let closing = line.words[positions[close].0].symbols[positions[close].1]
            let inside = texts[(index + 1)..<close]
            // A year: a clause's number, `；(2)`, stands clear of the mark before it too.
            let square = texts[index] == "[" && texts[close] == "]" && inside.count == 4
            let numbered = inside.count == 4 && inside.allSatisfy { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
            // A parenthesis read must be a straight stroke on the print, round a number.
            let shaped = square || numbered
                && (straight.contains(texts[index]) || isStraight(opening.box, side: .left, band: band, em: em, ink: ink, bow: bow))
                && (straight.contains(texts[close]) || isStraight(closing.box, side: .right, band: band, em: em, ink: ink, bow: bow))
            if shaped, isFullWidth(opening.box, side: .left, band: band, em: em, ink: ink) || isFullWidth(closing.box, side: .right, band: band, em: em, ink: ink) {
                // Drawn solid, the full-width brackets are lenticular: both of them.
                let solid = [opening.box, closing.box].allSatisfy { box in
                    lens(box, band: band, em: em, ink: ink).flatMap { piece in fill(piece).map { BracketBow.isSolid($0, width: piece.width, em: em) } } ?? false
                }
                line.words[positions[index].0].symbols[positions[index].1].text = solid ? "【" : "〔"
                line.words[positions[close].0].symbols[positions[close].1].text = solid ? "】" : "〕"
            } else if numbered, shape(of: texts[index]) != shape(of: texts[close]) {
                line.words[positions[index].0].symbols[positions[index].1].text = "〔"
                line.words[positions[close].0].symbols[positions[close].1].text = "〕"
            }
            index = close + 1
        }
    }

    typealias Side = BracketBow.Side

    private static let openers: Set<String> = ["[", "〔", "(", "（", "【"]
    private static let closers: Set<String> = ["]", "〕", ")", "）", "】"]
    /// Read as straight strokes: no shape to measure.
    private static let straight: Set<String> = ["[", "〔", "]", "〕", "【", "】"]

    /// The shape a bracket is read in, the same for both of a pair.
    private enum Shape {
        case square, hexagonal, round, lenticular
    }

    private static func shape(of bracket: String) -> Shape {
        switch bracket {
        case "[", "]": .square
        case "〔", "〕": .hexagonal
        case "【", "】": .lenticular
        default: .round
        }
    }

    /// The bracket read in `box` (`shaped`: tall and narrow enough; by
    /// default three fifths of the line or taller, and narrower than two
    /// fifths of an em): a piece of ink so shaped standing in the box's own
    /// columns; else the narrow pieces there together, a thin stroke the
    /// scan broke apart (at 200 dpi `〔` binarizes as a stem and a hook, 19
    /// and 5 pixels tall on a line of 32); else the piece so shaped nearest
    /// the box (Tesseract's box may stray from the ink).
    private static func piece(
        _ box: PixelBox, band: (top: Int, bottom: Int, height: Int), em: Int, ink: (PixelBox) -> [PixelBox]?,
        shaped: ((PixelBox) -> Bool)? = nil
    ) -> PixelBox? {
        let around = PixelBox(left: box.left - em / 3, top: band.top, right: box.right + em / 3, bottom: band.bottom)
        guard let pieces = ink(around) else { return nil }
        let isShaped = shaped ?? { 10 * $0.height >= 6 * band.height && 10 * $0.width <= 4 * em }
        let centre = box.left + box.right
        let nearest = { (candidates: [PixelBox]) in candidates.min { abs($0.left + $0.right - centre) < abs($1.left + $1.right - centre) } }
        let inColumns = pieces.filter { $0.left < box.right && $0.right > box.left }
        if let whole = nearest(inColumns.filter(isShaped)) { return whole }
        let stroke = inColumns.filter { 10 * $0.width <= 4 * em }.union
        if let stroke, isShaped(stroke) { return stroke }
        return nearest(pieces.filter(isShaped))
    }

    /// The bracket read in `box` as `piece`, but only a piece as tall as a
    /// bracket stands (three quarters of the line or more; a digit beside it
    /// stands two thirds to four fifths) and no wider than 0.45 of its
    /// height (`【` 11 by 27 pixels; a digit `6` beside it 11 by 23).
    private static func lens(_ box: PixelBox, band: (top: Int, bottom: Int, height: Int), em: Int, ink: (PixelBox) -> [PixelBox]?) -> PixelBox? {
        piece(box, band: band, em: em, ink: ink) { 4 * $0.height >= 3 * band.height && 20 * $0.width <= 9 * $0.height }
    }

    /// Whether the bracket read in `box` is a straight stroke on its outer `side`.
    private static func isStraight(
        _ box: PixelBox, side: Side, band: (top: Int, bottom: Int, height: Int), em: Int, ink: (PixelBox) -> [PixelBox]?,
        bow: (PixelBox, Side) -> Double?
    ) -> Bool {
        guard let bracket = piece(box, band: band, em: em, ink: ink), let bowed = bow(bracket, side) else { return false }
        return BracketBow.isStraight(bowed, height: bracket.height)
    }

    /// Whether the bracket read in `box` stands `clearance` ems or more clear
    /// of its neighbour's ink on its outer `side`.
    static func isFullWidth(_ box: PixelBox, side: Side, band: (top: Int, bottom: Int, height: Int), em: Int, ink: (PixelBox) -> [PixelBox]?) -> Bool {
        guard let bracket = piece(box, band: band, em: em, ink: ink) else { return false }
        let far = Int(reach * Double(em)), clear = clearance * Double(em)
        switch side {
        case .left:
            let beyond = PixelBox(left: bracket.left - far, top: band.top, right: bracket.left, bottom: band.bottom)
            guard let nearest = ink(beyond)?.map(\.right).max() else { return false }
            return Double(bracket.left - nearest) >= clear
        case .right:
            let beyond = PixelBox(left: bracket.right, top: band.top, right: bracket.right + far, bottom: band.bottom)
            guard let nearest = ink(beyond)?.map(\.left).min() else { return false }
            return Double(nearest - bracket.right) >= clear
        }
    }
}
