import PowerListModel

/// Turns what Tesseract read into the glyphs a text PDF gives, which the
/// geometric table reader is made for: one per Unicode scalar, boxed in
/// points the way a PDF boxes them. A PDF's box is the glyph's advance (a
/// line of Chinese is boxes side by side, with no gap) and its font's
/// height, the same for every glyph of a line; Tesseract boxes each
/// symbol's ink, as tall as the character happens to be (`一` a sliver, `，`
/// a dot) and, for Chinese, sometimes wider than the ink. So each symbol
/// keeps its ink's left edge and reaches to the next symbol (a gap narrower
/// than a space is closed, an overlap cut), and takes its line's height.
///
/// A gap a vertical rule of the table runs through is never closed: the
/// symbols either side stand in two cells (a spreadsheet print's cells are
/// padded by a point or two, less than a space, and a header row read as
/// one line, `序号 权力类型 权力事项`, ran its titles together).
///
/// Tesseract's order is the line's reading order, but its boxes may not
/// follow it: a character boxed too wide starts left of the mark before it
/// (`零` at 439 after `、` at 444, in `机构、零售`), and the table reader,
/// which orders a line's glyphs by their left edges, read `机构零、售` (and
/// `第295号` for `第259号`). So a symbol boxed with its middle after the
/// middle of the one before it, and its left edge less than half an em
/// before that one's, starts just after it. A box reaching further back
/// is no slip of the edge: there the left edges are right and Tesseract's
/// order is not (`台` boxed 4.5 em wide from 1.3 em before `市`: `邢市台`
/// for `邢台市`). Latin letters and marks are left to their left edges too:
/// they come of specks and of the English model's second reading, whose
/// order is not the print's (`报告AY;的` for `报告AY的；`).
struct RecognizedGlyphs {
    /// A symbol of Latin letters or ASCII marks (digits are not).
    static func isLatin(_ symbol: RecognizedSymbol) -> Bool {
        symbol.text.unicodeScalars.contains { $0.isASCII && !("0"..."9").contains($0) }
    }

    /// Points per pixel of the recognized image.
    var scale: Double
    /// The table's vertical rules, in pixels of the recognized image.
    var verticalRules: [PixelBox] = []

    /// A font's box is this many times the height of its ideographs' ink
    /// (Song and Hei faces: ink 0.93 em, box 1.3 em, as `GlyphBoxHeights` cuts PDF boxes).
    static let boxPerInk = 1.4

    func glyphs(of lines: [RecognizedLine]) -> [Glyph] {
        var glyphs: [Glyph] = []
        let extents = Self.extents(of: lines)
        for (line, extent) in zip(lines, extents) {
            let band = Self.band(of: line)
            let y0 = extent.top * scale, y1 = extent.bottom * scale
            // Each symbol, and whether a new word starts with it.
            let symbols = line.words.flatMap { word in word.symbols.enumerated().map { ($1, $0 == 0) } }
            var previous: (left: Int, middle: Int, isLatin: Bool)?
            for (index, (symbol, _)) in symbols.enumerated() {
                let middle = (symbol.box.left + symbol.box.right) / 2, isLatin = Self.isLatin(symbol)
                var left = symbol.box.left
                if let previous, !previous.isLatin, !isLatin, middle > previous.middle, previous.left - left < band.height / 2 {
                    left = max(left, previous.left + 1)
                }
                previous = (left, middle, isLatin)
                var right = max(symbol.box.right, left + 1)
                if index + 1 < symbols.count {
                    let (next, startsWord) = symbols[index + 1]
                    if let space = ruledGap(after: symbol, before: next, band: band) ?? (startsWord ? WordSpacing.space(after: symbol, before: next, em: band.height) : nil) {
                        glyphs.append(contentsOf: glyphsOf(symbol, left: left, right: right, y0: y0, y1: y1))
                        glyphs.append(Glyph(scalar: " ", x0: Double(max(space.left, left)) * scale, y0: y0, x1: Double(max(space.right, left)) * scale, y1: y1))
                        continue
                    }
                    if next.box.left < right || next.box.left - right < band.height { right = max(left + 1, next.box.left) }
                }
                glyphs.append(contentsOf: glyphsOf(symbol, left: left, right: right, y0: y0, y1: y1))
            }
        }
        return glyphs
    }

    /// The rows (pixels) each line's glyphs stand in: `boxPerInk` times its
    /// band, about its middle; where two lines one after the other stand
    /// over each other (across) and apart down the page by half the taller band or
    /// more, each ends halfway between their middles. A Song face set close
    /// (35-pixel characters on a 39-pixel pitch) has Tesseract box a line
    /// over the next line's top rows, `4.检查过程中…` boxed from 1179 for
    /// its print at 1195: its glyphs stood over most of `3.检查中发现…`
    /// above, and the table reader read the two lines as one, interleaved
    /// (`43..检检查查过中发`). Lines on one band (a line Tesseract read in
    /// two pieces) stay as they are, to be read as one.
    static func extents(of lines: [RecognizedLine]) -> [(top: Double, bottom: Double)] {
        let bands = lines.map(band(of:))
        let middles = bands.map { Double($0.top + $0.bottom) / 2 }
        var extents = zip(bands, middles).map { band, middle in
            (top: middle - boxPerInk * Double(band.height) / 2, bottom: middle + boxPerInk * Double(band.height) / 2)
        }
        for index in lines.indices.dropFirst() {
            let (a, b) = (lines[index - 1].box, lines[index].box)
            guard min(a.right, b.right) > max(a.left, b.left) else { continue }
            let (upper, lower) = middles[index - 1] <= middles[index] ? (index - 1, index) : (index, index - 1)
            let apart = middles[lower] - middles[upper]
            guard apart >= Double(max(bands[upper].height, bands[lower].height)) / 2 else { continue }
            let cut = (middles[upper] + middles[lower]) / 2
            extents[upper].bottom = min(extents[upper].bottom, cut)
            extents[lower].top = max(extents[lower].top, cut)
        }
        return extents
    }

    /// The blank between `left` and `right` when a vertical rule crossing
    /// the line's band stands in it (clear of both symbols' boxes but for
    /// `RulingLines.halo`), else nil. A rule found through a symbol's box
    /// is no cell's edge there: the line runs on (`工作人员`).
    private func ruledGap(after left: RecognizedSymbol, before right: RecognizedSymbol, band: (top: Int, bottom: Int, height: Int)) -> (left: Int, right: Int)? {
        let ruled = verticalRules.contains { rule in
            rule.left >= left.box.right - RulingLines.halo && rule.right <= right.box.left + RulingLines.halo
                && rule.top < band.bottom && rule.bottom > band.top
        }
        return ruled ? (left.box.right, max(left.box.right, right.box.left)) : nil
    }

    /// The symbol's scalars between `left` and `right` (pixels); a symbol of
    /// several scalars (rare: a ligature) shares its box out evenly.
    private func glyphsOf(_ symbol: RecognizedSymbol, left: Int, right: Int, y0: Double, y1: Double) -> [Glyph] {
        let scalars = Array(symbol.text.unicodeScalars)
        let step = Double(right - left) / Double(max(1, scalars.count))
        let confidence = UInt8(min(100, max(0, symbol.confidence.rounded())))
        return scalars.enumerated().map { index, scalar in
            Glyph(
                scalar: scalar, x0: (Double(left) + Double(index) * step) * scale, y0: y0,
                x1: (Double(left) + Double(index + 1) * step) * scale, y1: y1, confidence: confidence
            )
        }
    }

    /// The height a line's characters share, in pixels: its line's box
    /// (the ink of its characters), or its ideographs' usual height when
    /// that is smaller (a speck beside the line inflated its box). Not the
    /// symbols' boxes alone: Tesseract pads those of some Chinese symbols.
    static func band(of line: RecognizedLine) -> (top: Int, bottom: Int, height: Int) {
        let heights = line.words.flatMap(\.symbols).filter { $0.text.unicodeScalars.first?.properties.isIdeographic ?? false }.map(\.box.height).sorted()
        let height = max(1, min(line.box.height, heights.isEmpty ? .max : heights[heights.count / 2]))
        let middle = (line.box.top + line.box.bottom) / 2
        return (middle - height / 2, middle - height / 2 + height, height)
    }
}
