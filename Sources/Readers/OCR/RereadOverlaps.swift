/// Tesseract now and then finds two lines in one where a cell's line is
/// broken by a speck or a faint stroke, and reads the stretch where they
/// overlap twice: `五、行政给付（1项）` came out as the line `五、行政给`
/// and, over the same band, the line `行政给付（1项）` starting at 行, so the
/// summary's group became `行政给行政给付`. Of two lines of a cell on one
/// band whose boxes overlap, the first loses its last symbols when they
/// stand over the second and read as its start (two symbols or more): the
/// same print read twice. Lines that only touch, or read differently where
/// they overlap, stay as read.
///
/// A long stretch read twice may read a character or two differently each
/// time: a large title at 300 dpi came out as `邢台市隆鞠县市场监` and, from
/// its second character on, `全市隆芜县市场监督管理局…`, which joined as
/// `…市场监全市隆芜县…`. Where four symbols or more of the first stand over
/// the second and at least half of them read as the second's start, place
/// by place, the stretch is read twice too: each place keeps the surer of
/// its two readings, in the second line, and the first loses the stretch.
enum RereadOverlaps {
    /// The least stretch that may read differently in places.
    static let leastMixed = 4

    static func apply(to lines: inout [RecognizedLine]) {
        for index in lines.indices.dropFirst() {
            var twice = repeated(lines[index - 1], lines[index])
            if twice == nil, let mixed = mostlyRepeated(lines[index - 1], lines[index]) {
                let first = lines[index - 1].words.flatMap(\.symbols).suffix(mixed)
                let again = lines[index].words.flatMap(\.symbols).prefix(mixed)
                var texts = [lines[index]].symbolTexts
                for (place, (read, reread)) in zip(first, again).enumerated() where read.confidence > reread.confidence {
                    texts[place] = read.text
                }
                var second = [lines[index]]
                second.setSymbolTexts(texts)
                lines[index] = second[0]
                twice = mixed
            }
            guard let twice else { continue }
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
        let height = min(first.box.height, second.box.height)
        guard overlaps(first, second) else { return nil }
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

    /// The lines read outside the table, each a block of its own but where
    /// the next stands on the same band and overlaps it (the large title
    /// read as two lines over each other): one block, so that its overlap
    /// is mended like a cell's.
    static func blocks(of lines: [RecognizedLine]) -> [[RecognizedLine]] {
        var blocks: [[RecognizedLine]] = []
        for line in lines {
            if let last = blocks.last?.last, overlaps(last, line) {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        return blocks
    }

    /// `second` stands on `first`'s band, starting inside it.
    private static func overlaps(_ first: RecognizedLine, _ second: RecognizedLine) -> Bool {
        let overlap = min(first.box.bottom, second.box.bottom) - max(first.box.top, second.box.top)
        return 2 * overlap > min(first.box.height, second.box.height) && first.box.left < second.box.left && first.box.right > second.box.left
    }

    /// How many of `first`'s last symbols (`leastMixed` or more) stand over
    /// `second`, on its band, and read at least half alike, place by place,
    /// as its start, without reading all alike; nil otherwise.
    static func mostlyRepeated(_ first: RecognizedLine, _ second: RecognizedLine) -> Int? {
        let height = min(first.box.height, second.box.height)
        guard overlaps(first, second) else { return nil }
        let read = first.words.flatMap(\.symbols), again = second.words.flatMap(\.symbols)
        let over = read.reversed().prefix { $0.box.left + $0.box.right >= 2 * second.box.left - height }.count
        guard over >= leastMixed, again.count >= over else { return nil }
        let alike = zip(read.suffix(over), again.prefix(over)).count { $0.text == $1.text }
        return 2 * alike >= over && alike < over ? over : nil
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample(lines: [
            [("五", 148, 203), ("、", 235, 248), ("行", 252, 273), ("政", 293, 333), ("给", 342, 357)],
            [("行", 239, 275), ("政", 279, 338), ("给", 343, 380), ("付", 388, 407), ("（", 436, 449), ("1", 455, 470), ("项", 499, 523), ("）", 528, 540)],
        ], "五、行政给付（1项）"),
        // A long stretch read twice, alike in most places: the surer reading of each place.
        CorrectionExample(sureLines: [
            [("邢", 0, 10, 96), ("台", 12, 22, 95), ("市", 24, 34, 96), ("隆", 36, 46, 95), ("鞠", 48, 58, 80), ("县", 60, 70, 96), ("市", 72, 82, 96)],
            [("全", 13, 23, 70), ("市", 25, 35, 96), ("隆", 37, 47, 95), ("芜", 49, 59, 85), ("县", 61, 71, 96), ("市", 73, 83, 96), ("场", 85, 95, 96)],
        ], "邢台市隆芜县市场"),
        // Alike in fewer than half the places, or fewer than four over the second: both stay.
        CorrectionExample(sureLines: [
            [("邢", 0, 10, 96), ("台", 12, 22, 95), ("市", 24, 34, 96), ("隆", 36, 46, 95), ("鞠", 48, 58, 80)],
            [("全", 13, 23, 70), ("甲", 25, 35, 96), ("乙", 37, 47, 95), ("芜", 49, 59, 85), ("县", 61, 71, 96)],
        ], "邢台市隆鞠全甲乙芜县"),
        CorrectionExample(sureLines: [
            [("邢", 0, 10, 96), ("台", 12, 22, 95), ("市", 24, 34, 96), ("隆", 36, 46, 95)],
            [("全", 25, 35, 70), ("市", 37, 47, 96), ("县", 49, 59, 96)],
        ], "邢台市隆全市县"),
        // Read differently where they overlap: both stay.
        CorrectionExample(lines: [
            [("五", 148, 203), ("、", 235, 248), ("行", 252, 273)],
            [("政", 260, 290), ("给", 300, 330)],
        ], "五、行政给"),
    ]
}
