/// Tesseract at times leaves a cell line's last mark out of the line: the
/// comma of `有下列情形的，` at the end of a line, printed clear on the
/// scan, was lost in 13 of 17 items of a 300 dpi scan (and read in the
/// other four). Where the page's ink runs on past a line's box by a mark
/// (a piece no larger than half an em, in the line's lower half, within
/// two thirds of an em), the line is read again on its own, its box
/// stretched over the mark; when that reading is the line's text and one
/// mark more, the mark joins the line. Any other reading changes nothing.
enum TrailingMarks {
    /// The region to read again for each line whose ink runs on past its
    /// box by a mark (nil: none), `ink` giving the page's pieces of print
    /// within a region, clipped to it (`Components.boxes(of:within:)`).
    static func regions(of lines: [RecognizedLine], ink: (PixelBox) -> [PixelBox]) -> [PixelBox?] {
        lines.map { line in
            let em = line.box.height
            guard em > 0, let last = line.words.last?.symbols.last, !isMark(last.text) else { return nil }
            let beyond = PixelBox(left: line.box.right, top: line.box.top, right: line.box.right + 2 * em / 3, bottom: line.box.bottom)
            let marks = ink(beyond).filter { piece in
                piece.left > beyond.left && piece.right < beyond.right && 2 * piece.width <= em && 2 * piece.height <= em
                    && 2 * (piece.bottom - line.box.top) >= em
            }
            guard let right = marks.map(\.right).max() else { return nil }
            return PixelBox(left: line.box.left, top: line.box.top - em / 4, right: right + em / 3, bottom: line.box.bottom + em / 4)
        }
    }

    /// `line` with the mark `reread` adds at its end, if `reread` reads as
    /// `line` and one mark more.
    static func merge(_ line: RecognizedLine, reread: [RecognizedLine]) -> RecognizedLine {
        let read = line.words.flatMap(\.symbols).map(\.text), again = reread.flatMap { $0.words.flatMap(\.symbols) }
        guard again.count == read.count + 1, let mark = again.last, isMark(mark.text),
              again.dropLast().map(\.text) == read, !line.words.isEmpty else { return line }
        var merged = line
        merged.words[merged.words.count - 1].symbols.append(mark)
        merged.box.right = max(merged.box.right, mark.box.right)
        return merged
    }

    private static func isMark(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.generalCategory.isPunctuation }
    }
}
