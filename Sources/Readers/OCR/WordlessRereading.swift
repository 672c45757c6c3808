import PowerListModel

/// Tesseract misreads some characters while fairly sure of them (`隐眶`,
/// 眶 at 83 %; `基金遗受损失`; `工作从员`), and where a list prints a text
/// but once (a name no summary reads again) nothing else in the document
/// mends it. Such a misread makes no word with its neighbours, and the same
/// ink read again, its line alone rather than among the cell's lines, is
/// often read right. So a line holding a stretch of characters read below
/// `unsure` that make no word of the lexicon with either neighbour is read
/// again on its own, and the stretch takes what that reading puts in its
/// place (between the same neighbours) when that is other characters, each
/// making a word with a neighbour, read at `sure` or more; read less surely
/// (70–92 %), the line is read again larger (`enlargements`), and the
/// stretch takes them only if one of those readings agrees. The mended
/// characters keep the first reading's confidence (the document's
/// consensus does not count them as sure), and `ocr-text` counts them.
///
/// - `隐螨、`, read again `隐瞒、` at 93 % or more → `隐瞒、`
/// - `因赴法实施` (赴 89 %), read again `违` at 90 %, at 1.25 times at 94 % → `因违法实施`
/// - `隐眶、` (眶 83 %), read again `隐瞒、` at 81 %, at 1.25 times at 82 % → `隐瞒、`
/// - `隐人诬或` (人, 诬 90 %), read again `隐劾或` → kept (`隐劾`, `劾或` are no words)
/// - `襄都区` (襄 90 %), read again `陪都区` at 88 %, larger as Latin letters → kept
/// - `的处罚` (的 92 %, a word with neither), read again `的处罚` → kept
enum WordlessRereading {
    /// Characters read below this are suspect when they make no word.
    static let unsure: Float = 95
    /// A second reading at least this sure is taken alone.
    static let sure: Float = 93
    /// A second reading less sure than `sure` is taken when a third agrees.
    static let confirmable: Float = 70
    /// How much larger the line is drawn to be read again, size after size,
    /// until a reading agrees with the second.
    static let enlargements = [1.25, 1.5]

    /// Mends the suspect stretches of `lines`; `read` reads the given
    /// regions (page coordinates) of the cell, each as one line, drawn as
    /// many times as large as asked. Returns the number of characters mended.
    static func mend(_ lines: inout [RecognizedLine], lexicon: any Lexicon, read: (_ enlargement: Double, _ regions: [PixelBox]) -> [[RecognizedLine]]) -> Int {
        let suspects = lines.indices.filter { !stretches(in: lines[$0].words.flatMap(\.symbols), lexicon: lexicon).isEmpty }
        guard !suspects.isEmpty else { return 0 }
        let again = read(1, suspects.map { LatinRereading.region(of: lines[$0]) })
        var taken: [Int: [Replacement]] = [:], unconfirmed: [Int: [Replacement]] = [:]
        for (index, reading) in zip(suspects, again) {
            let replacements = self.replacements(in: lines[index], reread: reading, lexicon: lexicon)
            taken[index] = replacements.filter { $0.confidence >= sure }
            let unsure = replacements.filter { $0.confidence < sure }
            if !unsure.isEmpty { unconfirmed[index] = unsure }
        }
        // Each size reads the lines still holding an unconfirmed reading.
        for enlargement in enlargements where !unconfirmed.isEmpty {
            let doubtful = unconfirmed.keys.sorted()
            for (index, reading) in zip(doubtful, read(enlargement, doubtful.map { LatinRereading.region(of: lines[$0]) })) {
                let agreeing = replacements(in: lines[index], reread: reading, lexicon: lexicon)
                let (confirmed, open) = unconfirmed[index, default: []].partitioned(by: { replacement in
                    agreeing.contains { $0.range == replacement.range && $0.text == replacement.text }
                })
                taken[index, default: []] += confirmed
                unconfirmed[index] = open.isEmpty ? nil : open
            }
        }
        var mended = 0
        for (index, replacements) in taken where !replacements.isEmpty {
            lines[index] = replacing(replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }, in: lines[index])
            mended += replacements.reduce(0) { $0 + $1.symbols.count }
        }
        return mended
    }

    /// Characters of a second reading that may stand for a suspect stretch.
    struct Replacement {
        /// The stretch, by position among the line's symbols.
        var range: Range<Int>
        /// The second reading's symbols, with the first reading's confidence.
        var symbols: [RecognizedSymbol]
        /// How sure the second reading was of them (its least sure).
        var confidence: Float
        var text: [String] { symbols.map(\.text) }
    }

    /// For each suspect stretch of `line`, what `reread` puts between the
    /// same neighbours, where that is other characters making words, read
    /// at `confirmable` or more.
    static func replacements(in line: RecognizedLine, reread: [RecognizedLine], lexicon: any Lexicon) -> [Replacement] {
        let symbols = line.words.flatMap(\.symbols)
        let again = reread.flatMap { $0.words.flatMap(\.symbols) }
        return stretches(in: symbols, lexicon: lexicon).compactMap { stretch -> Replacement? in
            let span = (left: symbols[stretch.lowerBound].box.left, right: symbols[stretch.upperBound - 1].box.right)
            let inside = again.indices.filter { index in
                let middle = (again[index].box.left + again[index].box.right) / 2
                return span.left <= middle && middle < span.right
            }
            guard let first = inside.first, let last = inside.last else { return nil }
            // The same neighbours on either side: the readings line up.
            if stretch.lowerBound > 0, first == 0 || again[first - 1].text != symbols[stretch.lowerBound - 1].text { return nil }
            if stretch.upperBound < symbols.count, last + 1 == again.count || again[last + 1].text != symbols[stretch.upperBound].text { return nil }
            let reading = inside.map { again[$0] }
            guard reading.map(\.text) != symbols[stretch].map(\.text),
                  reading.allSatisfy({ ideograph($0) != nil && $0.confidence >= confirmable }) else { return nil }
            let before = stretch.lowerBound > 0 ? ideograph(symbols[stretch.lowerBound - 1]) : nil
            let after = stretch.upperBound < symbols.count ? ideograph(symbols[stretch.upperBound]) : nil
            let sequence = [before] + reading.map(ideograph) + [after]
            guard reading.indices.allSatisfy({ index in
                sequence[index + 1].map { lexicon.makesWord($0, after: sequence[index], before: sequence[index + 2]) } ?? false
            }) else { return nil }
            let confidence = symbols[stretch].map(\.confidence).min() ?? 0
            return Replacement(
                range: stretch, symbols: reading.map { RecognizedSymbol(text: $0.text, box: $0.box, confidence: confidence) },
                confidence: reading.map(\.confidence).min() ?? 0
            )
        }
    }

    /// Runs of suspect characters (by position among the line's symbols):
    /// each an ideograph read below `unsure`, standing beside an ideograph,
    /// and making no word with the characters beside it.
    static func stretches(in symbols: [RecognizedSymbol], lexicon: any Lexicon) -> [Range<Int>] {
        let characters = symbols.map(ideograph)
        let suspect = symbols.indices.map { index in
            guard let character = characters[index], symbols[index].confidence < unsure else { return false }
            let left = index > 0 ? characters[index - 1] : nil, right = index + 1 < symbols.count ? characters[index + 1] : nil
            return (left != nil || right != nil) && !lexicon.makesWord(character, after: left, before: right)
        }
        var runs: [Range<Int>] = []
        var start: Int?
        for index in symbols.indices {
            if suspect[index] { start = start ?? index; continue }
            if let first = start { runs.append(first..<index) }
            start = nil
        }
        if let first = start { runs.append(first..<symbols.count) }
        return runs
    }

    /// The symbol's one Chinese character, or nil.
    private static func ideograph(_ symbol: RecognizedSymbol) -> Unicode.Scalar? {
        let scalars = symbol.text.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.properties.isIdeographic else { return nil }
        return scalar
    }

    /// `line` with the symbols at each range (counted across its words)
    /// replaced: the new ones join the word of the range's first symbol.
    private static func replacing(_ replacements: [Replacement], in line: RecognizedLine) -> RecognizedLine {
        var merged = line
        var position = 0
        for wordIndex in line.words.indices {
            var symbols: [RecognizedSymbol] = []
            for symbol in line.words[wordIndex].symbols {
                if let replacement = replacements.first(where: { $0.range.contains(position) }) {
                    if position == replacement.range.lowerBound { symbols += replacement.symbols }
                } else {
                    symbols.append(symbol)
                }
                position += 1
            }
            merged.words[wordIndex].symbols = symbols
        }
        merged.words.removeAll { $0.symbols.isEmpty }
        return merged
    }
}

extension Array {
    /// The elements that satisfy `belongs`, and the rest, each in order.
    fileprivate func partitioned(by belongs: (Element) -> Bool) -> (matching: [Element], rest: [Element]) {
        (filter(belongs), filter { !belongs($0) })
    }
}
