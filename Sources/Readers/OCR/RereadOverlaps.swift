/// Tesseract now and then finds two lines in one where a cell's line is
/// broken by a speck or a faint stroke, and reads the stretch where they
/// overlap twice: `五、行政给付（1项）` came out as the line `五、行政给`
/// and, over the same band, the line `行政给付（1项）` starting at 行, so the
/// summary's group became `行政给行政给付`. Of two lines of a cell on one
/// band whose boxes overlap, the first loses its last symbols when they
/// stand over the second and read as its start (two symbols or more): the
/// same print read twice. Lines that only touch, or read differently where
/// they overlap, stay as read.
enum RereadOverlaps {
    static func apply(to lines: inout [RecognizedLine]) {
        for index in lines.indices.dropFirst() {
            guard let twice = repeated(lines[index - 1], lines[index]) else { continue }
            // The copy may span words: drop it from the last word back.
            var dropping = twice
            for word in lines[index - 1].words.indices.reversed() where dropping > 0 {
                let count = min(dropping, lines[index - 1].words[word].symbols.count)
                lines[index - 1].words[word].symbols.removeLast(count)
                dropping -= count
            }
            lines[index - 1].words.removeAll { $0.symbols.isEmpty }
        }
        lines.removeAll { $0.words.isEmpty }
    }

    /// How many of `first`'s last symbols `second`, on its band and starting
    /// over it, reads again as its start (two or more); nil when none.
    static func repeated(_ first: RecognizedLine, _ second: RecognizedLine) -> Int? {
        let overlap = min(first.box.bottom, second.box.bottom) - max(first.box.top, second.box.top)
        let height = min(first.box.height, second.box.height)
        guard 2 * overlap > height, first.box.left < second.box.left, first.box.right > second.box.left else { return nil }
        // The longest end of the first line that is the second's start, two symbols
        // or more, standing over the second (Tesseract's boxes stray by half an em).
        let read = first.words.flatMap(\.symbols), again = second.words.flatMap(\.symbols).map(\.text)
        let longest = min(read.count, again.count)
        guard longest >= 2 else { return nil }
        return (2...longest).reversed().first { count in
            read.suffix(count).map(\.text) == Array(again.prefix(count))
                && read.suffix(count).allSatisfy { $0.box.left + $0.box.right >= 2 * second.box.left - height }
        }
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample(lines: [
            [("五", 148, 203), ("、", 235, 248), ("行", 252, 273), ("政", 293, 333), ("给", 342, 357)],
            [("行", 239, 275), ("政", 279, 338), ("给", 343, 380), ("付", 388, 407), ("（", 436, 449), ("1", 455, 470), ("项", 499, 523), ("）", 528, 540)],
        ], "五、行政给付（1项）"),
        // Read differently where they overlap: both stay.
        CorrectionExample(lines: [
            [("五", 148, 203), ("、", 235, 248), ("行", 252, 273)],
            [("政", 260, 290), ("给", 300, 330)],
        ], "五、行政给"),
    ]
}
