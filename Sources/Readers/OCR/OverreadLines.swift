/// Tesseract now and then gives a cell's line a box that reaches up over
/// the line above, and reads in it the line above again rather than its own
/// print. In a name set in AR PL UMing without cell padding (300 dpi),
/// `对测绘成果` / `质量的监督` / `检查` came out with a third line `导重的昌旧`
/// whose characters stand centred on the second line's band (1810–1862
/// against its 1822–1862) while its box reaches down over `检查` (to 1902).
/// Kept, the copy joined the line above, character by character
/// (`质导量重的的监监督`), and `检查` was lost unseen, its ink inside a box
/// read. A line whose characters nearly all stand centred in the band of
/// the line before it, over that line's width, while its box reaches well
/// below it, is that line read twice: it is dropped, and its own print,
/// left unread, is read on its own (`UnreadInk`).
enum OverreadLines {
    /// The share of a line's symbols centred in the band above that makes it a copy.
    static let copiedShare = 0.8

    static func apply(to lines: inout [RecognizedLine]) {
        var kept: [RecognizedLine] = []
        for line in lines {
            if let previous = kept.last, isOverread(line, below: previous) { continue }
            kept.append(line)
        }
        lines = kept
    }

    /// `line` reads `previous` again: two symbols or more, nearly all
    /// centred within `previous`'s band and its width, and its box reaching
    /// below `previous` by half that line's height or more.
    static func isOverread(_ line: RecognizedLine, below previous: RecognizedLine) -> Bool {
        let symbols = line.words.flatMap(\.symbols)
        let band = previous.box
        guard symbols.count >= 2, line.box.bottom - band.bottom >= band.height / 2 else { return false }
        let copied = symbols.count { symbol in
            let middle = (symbol.box.top + symbol.box.bottom) / 2, centre = (symbol.box.left + symbol.box.right) / 2
            return (band.top...band.bottom).contains(middle) && (band.left...band.right).contains(centre)
        }
        return Double(copied) >= copiedShare * Double(symbols.count)
    }
}
