import PowerListModel

/// A character of a recognized name that the rest of the document spells
/// otherwise between the same neighbours. Where a list prints a name once
/// (no summary table) or OCR misread it alike in both tables, there is no
/// second reading to choose from (`RecognizedNameChoice`); but the words of
/// a name come back in the list's other texts (`立案责任：对采取虚报、隐瞒、
/// 伪造等手段…`), read by OCR again, elsewhere on the page.
///
/// A character is respelled only when all of these hold:
/// - the document spells another character between the same two
///   characters on each side at least `attested` times, more than twice as
///   often as any third, and never the one read;
/// - with `lexicon`, the other character makes a word with its neighbours
///   and the one read makes none (`隐瞒` against `隐里`; `伪造` against `人造`,
///   a word, stays).
///
/// - `对采取虚报、隐里、伪造等手段` with `虚报、隐瞒、伪造` twice elsewhere →
///   `对采取虚报、隐瞒、伪造等手段` (`ocr-name-respelled` names both)
/// - `…生育保险合记、未按规定…` with `保险登记、` three times → `登记`
enum RecognizedNameRespelling {
    /// How many times the document must spell the other character there.
    static let attested = 2

    /// Respells the recognized rows' names and the summary's names (the
    /// summary is recognized when its rows are).
    static func apply(to drafts: inout [DraftItem], summary: inout Summary?, lexicon: (any Lexicon)?) -> [Diagnostic] {
        guard let lexicon, drafts.contains(where: \.nameRecognized) else { return [] }
        let entryNames = summary?.entries.map(\.entry.name) ?? []
        let spelling = GappedSpelling(drafts.flatMap(\.texts) + entryNames)
        let names = Set(drafts.map(\.name) + entryNames)
        // A name printed in both tables, read alike, is one reading, not two.
        let printings = SpellingVote.counts(drafts.map(\.name) + entryNames)
        var respelled: [String: String] = [:]
        for name in names.sorted() {
            let result = respell(name, spelling: spelling, printings: printings[name] ?? 1, lexicon: lexicon)
            if result != name { respelled[name] = result }
        }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].nameRecognized && drafts[index].mainItem == nil {
            guard let result = respelled[drafts[index].name] else { continue }
            let seq = drafts[index].seq
            diagnostics.append(Diagnostic(.warning, .ocrNameRespelled, seq: seq, "第\(seq)项名称OCR识别为“\(drafts[index].name)”，其中个别字与全文他处同一上下文的用字不同，按全文用字取“\(result)”，请核对原件"))
            drafts[index].name = result
        }
        guard var mended = summary else { return diagnostics }
        for (group, entry) in mended.entryPositions {
            let name = mended.groups[group].entries[entry].name
            guard let result = respelled[name] else { continue }
            let label = mended.groups[group].entries[entry].seq.map { "序号\($0)" } ?? ""
            diagnostics.append(Diagnostic(.warning, .ocrNameRespelled, seq: nil, "总表\(label)名称OCR识别为“\(name)”，其中个别字与全文他处同一上下文的用字不同，按全文用字取“\(result)”，请核对原件"))
            mended.groups[group].entries[entry].name = result
        }
        summary = mended
        return diagnostics
    }

    /// `name` with each character respelled where the document decides it;
    /// the name is printed `printings` times among the texts spelled.
    static func respell(_ name: String, spelling: GappedSpelling, printings: Int, lexicon: any Lexicon) -> String {
        var scalars = Array(name.unicodeScalars)
        let own = GappedSpelling([name])
        for index in scalars.indices where index >= 2 && index + 2 < scalars.count && scalars[index].properties.isIdeographic {
            let gap = GappedSpelling.Gap(scalars[index - 2], scalars[index - 1], scalars[index + 1], scalars[index + 2])
            var counts = spelling.middles(of: gap)
            for (middle, count) in own.middles(of: gap) { counts[middle, default: 0] -= count * printings }
            counts = counts.filter { $0.value > 0 }
            guard counts[scalars[index]] == nil else { continue }
            let ranked = counts.filter { $0.key.properties.isIdeographic }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.value < $1.key.value }
            guard let best = ranked.first, best.value >= attested, ranked.count == 1 || best.value > 2 * ranked[1].value else { continue }
            var other = scalars
            other[index] = best.key
            guard RecognizedNameChoice.makesWord(other, index..<(index + 1), lexicon),
                  !RecognizedNameChoice.makesWord(scalars, index..<(index + 1), lexicon) else { continue }
            scalars = other
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}

/// How often the document spells each character between two given on each
/// side (white space skipped): `虚报、_隐瞒` … `报、[隐]瞒、`.
struct GappedSpelling {
    struct Gap: Hashable {
        let first: Unicode.Scalar, second: Unicode.Scalar, fourth: Unicode.Scalar, fifth: Unicode.Scalar

        init(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ fourth: Unicode.Scalar, _ fifth: Unicode.Scalar) {
            (self.first, self.second, self.fourth, self.fifth) = (first, second, fourth, fifth)
        }
    }

    private var middles: [Gap: [Unicode.Scalar: Int]] = [:]

    init(_ texts: [String]) {
        for text in texts {
            let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
            guard scalars.count >= 5 else { continue }
            for start in 0...(scalars.count - 5) {
                let gap = Gap(scalars[start], scalars[start + 1], scalars[start + 3], scalars[start + 4])
                middles[gap, default: [:]][scalars[start + 2], default: 0] += 1
            }
        }
    }

    func middles(of gap: Gap) -> [Unicode.Scalar: Int] { middles[gap] ?? [:] }
}
