import PowerListModel

/// Tesseract misreads some characters while fairly sure of them (`隐眶`,
/// 眶 at 83 %; `基金遗受损失`; `工作从员`), and where a list prints a text
/// but once (a name no summary reads again) nothing else in the document
/// mends it. Such a misread makes no word with its neighbours (a cell's
/// lines run on: the last character of one line stands beside the first of
/// the next), and the same ink read again, its line alone rather than
/// among the cell's lines, is often read right. So a line holding a
/// stretch of characters read below `unsure` that make no word of the
/// lexicon with either neighbour is read again on its own, the ways of
/// `readings` in turn (larger, then by the Chinese model alone), until the
/// stretch is mended: it takes what a reading puts in its place (between
/// the same neighbours) when that is other characters, each making a word
/// with a neighbour, read at `sure` or more, or read less surely (70–92 %)
/// the same by two readings of both models. The lexicon lacks many words
/// of lists (`申领`): other characters making no word either are taken when
/// every reading by both models is sure of them. The mended characters
/// keep the first reading's confidence (the document's consensus does not
/// count them as sure), and `ocr-text` counts them.
///
/// - `隐螨、`, read again `隐瞒、` at 93 % or more → `隐瞒、`
/// - `变更合` / `记或` (合 94 %), read again `变更登` at 93 % → `变更登` (`登记`)
/// - `因赴法实施` (赴 89 %), read again `违` at 90 %, then at 94 % 1.25 times as large → `因违法实施`
/// - `隐眶、` (眶 83 %), read again `隐瞒、` at 81 %, then at 82 % 1.25 times as large → `隐瞒、`
/// - `遇认定、两` / `肝门诊` (两 91 %), read again `两` at every size, `丙` at 96 % by the Chinese model → `丙`
/// - `津贴申信` (信 91 %), read again `领` at 94–95 % three times → `申领`
/// - `:四石家庄市` (④ read 四), read again `电` at 91 % by both models and by Chinese alone → kept (`电石` is a word, but Chinese alone counts only when sure)
/// - `隐人诬或` (人, 诬 90 %), read again `隐劾或` → kept (`隐劾`, `劾或` are no words)
/// - `襄都区` (襄 90 %), read again `陪都区` at 88 %, larger as Latin letters → kept
/// - `的处罚` (的 92 %, a word with neither), read again `的处罚` → kept
/// - `的卉首台居民` (台 95 %, in the stretch: `首台`, `台居` no words), read again `港澳台` → `港澳台` (台 as before)
enum WordlessRereading {
    /// Characters read below this are suspect when they make no word: a
    /// point above `RecognitionDiagnostics.unsureBelow`, as Tesseract read
    /// `津贴申信` with 信 at 95 % (the summary, `申领`, at 98 %).
    static let unsure: Float = 96
    /// A reading at least this sure is taken alone.
    static let sure: Float = 93
    /// A reading less sure than `sure` is taken when another agrees.
    static let confirmable: Float = 70
    /// How each reading after the first draws and reads the line: as large
    /// as the page, then larger; then by the Chinese model alone, which
    /// the English one cannot lead astray (`遇认定、两` read by both
    /// models at every size, `丙` by Chinese alone).
    static let readings = [
        Reading(enlargement: 1, chineseOnly: false), Reading(enlargement: 1.25, chineseOnly: false), Reading(enlargement: 1.5, chineseOnly: false),
        Reading(enlargement: 1, chineseOnly: true), Reading(enlargement: 1.25, chineseOnly: true),
    ]

    /// One way to read a line again.
    struct Reading: Equatable {
        /// How much larger than the page the line is drawn.
        var enlargement: Double
        /// Read by the Chinese model alone, not with the English one.
        var chineseOnly: Bool
    }

    /// Mends the suspect stretches of `lines`; `read` reads the given
    /// regions (page coordinates) of the cell, each as one line, the way
    /// `reading` asks. Returns the number of characters mended.
    static func mend(_ lines: inout [RecognizedLine], lexicon: any Lexicon, read: (_ reading: Reading, _ regions: [PixelBox]) -> [[RecognizedLine]]) -> Int {
        let cell = lines.map { $0.words.flatMap(\.symbols) }
        // The characters beside each line's ends: the last of the line before, the first of the next.
        let context = cell.indices.map { index in
            (before: index > 0 ? cell[index - 1].last?.ideograph : nil, after: index + 1 < cell.count ? cell[index + 1].first?.ideograph : nil)
        }
        var open: [Int: Set<Range<Int>>] = [:]
        for index in cell.indices {
            let found = stretches(in: cell[index], lexicon: lexicon, before: context[index].before, after: context[index].after)
            if !found.isEmpty { open[index] = Set(found) }
        }
        var taken: [Int: [Replacement]] = [:], seen: [Int: [Replacement]] = [:]
        // How many readings read a lone suspect character's neighbours side by side, and how many read it again.
        var dropping: [Int: [Range<Int>: (dropped: Int, kept: Int)]] = [:]
        // What each reading by both models put for a stretch, words or none.
        var wordless: [Int: [Range<Int>: [Replacement?]]] = [:]
        for way in readings where !open.isEmpty {
            let indices = open.keys.sorted()
            for (index, reading) in zip(indices, read(way, indices.map { LatinRereading.region(of: lines[$0]) })) {
                let stretches = open[index, default: []].sorted { $0.lowerBound < $1.lowerBound }
                let context = context[index]
                let any = replacements(of: stretches, in: cell[index], reread: reading, lexicon: lexicon, before: context.before, after: context.after, needsWords: false)
                for stretch in stretches where stretch.count == 1 {
                    guard let verdict = readMore(stretch.lowerBound, in: cell[index], reread: reading) else { continue }
                    var counts = dropping[index, default: [:]][stretch, default: (0, 0)]
                    if verdict { counts.dropped += 1 } else { counts.kept += 1 }
                    dropping[index, default: [:]][stretch] = counts
                }
                if !way.chineseOnly {
                    for stretch in stretches { wordless[index, default: [:]][stretch, default: []].append(any.first { $0.range == stretch }) }
                }
                for replacement in any where replacement.makesWords {
                    // The Chinese model alone reads specks as characters more readily: it is taken only when sure.
                    let agreed = !way.chineseOnly && seen[index, default: []].contains { $0.range == replacement.range && $0.text == replacement.text }
                    guard replacement.confidence >= sure || agreed else {
                        if !way.chineseOnly { seen[index, default: []].append(replacement) }
                        continue
                    }
                    taken[index, default: []].append(replacement)
                    open[index]?.remove(replacement.range)
                }
                if open[index]?.isEmpty == true { open[index] = nil }
            }
        }
        // Every reading by both models sure of the same other characters, which make no word either (`申信`, `申领`).
        for (index, stretches) in open {
            for stretch in stretches {
                guard let candidates = wordless[index]?[stretch], candidates.count == readings.count(where: { !$0.chineseOnly }),
                      let first = candidates.first ?? nil,
                      candidates.allSatisfy({ $0.map { $0.text == first.text && $0.confidence >= sure } ?? false }) else { continue }
                taken[index, default: []].append(first)
            }
        }
        // A character read more (`会计和凭证`): readings that leave it out outnumber those that keep it.
        for (index, stretches) in open {
            for stretch in stretches {
                guard let counts = dropping[index]?[stretch], counts.dropped >= leftOutBy, counts.dropped > counts.kept,
                      !(taken[index]?.contains { $0.range == stretch } ?? false) else { continue }
                taken[index, default: []].append(Replacement(range: stretch, symbols: [], confidence: 0, makesWords: true, changed: 1))
            }
        }
        var mended = 0
        for (index, replacements) in taken {
            lines[index] = replacing(replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }, in: lines[index])
            mended += replacements.reduce(0) { $0 + $1.changed }
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
        /// Each of its characters makes a word with a neighbour (or is read as before).
        var makesWords: Bool
        /// How many of its characters differ from the first reading's.
        var changed: Int
        var text: [String] { symbols.map(\.text) }
    }

    /// For each suspect stretch of a line's `symbols` (`stretches`; nil:
    /// all of them), what `reread` puts between the same neighbours, where
    /// that is other characters making words (any other characters, when
    /// not `needsWords`), read at `confirmable` or more.
    /// `before` and `after` are the characters beside the line's ends (in the
    /// cell's lines before and after it).
    static func replacements(
        of stretches: [Range<Int>]? = nil, in symbols: [RecognizedSymbol], reread: [RecognizedLine], lexicon: any Lexicon,
        before lineBefore: Unicode.Scalar? = nil, after lineAfter: Unicode.Scalar? = nil, needsWords: Bool = true
    ) -> [Replacement] {
        let again = reread.flatMap { $0.words.flatMap(\.symbols) }
        let suspect = stretches ?? self.stretches(in: symbols, lexicon: lexicon, before: lineBefore, after: lineAfter)
        return suspect.compactMap { stretch -> Replacement? in
            let span = (left: symbols[stretch.lowerBound].box.left, right: symbols[stretch.upperBound - 1].box.right)
            var inside = again.indices.filter { index in
                let middle = (again[index].box.left + again[index].box.right) / 2
                return span.left <= middle && middle < span.right
            }
            // A symbol's box may drift onto its neighbour's place (`、` at 536–538 beside `丙` at 539–570):
            // the neighbour's own text, at either end, is the neighbour.
            if let first = inside.first, inside.count > 1, stretch.lowerBound > 0, again[first].text == symbols[stretch.lowerBound - 1].text,
               first == 0 || again[first - 1].text != symbols[stretch.lowerBound - 1].text {
                inside.removeFirst()
            }
            if let last = inside.last, inside.count > 1, stretch.upperBound < symbols.count, again[last].text == symbols[stretch.upperBound].text,
               last + 1 == again.count || again[last + 1].text != symbols[stretch.upperBound].text {
                inside.removeLast()
            }
            guard let first = inside.first, let last = inside.last else { return nil }
            // The same neighbours on either side: the readings line up.
            if stretch.lowerBound > 0, first == 0 || again[first - 1].text != symbols[stretch.lowerBound - 1].text { return nil }
            if stretch.upperBound < symbols.count, last + 1 == again.count || again[last + 1].text != symbols[stretch.upperBound].text { return nil }
            let reading = inside.map { again[$0] }
            guard reading.map(\.text) != symbols[stretch].map(\.text),
                  reading.allSatisfy({ $0.ideograph != nil && $0.confidence >= confirmable }) else { return nil }
            let before = stretch.lowerBound > 0 ? symbols[stretch.lowerBound - 1].ideograph : lineBefore
            let after = stretch.upperBound < symbols.count ? symbols[stretch.upperBound].ideograph : lineAfter
            let sequence = [before] + reading.map(\.ideograph) + [after]
            // A character read again as it was is no replacement: it need make no word (`卉首台` → `港澳台`).
            let kept = reading.count == stretch.count ? Set(reading.indices.filter { reading[$0].text == symbols[stretch.lowerBound + $0].text }) : []
            let makesWords = reading.indices.allSatisfy { index in
                kept.contains(index) || sequence[index + 1].map { lexicon.makesWord($0, after: sequence[index], before: sequence[index + 2]) } ?? false
            }
            guard makesWords || !needsWords else { return nil }
            let confidence = symbols[stretch].map(\.confidence).min() ?? 0
            return Replacement(
                range: stretch, symbols: reading.map { RecognizedSymbol(text: $0.text, box: $0.box, confidence: confidence) },
                confidence: reading.map(\.confidence).min() ?? 0, makesWords: makesWords, changed: reading.count - kept.count
            )
        }
    }

    /// Runs of suspect characters (by position among the line's symbols):
    /// each an ideograph read below `unsure`, standing beside an ideograph,
    /// and making no word with the characters beside it (`before` and
    /// `after` stand beside the line's ends).
    static func stretches(in symbols: [RecognizedSymbol], lexicon: any Lexicon, before: Unicode.Scalar? = nil, after: Unicode.Scalar? = nil) -> [Range<Int>] {
        let characters = symbols.map(\.ideograph)
        let suspect = symbols.indices.map { index in
            guard let character = characters[index], symbols[index].confidence < unsure else { return false }
            let left = index > 0 ? characters[index - 1] : before, right = index + 1 < symbols.count ? characters[index + 1] : after
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
