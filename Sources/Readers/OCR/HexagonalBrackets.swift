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
enum HexagonalBrackets {
    /// Paper between a bracket's ink and its neighbour's, in ems, that makes it full-width.
    static let clearance = 0.4
    /// How far to look for the neighbour (ems).
    static let reach = 1.5

    /// `ink` gives the page's print (1 = ink) as the boxes of its pieces within a
    /// region, clipped to it (`Components.boxes(of:within:)`); nil where the ink was not
    /// measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, ink: (PixelBox) -> [PixelBox]?) {
        guard em > 0 else { return }
        let band = RecognizedGlyphs.band(of: line)
        let positions = line.words.indices.flatMap { word in line.words[word].symbols.indices.map { (word, $0) } }
        let texts = positions.map { line.words[$0.0].symbols[$0.1].text }
        var index = 0
        while index < texts.count {
            guard texts[index] == "[", let close = texts[(index + 1)...].prefix(12).firstIndex(where: { $0 == "]" || $0 == "[" }), texts[close] == "]" else {
                index += 1
                continue
            }
            let opening = line.words[positions[index].0].symbols[positions[index].1]
            let closing = line.words[positions[close].0].symbols[positions[close].1]
            if isFullWidth(opening.box, side: .left, band: band, em: em, ink: ink) || isFullWidth(closing.box, side: .right, band: band, em: em, ink: ink) {
                line.words[positions[index].0].symbols[positions[index].1].text = "〔"
                line.words[positions[close].0].symbols[positions[close].1].text = "〕"
            }
            index = close + 1
        }
    }

    enum Side { case left, right }

    /// Whether the bracket read in `box` stands `clearance` ems or more clear
    /// of its neighbour's ink on its outer `side`.
    static func isFullWidth(_ box: PixelBox, side: Side, band: (top: Int, bottom: Int, height: Int), em: Int, ink: (PixelBox) -> [PixelBox]?) -> Bool {
        // The bracket's own ink: the tall, narrow piece nearest the symbol's box.
        let around = PixelBox(left: box.left - em / 3, top: band.top, right: box.right + em / 3, bottom: band.bottom)
        let centre = box.left + box.right
        guard let pieces = ink(around),
              let bracket = pieces.filter({ 10 * $0.height >= 6 * band.height && 10 * $0.width <= 4 * em })
                  .min(by: { abs($0.left + $0.right - centre) < abs($1.left + $1.right - centre) }) else { return false }
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
