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
///
/// A line read sure on the whole may hold one character Tesseract doubted:
/// `对采取谍报、隐瞒、` (97 % on the whole, `谍` 85 %), `虚` with a speck
/// beside it read as one wide character; read alone, `对采取虚报、隐瞒、`.
/// `谍报` and `虚报` are both words, and the name is printed once, so
/// nothing later can tell them apart. A line holding a character read less
/// sure than `doubtfulCharacter` is read again too, and the reading alone
/// kept where it is no less sure on the whole, its least sure character
/// is `surerCharacter` points surer than the line's was, and it reads
/// otherwise only characters the cell doubted (`changesDoubtedOnly`).
///
/// The Chinese model itself reads a character as a Latin letter now and
/// then, among characters it read right, and sure of it: lb's
/// `记、注销登` as `Cy注销登` (`C` 90 % for `记`, `y` 94 % for `、`), the
/// line read alone `记、注销登`. `LatinRereading` reads again only what the
/// English model read. A line of Chinese characters holding letters is
/// read again alone, and the reading kept where it holds fewer letters,
/// more Chinese characters (no more than the letters it lost), and is no
/// less sure: a line that prints letters (`App`) reads them alone too.
enum DoubtfulLines {
    /// A line read less sure than this (its symbols' mean, percent): lines
    /// read right stand at 97–99 %.
    static let doubtful: Float = 95
    /// How much surer the reading alone must be.
    static let surer: Float = 2
    /// A Chinese character read less sure than this makes its line doubtful:
    /// characters read right stand at 95–99 %, a few at 88.
    static let doubtfulCharacter: Float = 90
    /// How much surer the least sure character read alone must be.
    static let surerCharacter: Float = 5

    /// The indices of the lines of `lines` to read again: doubtful lines of
    /// two Chinese characters or more (a mark or a letter alone is
    /// `CharacterlessLines`'s).
    static func suspects(in lines: [RecognizedLine]) -> [Int] {
        lines.indices.filter {
            lines[$0].characterCount >= 2
                && (PageReading.meanSure([lines[$0]]) < doubtful || leastSureCharacter(lines[$0]) < doubtfulCharacter || letterCount(lines[$0]) > 0)
        }
    }

    /// The symbols of the line holding a Latin letter.
    static func letterCount(_ line: RecognizedLine) -> Int {
        line.words.flatMap(\.symbols).count { $0.text.unicodeScalars.contains(where: LatinRereading.isLetter) }
    }

    /// Whether `read` reads otherwise only Chinese characters `original`
    /// doubted (below `doubtfulCharacter`), place by place: a line read
    /// again for one doubted character (`听证规定的`, `述` unsure) may read
    /// another alone worse (`滥用职权` as `涅用职权`), though surer on the whole.
    static func changesDoubtedOnly(_ read: RecognizedLine, _ original: RecognizedLine) -> Bool {
        let before = original.characters, after = read.characters
        return before.count == after.count && zip(before, after).allSatisfy { $0.text == $1.text || $0.confidence < doubtfulCharacter }
    }

    /// The confidence of the line's least sure Chinese character (100 for none).
    static func leastSureCharacter(_ line: RecognizedLine) -> Float {
        line.characters.map(\.confidence).min() ?? 100
    }

    /// The line read alone (`read`), each character as unsure as `original`
    /// read the character at the same place among the line's Chinese
    /// characters, where it holds as many: the cell read `3、小用职权` (小
    /// unsure), read alone the same, surer; kept so sure, the document's
    /// `滥用职权` (`RecognitionConsensus`) no longer mended it. A character
    /// read otherwise alone is no surer either: `港首台` (首 unsure) read
    /// alone `港首台`, or `涅用职权` for `滥用职权`, is still the
    /// consensus's to mend. Where the reading alone holds more characters
    /// (letters read as characters), only those read alike keep the doubt.
    static func merged(_ read: RecognizedLine, over original: RecognizedLine) -> RecognizedLine {
        let before = original.characters
        let aligned = read.characterCount == before.count
        var merged = read
        var position = 0
        for word in merged.words.indices {
            for symbol in merged.words[word].symbols.indices where merged.words[word].symbols[symbol].ideograph != nil {
                defer { position += 1 }
                guard position < before.count, aligned || before[position].text == merged.words[word].symbols[symbol].text else { continue }
                merged.words[word].symbols[symbol].confidence = min(merged.words[word].symbols[symbol].confidence, before[position].confidence)
            }
        }
        return merged
    }

    /// Whether the line read alone (`read`) replaces `original`.
    static func keeps(_ read: [RecognizedLine], over original: RecognizedLine) -> Bool {
        guard read.count == 1 else { return false }
        let before = PageReading.meanSure([original]), after = PageReading.meanSure(read)
        let letters = letterCount(original), gained = read.characterCount - original.characterCount
        if letters > 0, letterCount(read[0]) < letters, (1...letters).contains(gained) { return after >= before }
        guard gained == 0 else { return false }
        return after >= before + surer
            || after >= before && leastSureCharacter(read[0]) >= leastSureCharacter(original) + surerCharacter && changesDoubtedOnly(read[0], original)
    }
}
