/// Tesseract reads a cell's lines together, and now and then reads one of
/// them worse than it reads that line alone: in a Song face scanned at
/// 200 dpi, the name `对占用耕地` / `建窑、建坟…`, its first line flush under
/// the row's rule, came out `对口内生地` (93 % sure) among lines read 98 %
/// sure and more, the summary's copy alike; read alone, cut from the page
/// with paper round it, the line reads `对占用耕地`. Each character of the
/// misreading makes a word with a neighbour (`对口`, `内生`, `生地`), so
/// `WordlessRereading` does not see it. A line read less sure than
/// `doubtful` is read again alone, and the reading kept where it holds as
/// many Chinese characters, read surer by `surer` points or more.
enum DoubtfulLines {
    /// A line read less sure than this (its symbols' mean, percent): lines
    /// read right stand at 97–99 %.
    static let doubtful: Float = 95
    /// How much surer the reading alone must be.
    static let surer: Float = 2

    /// The indices of the lines of `lines` to read again: doubtful lines of
    /// two Chinese characters or more (a mark or a letter alone is
    /// `CharacterlessLines`'s).
    static func suspects(in lines: [RecognizedLine]) -> [Int] {
        lines.indices.filter { lines[$0].characterCount >= 2 && PageReading.meanSure([lines[$0]]) < doubtful }
    }

    /// The line read alone (`read`), each character it reads as `original`
    /// did (the same at the same place among the line's Chinese characters)
    /// as unsure as it was there: the cell read `3、小用职权` (小 unsure),
    /// read alone the same, surer; kept so sure, the document's
    /// `滥用职权` (`RecognitionConsensus`) no longer mended it.
    static func merged(_ read: RecognizedLine, over original: RecognizedLine) -> RecognizedLine {
        let before = original.words.flatMap(\.symbols).filter { $0.ideograph != nil }
        var merged = read
        var position = 0
        for word in merged.words.indices {
            for symbol in merged.words[word].symbols.indices where merged.words[word].symbols[symbol].ideograph != nil {
                defer { position += 1 }
                guard position < before.count, before[position].text == merged.words[word].symbols[symbol].text else { continue }
                merged.words[word].symbols[symbol].confidence = min(merged.words[word].symbols[symbol].confidence, before[position].confidence)
            }
        }
        return merged
    }

    /// Whether the line read alone (`read`) replaces `original`.
    static func keeps(_ read: [RecognizedLine], over original: RecognizedLine) -> Bool {
        guard read.count == 1 else { return false }
        return read.characterCount == original.characterCount && PageReading.meanSure(read) >= PageReading.meanSure([original]) + surer
    }
}
