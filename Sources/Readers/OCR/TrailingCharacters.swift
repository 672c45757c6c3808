/// Tesseract at times ends a cell line's box before the line's last
/// characters: the name line `管理的监督` of a 300 dpi scan was read `管理`,
/// its box ending where `的` begins, and the name lost `的监督` with no sign.
/// Where the cell's ink runs on past a line's box, on the line's band, in
/// pieces as tall as characters standing no more than an em apart, and no
/// other line of the cell was read there, the line is read again on its own,
/// its box stretched over that ink; when that reading is the line's text
/// and more after it, the line takes it. Any other reading changes nothing.
enum TrailingCharacters {
    /// The region to read again for each line whose print runs on past its
    /// box (nil: none). `area` is the cell's; `ink` gives the page's pieces of
    /// print within a region, clipped to it (`Components.boxes(of:within:)`).
    static func regions(of lines: [RecognizedLine], within area: PixelBox, ink: (PixelBox) -> [PixelBox]) -> [PixelBox?] {
        lines.indices.map { index in
            let line = lines[index]
            let em = line.box.height
            guard em > 0, area.right - line.box.right > em / 2 else { return nil }
            let beyond = PixelBox(left: line.box.right, top: line.box.top, right: area.right, bottom: line.box.bottom)
            let others = lines.indices.filter { $0 != index }.map { lines[$0].box }
            // Strokes, not specks (a character's strokes may stand apart: `监`'s
            // four pieces are each under half an em tall).
            let pieces = ink(beyond).filter { piece in
                // Tesseract's boxes stray: a piece centred in another line's box is that line's.
                5 * max(piece.width, piece.height) >= em && piece.left >= beyond.left && !others.contains { $0.holdsCentre(of: piece) }
            }.sorted { $0.left < $1.left }
            // The pieces in a run from the box's end, each within an em of the last,
            // together at least half an em wide and tall (characters, not a mark).
            var reach = line.box.right, top = Int.max, bottom = Int.min
            for piece in pieces {
                guard piece.left - reach <= em else { break }
                reach = max(reach, piece.right)
                top = min(top, piece.top)
                bottom = max(bottom, piece.bottom)
            }
            guard 2 * (reach - line.box.right) > em, 2 * (bottom - top) >= em else { return nil }
            return PixelBox(left: line.box.left, top: line.box.top - em / 4, right: min(area.right, reach + em / 3), bottom: line.box.bottom + em / 4)
        }
    }

    /// `line` with the characters `reread` reads after its text, if
    /// `reread` is one line that starts with `line`'s text and has more.
    static func merge(_ line: RecognizedLine, reread: [RecognizedLine]) -> RecognizedLine {
        let read = line.words.flatMap(\.symbols).map(\.text)
        guard reread.count == 1, let again = reread.first else { return line }
        let symbols = again.words.flatMap(\.symbols)
        guard symbols.count > read.count, symbols.prefix(read.count).map(\.text) == read, !line.words.isEmpty else { return line }
        var merged = line
        merged.words[merged.words.count - 1].symbols += symbols.dropFirst(read.count)
        merged.box.right = max(merged.box.right, again.box.right)
        return merged
    }
}
