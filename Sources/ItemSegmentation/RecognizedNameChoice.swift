import PowerListModel

/// A scanned list prints every item's name twice, in the summary table and
/// in the item's detail row, and OCR may read the two differently. Where the
/// two readings of a matched pair differ, a stretch is taken from one reading
/// into the other only when the rest of the document spells that reading
/// there at least twice and more than twice as often as the other, which it
/// spells once at most; both tables then carry it, and `ocr-name-chosen`
/// gives both readings. A stretch the spelling does not decide stays as each
/// table printed it (a real difference stays one: `summary-name-mismatch`).
/// The rest of the document is every other text of the list: names repeat
/// in the 责任事项 (`立案责任：对…的违法行为`) and the 追责情形, read by OCR once more.
/// Where the spelling decides nothing, a `Lexicon` may: the reading whose
/// differing characters make a word with their neighbours (`资料`, `隐瞒`)
/// wins over one where they make none (`次料`, `隐眶`); where marks were
/// read two ways, the run of marks the list's other names print
/// (`NameMarkRuns`: `、` over `：`, `--` over `-`).
///
/// - detail `…手段，驴取医保…`, summary `…手段，骗取医保…`: `驴取` spelled
///   once elsewhere (its 立案责任, misread alike), `骗取` ten times → `骗取`
/// - detail `…法律、法，规情况…`, summary `…法律、法规情况…` → `法规`
/// - detail `县本级…`, summary `市本级…`: `县本` twice, `市本` never → the
///   summary takes `县本级…`
/// - detail `对医保定点…`, summary `医保定点…` → both kept (a character
///   more or less, not a mark, is no misreading)
/// - detail `…相关的次料予以封存`, summary `…相关的资料予以封存`, neither
///   spelled elsewhere: `资料` a word, `次料` none → `资料`
enum RecognizedNameChoice {
    /// How many other times the document must spell a reading to decide for it.
    static let attested = 2

    /// Chooses between the readings of each recognized detail row's name
    /// and its summary entry's, in both.
    static func apply(to drafts: inout [DraftItem], summary: inout Summary, lexicon: (any Lexicon)? = nil) -> [Diagnostic] {
        guard drafts.contains(where: \.nameRecognized) else { return [] }
        let matches = SummaryReconciler.matches(names: drafts.map(\.name), seqs: drafts.map(\.seq), in: summary)
        let places = summary.entryPositions
        let spelling = DocumentSpelling(drafts.flatMap(\.texts) + summary.entries.map(\.entry.name))
        let markRuns = NameMarkRuns(drafts.map(\.name) + summary.entries.map(\.entry.name))
        var diagnostics: [Diagnostic] = []
        // A name printed in columns of its own (主项, 子项) is left as printed.
        for (index, entryIndex) in matches.sorted(by: { $0.key < $1.key }) where drafts[index].nameRecognized && drafts[index].mainItem == nil {
            let (group, entry) = places[entryIndex]
            let detail = drafts[index].name, other = summary.groups[group].entries[entry].name
            guard detail != other else { continue }
            let chosen = choose(detail: detail, summary: other, spelling: spelling, lexicon: lexicon, markRuns: markRuns.without([detail, other]))
            guard chosen.detail != detail || chosen.summary != other else { continue }
            let seq = drafts[index].seq
            let result = chosen.detail == chosen.summary ? "取“\(chosen.detail)”" : "分表取“\(chosen.detail)”，总表取“\(chosen.summary)”"
            let basis = "按全文用字" + (chosen.aids.isEmpty ? "" : "及" + chosen.aids.joined(separator: "、"))
            diagnostics.append(Diagnostic(.warning, .ocrNameChosen, seq: seq, "第\(seq)项名称OCR两处识别不一：分表为“\(detail)”，总表为“\(other)”，\(basis)\(result)，请核对原件"))
            drafts[index].name = chosen.detail
            summary.groups[group].entries[entry].name = chosen.summary
        }
        return diagnostics
    }

    /// The two readings after every stretch where they differ was decided
    /// by the document's spelling (or left to each).
    static func choose(
        detail: String, summary: String, spelling: DocumentSpelling, lexicon: (any Lexicon)? = nil, markRuns: NameMarkRuns? = nil
    ) -> (detail: String, summary: String, aids: [String]) {
        let a = Array(detail.unicodeScalars), b = Array(summary.unicodeScalars)
        let own = DocumentSpelling([detail, summary])
        var detailResult = String.UnicodeScalarView(), summaryResult = String.UnicodeScalarView()
        // What besides the document's spelling decided: its word list, its names' marks.
        var byWords = false, byMarks = false
        for stretch in Stretch.alignments(a, b) {
            // OCR misreads a character as another, or a speck as a mark or a
            // Latin letter (`保险l登记`); a character more in one table (`对`
            // before a name) was printed so.
            guard let (left, right) = stretch.differing, !left.isEmpty && !right.isEmpty || Self.isDebris(left) && Self.isDebris(right) else {
                detailResult.append(contentsOf: a[stretch.a])
                summaryResult.append(contentsOf: b[stretch.b])
                continue
            }
            // The stretch with the characters either side of it (the text's ends counted).
            let before = stretch.a.lowerBound > 0 ? [a[stretch.a.lowerBound - 1]] : [DocumentSpelling.end]
            let after = stretch.a.upperBound < a.count ? [a[stretch.a.upperBound]] : [DocumentSpelling.end]
            let detailCount = spelling.rarest(before + left + after, besides: own)
            let summaryCount = spelling.rarest(before + right + after, besides: own)
            var decided = Self.decides(summaryCount, over: detailCount) ? right : Self.decides(detailCount, over: summaryCount) ? left : nil
            // Words are Chinese characters: marks read two ways are no question for a lexicon.
            if decided == nil, let lexicon, (left + right).contains(where: \.properties.isIdeographic) {
                let detailWords = Self.makesWord(a, stretch.a, lexicon), summaryWords = Self.makesWord(b, stretch.b, lexicon)
                decided = summaryWords && !detailWords ? right : detailWords && !summaryWords ? left : nil
                byWords = byWords || decided != nil
            }
            if decided == nil, let markRuns, Self.isMarks(left), Self.isMarks(right) {
                let detailRuns = markRuns.count(NameMarkRuns.run(in: a, around: stretch.a))
                let summaryRuns = markRuns.count(NameMarkRuns.run(in: b, around: stretch.b))
                decided = Self.decides(summaryRuns, over: detailRuns) ? right : Self.decides(detailRuns, over: summaryRuns) ? left : nil
                byMarks = byMarks || decided != nil
            }
            detailResult.append(contentsOf: decided ?? left)
            summaryResult.append(contentsOf: decided ?? right)
        }
        return (String(detailResult), String(summaryResult), (byWords ? ["词典"] : []) + (byMarks ? ["其他名称的标点"] : []))
    }

    /// The longest word a lexicon holds: Chinese words of more characters are few.
    static let longestWord = 4

    /// Some word of `text` (two to `longestWord` Chinese characters) holds
    /// a character of `stretch`.
    static func makesWord(_ text: [Unicode.Scalar], _ stretch: Range<Int>, _ lexicon: any Lexicon) -> Bool {
        guard !stretch.isEmpty else { return false }
        for length in 2...longestWord {
            let first = max(0, stretch.lowerBound - length + 1), last = min(text.count - length, stretch.upperBound - 1)
            guard first <= last else { continue }
            for start in first...last {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: text[start..<(start + length)])
                if word.allSatisfy(\.properties.isIdeographic), lexicon.isWord(String(word)) { return true }
            }
        }
        return false
    }

    /// Marks and Latin letters only (or nothing): what OCR reads from specks
    /// and split strokes.
    private static func isDebris(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { NameMarkRuns.isMark($0) || $0.isASCII && $0.properties.isAlphabetic }
    }

    /// Punctuation, symbols and spaces only (or nothing).
    private static func isMarks(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy(NameMarkRuns.isMark)
    }

    /// A misreading is spelled once more at most (the same word misread
    /// alike elsewhere); a character misread the same way all through the
    /// document (a place name in every 行政主体) outnumbers its true
    /// spelling, and nothing is decided between the two.
    private static func decides(_ count: Int, over other: Int) -> Bool {
        count >= attested && other <= 1 && count > 2 * other
    }
}

/// Two texts aligned: stretches equal in both, and stretches where they differ.
struct Stretch {
    var a: Range<Int>
    var b: Range<Int>
    var differing: (ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>)?

    /// `a` and `b` cut into alternating equal and differing stretches (the
    /// standard library's shortest edit script).
    static func alignments(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [Stretch] {
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var stretches: [Stretch] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let (i0, j0) = (i, j)
            if i < a.count, j < b.count, !removed.contains(i), !inserted.contains(j) {
                while i < a.count, j < b.count, !removed.contains(i), !inserted.contains(j) { i += 1; j += 1 }
                stretches.append(Stretch(a: i0..<i, b: j0..<j, differing: nil))
            } else {
                while i < a.count && removed.contains(i) || j < b.count && inserted.contains(j) {
                    if i < a.count && removed.contains(i) { i += 1 } else { j += 1 }
                }
                stretches.append(Stretch(a: i0..<i, b: j0..<j, differing: (a[i0..<i], b[j0..<j])))
            }
        }
        return stretches
    }
}

/// How often the document spells each pair of adjacent characters (a text's
/// start and end count as a character, `end`).
struct DocumentSpelling {
    static let end: Unicode.Scalar = "\u{0}"
    private var pairs: [UInt64: Int] = [:]

    init(_ texts: [String]) {
        for text in texts {
            var previous = Self.end
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                pairs[Self.key(previous, scalar), default: 0] += 1
                previous = scalar
            }
            pairs[Self.key(previous, Self.end), default: 0] += 1
        }
    }

    /// The fewest times any adjacent pair of `scalars` is spelled, leaving out `own`'s.
    func rarest(_ scalars: [Unicode.Scalar], besides own: DocumentSpelling) -> Int {
        zip(scalars, scalars.dropFirst()).map { pair in
            let key = Self.key(pair.0, pair.1)
            return (pairs[key] ?? 0) - (own.pairs[key] ?? 0)
        }.min() ?? 0
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }
}

extension DraftItem {
    /// Every text of the row, for the document's spelling.
    var texts: [String] {
        [name, subject, basis?.text, responsibilities?.text, accountability?.text, remarks].compactMap { $0 }
    }
}
