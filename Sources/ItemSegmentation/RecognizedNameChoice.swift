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
/// A character replaced may sit beside a pair spelled nowhere else (`员医`);
/// then a run of three holding it (`医疗费`), spelled so twice and the
/// other reading's never, decides. Rows and entries too far apart for the
/// summary's matching are paired by `LooseNamePairing`.
/// Where the spelling decides nothing, a `Lexicon` may: the reading whose
/// differing characters make a word with their neighbours (`资料`, `隐瞒`)
/// wins over one where they make none (`次料`, `隐眶`), and where both do,
/// the one leaving no character beside them outside every word (`就医备案`
/// over `就医生案`, whose `案` stands in none); where marks were
/// read two ways, the run of marks the list's other names print
/// (`NameMarkRuns`: `、` over `：`, `--` over `-`; a mark they never print,
/// against none, goes: `制：度` and `制度` → `制度`); and a `一` against a run
/// of dashes is the dashes (`（主项）一参保`, `（主项）——参保` → `——`).
///
/// - detail `…手段，驴取医保…`, summary `…手段，骗取医保…`: `驴取` spelled
///   once elsewhere (its 立案责任, misread alike), `骗取` ten times → `骗取`
/// - detail `…法律、法，规情况…`, summary `…法律、法规情况…` → `法规`
/// - detail `县本级…`, summary `市本级…`: `县本` twice, `市本` never → the
///   summary takes `县本级…`
/// - detail `对医保定点…`, summary `医保定点…` → both kept (a character
///   more or less at a name's end, not a mark, is no misreading)
/// - detail `…骗取批，非法…`, summary `…骗取批准，非法…`: `批准`, `准，`
///   spelled twice elsewhere, `批，` never → `批准，` (a character lost
///   between two both tables read)
/// - detail `…隐了瞒、伪造…`, summary `…隐瞒、伪造…`: `隐瞒` spelled twice
///   elsewhere, `隐了瞒` never → `隐瞒` (a character read more); spelled
///   nowhere else, `隐瞒` a word, `隐了` and `了瞒` none → `隐瞒` too
/// - detail `…所有权、有建设用地…`, summary `…所有权、国有建设用地…`:
///   `、国` and `、有` rare, `国有建` spelled twice elsewhere, `、有建` never
///   → `、国有建设` (beside a mark, a run of three decides)
/// - detail `…相关的次料予以封存`, summary `…相关的资料予以封存`, neither
///   spelled elsewhere: `资料` a word, `次料` none → `资料`
/// - detail `…盐渍化的处了`, summary `…盐渍化的父罚`, neither spelled
///   elsewhere, `的处罚` in other names → `的处罚` (each table misread
///   another character: `mixedReading`)
///
/// A mark one table read a character off (`零、售` against `、零售`) is
/// taken where it stands inside no word (`MovedMark`); a mark only one
/// table read, inside a word or as an unpaired quote, was a speck
/// (`SpeckMarkInName`: `对其失、信行为`).
///
/// Where both tables read a character more, and different ones, between
/// two characters (`隐了瞒`, `隐有瞒`: a speck by `瞒` read as one more
/// character in each), the two characters without it are taken when they
/// make a word (`隐瞒`) that the rest of the document spells there, and
/// neither reading's character makes a word with its neighbours.
enum RecognizedNameChoice {
    /// How many other times the document must spell a reading to decide for it.
    static let attested = 2

    /// Chooses between the readings of each recognized detail row's name
    /// and its summary entry's, in both.
    static func apply(to drafts: inout [DraftItem], summary: inout Summary, lexicon: (any Lexicon)? = nil) -> [Diagnostic] {
        guard drafts.contains(where: \.nameRecognized) else { return [] }
        var matches = SummaryReconciler.matches(names: drafts.map(\.name), seqs: drafts.map(\.seq), in: summary)
        matches.merge(LooseNamePairing.pairs(drafts: drafts, summary: summary, matched: matches)) { kept, _ in kept }
        let places = summary.entryPositions
        let spelling = DocumentSpelling(drafts.flatMap(\.texts) + summary.entries.map(\.entry.name))
        let markRuns = NameMarkRuns(drafts.map(\.name) + summary.entries.map(\.entry.name))
        var diagnostics: [Diagnostic] = []
        // A name printed in columns of its own (主项, 子项) is left as printed.
        for (index, entryIndex) in matches.sorted(by: { $0.key < $1.key }) where drafts[index].nameRecognized && drafts[index].mainItem == nil {
            let (group, entry) = places[entryIndex]
            let detail = drafts[index].name, other = summary.groups[group].entries[entry].name
            guard detail != other else { continue }
            let chosen = Self.dashRun(detail, other, lexicon: lexicon).map { (detail: $0, summary: $0, aids: ["破折号的墨迹"]) }
                ?? choose(detail: detail, summary: other, spelling: spelling, lexicon: lexicon, markRuns: markRuns.without([detail, other]))
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
        var byWords = false, byMarks = false, byDashes = false, byLatin = false, bySpecks = false
        let stretches = Stretch.alignments(a, b)
        let moved = lexicon.map { MovedMark.decisions(stretches, a, b, lexicon: $0) } ?? [:]
        for (index, stretch) in stretches.enumerated() {
            if let takeSummary = moved[index] {
                let taken = takeSummary ? b[stretch.b] : a[stretch.a]
                detailResult.append(contentsOf: taken)
                summaryResult.append(contentsOf: taken)
                byWords = true
                continue
            }
            // A character one table lost between two both read (`骗取批，` against
            // `骗取批准，`: print flush under its rule) is taken where the rest of the
            // document spells it there and not without it; at a name's end (`对`
            // before a name) a character more was printed so. Beside a mark
            // (`、国有建设` against `、有建设`), the pairs with the mark are rare
            // either way: a run of three holding the character is a word read right.
            if let (left, right) = stretch.differing, let lost = Self.lostCharacter(left, right, at: stretch.a, in: a) {
                let held: Int = spelling.rarest(lost.before.suffix(1) + lost.character + lost.after.prefix(1), besides: own)
                let dropped: Int = spelling.rarest(lost.before.suffix(1) + lost.after.prefix(1), besides: own)
                let isTaken = Self.decides(held, over: dropped) || Self.decides(
                    spelling.commonestRun(in: lost.before + lost.character + lost.after, holding: lost.before.count..<lost.before.count + 1, besides: own),
                    over: spelling.commonestRun(in: lost.before + lost.after, spanning: lost.before.count, besides: own)
                )
                // The other way round, a character one table read more (`隐了瞒`
                // against `隐瞒`: a speck or a stroke's end read as 了) goes where
                // the document spells the two beside each other, and never with it.
                // Where the document spells neither, a lexicon may: the two make a word
                // (`隐瞒`) and the character none with either of them (`隐了`, `了瞒`).
                // The character the other table read a step off (`机构甲、乙店`, `机构、甲乙店`) is print.
                let nearby = a[max(0, stretch.a.lowerBound - 2)..<min(a.count, stretch.a.upperBound + 2)]
                    + b[max(0, stretch.b.lowerBound - 2)..<min(b.count, stretch.b.upperBound + 2)]
                let isMoved = nearby.count { $0 == lost.character.first } > 1
                let isDropped = !isTaken && held == 0 && (Self.decides(dropped, over: held) || !isMoved && Self.isReadMore(lost, lexicon: lexicon))
                let taken: ArraySlice<Unicode.Scalar>? = isTaken ? ArraySlice(lost.character) : isDropped ? [] : nil
                detailResult.append(contentsOf: taken ?? left)
                summaryResult.append(contentsOf: taken ?? right)
                continue
            }
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
            // Dashes are measured on the page's ink (`DashRuns`), and a list's
            // names may misread them alike elsewhere (`）一`): they come first.
            var decided = Self.isDashReadAsOne(left, right) ? right : Self.isDashReadAsOne(right, left) ? left : nil
            byDashes = byDashes || decided != nil
            if decided == nil {
                decided = Self.isLatinForCharacters(left, right) ? right : Self.isLatinForCharacters(right, left) ? left : nil
                byLatin = byLatin || decided != nil
            }
            // Print one table's reading could not make out (`〓`) is the other's reading.
            if decided == nil {
                decided = Self.isUnread(left) ? right : Self.isUnread(right) ? left : nil
            }
            // A speck one table read as a mark (`失、信`, an unpaired `“`) goes.
            if decided == nil, left.isEmpty != right.isEmpty {
                decided = SpeckMarkInName.isSpeck(left, in: a, at: stretch.a, lexicon: lexicon) ? right
                    : SpeckMarkInName.isSpeck(right, in: b, at: stretch.b, lexicon: lexicon) ? left : nil
                bySpecks = bySpecks || decided != nil
            }
            // The same mark at two widths (`)` and `）`): the full width a Chinese name prints.
            if decided == nil, Self.isHalfWidth(left, of: right) { decided = right }
            if decided == nil, Self.isHalfWidth(right, of: left) { decided = left }
            if decided == nil {
                decided = Self.decides(summaryCount, over: detailCount) ? right : Self.decides(detailCount, over: summaryCount) ? left : nil
            }
            // A character replaced: a run of three holding it, spelled again, is a word read right.
            if decided == nil, left.count == right.count, (left + right).allSatisfy(\.properties.isIdeographic) {
                let detailRun = spelling.commonestRun(in: a, holding: stretch.a, besides: own)
                let summaryRun = spelling.commonestRun(in: b, holding: stretch.b, besides: own)
                decided = Self.decides(summaryRun, over: detailRun) ? right : Self.decides(detailRun, over: summaryRun) ? left : nil
            }
            // Each table misread another of the characters (`的处了`, `的父罚`).
            if decided == nil, (left + right).allSatisfy(\.properties.isIdeographic) {
                decided = Self.mixedReading(left, right, before: before, after: after, spelling: spelling, own: own, over: max(detailCount, summaryCount))
            }
            // Words are Chinese characters: marks read two ways are no question for a lexicon.
            if decided == nil, let lexicon, (left + right).contains(where: \.properties.isIdeographic) {
                let detailWords = Self.makesWord(a, stretch.a, lexicon), summaryWords = Self.makesWord(b, stretch.b, lexicon)
                decided = summaryWords && !detailWords ? right : detailWords && !summaryWords ? left : nil
                // Both make a word (`就医生案`: 医生; `就医备案`: 备案): the reading that leaves
                // no character near the stretch outside every word (`案`) wins.
                if decided == nil, detailWords, summaryWords, left.count == right.count, (left + right).allSatisfy(\.properties.isIdeographic) {
                    let detailLeft = lexicon.uncoveredCharacters(in: a, around: stretch.a), summaryLeft = lexicon.uncoveredCharacters(in: b, around: stretch.b)
                    decided = summaryLeft == 0 && detailLeft > 0 ? right : detailLeft == 0 && summaryLeft > 0 ? left : nil
                }
                byWords = byWords || decided != nil
            }
            if decided == nil, let markRuns, Self.isMarks(left), Self.isMarks(right) {
                let side = Self.markChoice(
                    detail: NameMarkRuns.run(in: a, around: stretch.a), summary: NameMarkRuns.run(in: b, around: stretch.b), runs: markRuns
                )
                decided = side.map { $0 == .detail ? left : right }
                byMarks = byMarks || decided != nil
            }
            if decided == nil, let lexicon, Self.readsInsertedTwice(a, stretch.a, b, stretch.b, spelling: spelling, own: own, lexicon: lexicon) {
                decided = left.prefix(0)
                byWords = true
            }
            detailResult.append(contentsOf: decided ?? left)
            summaryResult.append(contentsOf: decided ?? right)
        }
        return (String(detailResult), String(summaryResult), (byWords ? ["词典"] : []) + (byMarks ? ["其他名称的标点"] : []) + (byDashes ? ["破折号的墨迹"] : []) + (byLatin ? ["汉字识别为拉丁字符"] : [])
            + (bySpecks ? ["斑点识别为标点"] : []))
    }

    private enum Side { case detail, summary }

    /// The reading whose run of marks (`NameMarkRuns.run`) the list's other
    /// names decide for: the run they print where both readings hold one;
    /// where one holds none, none, if the other's is speck-sized and the
    /// names never print it (`制：度`). A mark they print may be a speck or a
    /// mark lost (`职工、医疗`): nothing is decided.
    private static func markChoice(detail: String, summary: String, runs: NameMarkRuns) -> Side? {
        guard !detail.isEmpty, !summary.isEmpty else {
            let marked = detail.isEmpty ? summary : detail
            let speckSized = marked.unicodeScalars.allSatisfy(speckMarks.contains)
            guard speckSized, runs.count(marked) == 0 else { return nil }
            return detail.isEmpty ? .detail : .summary
        }
        let detailCount = runs.count(detail), summaryCount = runs.count(summary)
        return decides(summaryCount, over: detailCount) ? .summary : decides(detailCount, over: summaryCount) ? .detail : nil
    }

    /// `read` holds Latin letters or ASCII signs where `other` holds Chinese
    /// characters, and no character itself (`(&筹建` against `（含筹建`): a
    /// character the English model read as letters or signs. A name of a
    /// Chinese list prints no `&` or stray letters between its characters;
    /// where both tables read letters alike (`GSP认证`), nothing differs.
    static func isLatinForCharacters(_ read: ArraySlice<Unicode.Scalar>, _ other: ArraySlice<Unicode.Scalar>) -> Bool {
        let latin = read.filter { $0.isASCII && ($0.properties.isAlphabetic || latinSigns.contains($0)) }
        let characters = other.filter(\.properties.isIdeographic)
        return !latin.isEmpty && !read.contains(where: \.properties.isIdeographic) && !characters.isEmpty
            && !other.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) && read.count >= characters.count
    }

    /// Only marks standing for print OCR could not make out (and marks).
    static func isUnread(_ read: ArraySlice<Unicode.Scalar>) -> Bool {
        read.contains(.unreadPrint) && read.allSatisfy { $0 == .unreadPrint || NameMarkRuns.isMark($0) }
    }

    /// `read` is `other` with some of its full-width marks at half width.
    static func isHalfWidth(_ read: ArraySlice<Unicode.Scalar>, of other: ArraySlice<Unicode.Scalar>) -> Bool {
        read.count == other.count && read != other && zip(read, other).allSatisfy { a, b in
            a == b || a.isASCII && !a.properties.isAlphabetic && !("0"..."9").contains(a) && b.value == a.value + 0xFEE0
        }
    }

    private static let latinSigns: Set<Unicode.Scalar> = ["&", "@", "#", "$", "%", "*", "+", "=", "~", "^", "\\", "/", "<", ">"]

    /// Marks as small as a speck, which OCR reads specks as; a bracket, a
    /// quote or a dash one table lost is no speck the other read.
    static let speckMarks: Set<Unicode.Scalar> = ["：", "；", "，", "、", "。", ":", ";", ",", ".", "·", "'", "`"]

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
                if lexicon.isChineseWord(text[start..<(start + length)]) { return true }
            }
        }
        return false
    }

    /// Most characters a table may read more between two (a speck read as one, a character split in two).
    static let longestInsertion = 2

    /// Both readings hold other characters (ideographs, a few) between the
    /// same two, which the document's other texts spell side by side and
    /// which make a word together, while neither reading's make a word.
    static func readsInsertedTwice(
        _ a: [Unicode.Scalar], _ inA: Range<Int>, _ b: [Unicode.Scalar], _ inB: Range<Int>,
        spelling: DocumentSpelling, own: DocumentSpelling, lexicon: any Lexicon
    ) -> Bool {
        guard !inA.isEmpty, !inB.isEmpty, inA.count <= longestInsertion, inB.count <= longestInsertion,
              inA.lowerBound > 0, inA.upperBound < a.count,
              (a[inA] + b[inB]).allSatisfy(\.properties.isIdeographic),
              spelling.rarest([a[inA.lowerBound - 1], a[inA.upperBound]], besides: own) >= 1,
              !makesWord(a, inA, lexicon), !makesWord(b, inB, lexicon) else { return false }
        return lexicon.spansWord(Array(a[..<inA.lowerBound] + a[inA.upperBound...]), junction: inA.lowerBound, longest: longestWord)
    }

    /// Marks, Latin letters and digits only (or nothing): what OCR reads
    /// from specks and split strokes.
    private static func isDebris(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { NameMarkRuns.isMark($0) || $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// The one Chinese character one reading holds and the other lacks,
    /// with up to two characters both read either side of it (within the
    /// text, one at least on each side, not at its ends), or nil.
    private static func lostCharacter(
        _ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>, at range: Range<Int>, in a: [Unicode.Scalar]
    ) -> (before: [Unicode.Scalar], character: [Unicode.Scalar], after: [Unicode.Scalar])? {
        let held = left.isEmpty ? right : left
        guard left.isEmpty != right.isEmpty, held.count == 1, held.first!.properties.isIdeographic,
              range.lowerBound > 0, range.upperBound < a.count else { return nil }
        return (Array(a[max(0, range.lowerBound - 2)..<range.lowerBound]), Array(held), Array(a[range.upperBound..<min(a.count, range.upperBound + 2)]))
    }

    /// A character one table read more between two that make a word of
    /// `lexicon` and with neither of which it makes one: `了` in `隐了瞒`.
    /// Beside a mark, one that makes no word with the characters on its
    /// other side: `有` in `机构、有零售药店` (no `有零`, `有零售`).
    static func isReadMore(
        _ lost: (before: [Unicode.Scalar], character: [Unicode.Scalar], after: [Unicode.Scalar]), lexicon: (any Lexicon)?
    ) -> Bool {
        guard let lexicon, let left = lost.before.last, let right = lost.after.first, let character = lost.character.first else { return false }
        switch (left.properties.isIdeographic, right.properties.isIdeographic) {
        case (true, true):
            return lexicon.isChineseWord([left, right]) && !lexicon.makesWord(character, after: left, before: right)
        case (false, true):
            return NameMarkRuns.isMark(left) && !lexicon.spansWord(lost.character + lost.after, junction: 1, longest: longestWord)
        case (true, false):
            return NameMarkRuns.isMark(right) && !lexicon.spansWord(lost.before + lost.character, junction: lost.before.count, longest: longestWord)
        case (false, false):
            return false
        }
    }

    /// Punctuation, symbols and spaces only (or nothing).
    private static func isMarks(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy(NameMarkRuns.isMark)
    }

    /// The reading taking some characters of `left` and the others of
    /// `right` (two or three characters each; a character more in one is
    /// left out, aligned at either end) that the rest of the document spells
    /// between `before` and `after`, when exactly one such mix decides over
    /// both readings: each table misread another character of a word
    /// (`的处了`, `的父罚` → `的处罚`; `处了`, `的父罚` after `的`: a character read twice).
    static func mixedReading(
        _ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>, before: [Unicode.Scalar], after: [Unicode.Scalar],
        spelling: DocumentSpelling, own: DocumentSpelling, over readings: Int
    ) -> ArraySlice<Unicode.Scalar>? {
        let (short, long) = left.count <= right.count ? (Array(left), Array(right)) : (Array(right), Array(left))
        guard (2...3).contains(short.count), long.count - short.count <= 1 else { return nil }
        // The longer reading's characters facing the shorter's: all, or all but its first or its last.
        let facings = long.count == short.count ? [long] : [Array(long.dropFirst()), Array(long.dropLast())]
        var decided: Set<[Unicode.Scalar]> = []
        for facing in facings {
            // Masks of which characters come from the longer reading: neither none nor all.
            for mask in 1..<(1 << short.count) - 1 {
                let mix = short.indices.map { mask >> $0 & 1 == 1 ? facing[$0] : short[$0] }
                if decides(spelling.rarest(before + mix + after, besides: own), over: readings) { decided.insert(mix) }
            }
        }
        return decided.count == 1 ? ArraySlice(decided.first!) : nil
    }

    /// A misreading is spelled once more at most (the same word misread
    /// alike elsewhere); a character misread the same way all through the
    /// document (a place name in every 行政主体) outnumbers its true
    /// spelling, and nothing is decided between the two.
    private static func decides(_ count: Int, over other: Int) -> Bool {
        count >= attested && other <= 1 && count > 2 * other
    }
}

extension DraftItem {
    /// Every text of the row, for the document's spelling.
    var texts: [String] {
        [name, subject, basis?.text, responsibilities?.text, accountability?.text, remarks].compactMap { $0 }
    }
}
