import CTesseract

/// A character or two alone on a cell's last line, read with no neighbours,
/// defeat Tesseract's line model however they are cut: `罚` (the end of
/// `…盐渍化的处` / `罚`) came out `“Ty-`, then `直入` or `oD` on white paper;
/// `为。` (the end of `…规定的行` / `为。`) came out `og`, `Mog.`, `Fe` or
/// `刀。`. Drawn after the line before it, where the text runs on, the same
/// print reads right (`…规定的行为。`): the model reads a character by its
/// neighbours. So a line that `CharacterlessLines` could not read on its own
/// is read joined to the end of the line above, and the symbols read in
/// its part of the joined image are its reading.
enum JoinedLines {
    /// Blank between the two lines' print, in ems: the space of two
    /// characters set solid.
    static let gap = 0.2
    /// Paper above and below the print, in ems.
    static let margin = 0.2

    /// `before` and `line` (each its print alone, cut from the page) drawn
    /// side by side on white paper, `line` `gap` ems after `before`, their
    /// tops level; with where the two meet across (`split`) and where `line`
    /// was drawn; nil on failure.
    static func joined(_ before: PagePart, _ line: PagePart, em: Int) -> (image: PagePart, split: Int, x: Int, y: Int)? {
        let space = max(1, Int(gap * Double(em))), paper = max(1, Int(margin * Double(em)))
        let width = paper + before.image.width + space + line.image.width + paper
        let height = paper + max(before.image.height, line.image.height) + paper
        guard let canvas = PageImage.adopting(pixCreate(Int32(width), Int32(height), 8)) else { return nil }
        pixSetAll(canvas.pix)
        let second = paper + before.image.width + space
        for (part, x) in [(before, paper), (line, second)] {
            let source = part.image
            guard pixGetDepth(source.pix) == 8 else { return nil }
            pixRasterop(canvas.pix, Int32(x), Int32(paper), Int32(source.width), Int32(source.height), PIX_SRC, source.pix, 0, 0)
        }
        return (PagePart(image: canvas, origin: (0, 0)), second - space / 2, second, paper)
    }

    /// The symbols of `read` (the lines read in a joined image) that start
    /// after `split` (the line model boxes a character to the next one's
    /// start: `行` 672–726, its print ending at 690, `为` from 715), moved onto the page where `line`'s print was cut from
    /// (`line`, drawn at `x`, `y` in the joined image), as one line; nil
    /// where they hold no Chinese character.
    static func second(of read: [RecognizedLine], split: Int, line: PagePart, x: Int, y: Int) -> RecognizedLine? {
        let moved = read.flatMap(\.words).compactMap { word -> RecognizedWord? in
            let symbols = word.symbols.filter { $0.box.left >= split }.map { symbol in
                var symbol = symbol
                symbol.box = PixelBox(
                    left: symbol.box.left - x + line.origin.x, top: symbol.box.top - y + line.origin.y,
                    right: symbol.box.right - x + line.origin.x, bottom: symbol.box.bottom - y + line.origin.y
                )
                return symbol
            }
            guard !symbols.isEmpty else { return nil }
            var kept = word
            kept.symbols = symbols
            return kept
        }
        guard moved.contains(where: { $0.symbols.contains { $0.ideograph != nil } }),
              let box = moved.flatMap(\.symbols).map(\.box).union else { return nil }
        return RecognizedLine(box: box, words: moved)
    }
}
