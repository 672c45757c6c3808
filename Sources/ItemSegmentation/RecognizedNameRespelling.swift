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
///   often as any third, and never the one read; or, for a name read but
///   once (no summary table read it again alike), spells it there once (a
///   name restated in its 立案责任), and no other, with the same three
///   characters on each side. A name both tables read alike is two
///   readings against that one: `门诊慢特病病种待遇认定`, read so twice,
///   stays, though a 责任事项 prints `门诊慢性病病种待遇认定` (the lexicon
///   lacks `慢特病`);
/// - with `lexicon`, the other character makes a word with its neighbours
///   and the one read makes none (`隐瞒` against `隐里`); or, where the one
///   read makes a word too (`人造`), the document spells the other there more
///   than `attested` times, at least twice with three characters on each
///   side (`isOutspelled`).
/// Two characters read for one (a character split in two, `隐了眶`) are
/// respelled alike: the document spells one character between their
/// neighbours, and the two make no word, and neither is that character
/// (`产品质量的监督抽查` stays, though the document prints `产品质量监督抽查`).
///
/// - `对采取虚报、隐里、伪造等手段` with `虚报、隐瞒、伪造` twice elsewhere →
///   `对采取虚报、隐瞒、伪造等手段` (`ocr-name-respelled` names both)
/// - `…生育保险合记、未按规定…` with `保险登记、` three times → `登记`
/// - `对采取虚报、隐螨、伪造等手段` with `对采取虚报、隐瞒、伪造等手段` once → `隐瞒`
/// - `对采取虚报、隐了眶、伪造等手段` with `虚报、隐瞒、伪造` once → `隐瞒`
///
/// A name's last two characters, framed on one side only, are weighed
/// against the other names' endings (`NameEndings`).
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
        let endings = NameEndings(drafts.map(\.name) + entryNames)
        var respelled: [String: String] = [:]
        for name in names.sorted() {
            let respelledWithin = respell(name, spelling: spelling, printings: printings[name] ?? 1, lexicon: lexicon)
            // The name's own ending was counted among the endings, unless respelling changed it.
            let ownEnding = respelledWithin.unicodeScalars.suffix(3).elementsEqual(name.unicodeScalars.suffix(3))
            let result = endings.respelled(respelledWithin, printings: ownEnding ? printings[name] ?? 1 : 0, lexicon: lexicon)
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
        // One character read for one (`隐里`), then two read for one (`隐了眶`).
        for width in 1...2 {
            var index = 2
            while index + width + 1 < scalars.count {
                defer { index += 1 }
                let read = index..<(index + width)
                guard scalars[read].allSatisfy(\.properties.isIdeographic) else { continue }
                let gap = GappedSpelling.Gap(scalars[index - 2], scalars[index - 1], scalars[read.upperBound], scalars[read.upperBound + 1])
                var counts = spelling.middles(of: gap)
                for (middle, count) in own.middles(of: gap) { counts[middle, default: 0] -= count * printings }
                counts = counts.filter { $0.value > 0 }
                // The document never spells it as read, but for the name's own printings.
                guard !spelling.spells(Array(scalars[(index - 2)..<(read.upperBound + 2)]), beyond: printings) else { continue }
                guard let best = Self.leadingCharacter(in: counts) else { continue }
                // A character split in two reads as two others, never as itself and one
                // more: `质量的监督` against `质量监督` is a word the name prints.
                guard width == 1 || !scalars[read].contains(best.key) else { continue }
                var other = scalars
                other.replaceSubrange(read, with: [best.key])
                guard best.value >= attested || (printings == 1 && counts.keys.count(where: \.properties.isIdeographic) == 1 && widened(other, around: index).map { spelling.spells($0) } == true),
                      RecognizedNameChoice.makesWord(other, index..<(index + 1), lexicon),
                      !RecognizedNameChoice.makesWord(scalars, read, lexicon) || isOutspelled(other, around: index, count: best.value, spelling: spelling, atEdge: width == 1)
                else { continue }
                scalars = other
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The Chinese character `counts` holds most often (more than twice as
    /// often as the next, the lower scalar first on a tie), with its count;
    /// nil when none leads so. Counts of zero or less are none.
    static func leadingCharacter(in counts: [Unicode.Scalar: Int]) -> (key: Unicode.Scalar, value: Int)? {
        let ranked = counts.filter { $0.value > 0 && $0.key.properties.isIdeographic }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.value < $1.key.value }
        guard let best = ranked.first, ranked.count == 1 || best.value > 2 * ranked[1].value else { return nil }
        return best
    }

    /// A reading that makes a word too (`欺诈、人造证明`, 人造 a word) gives
    /// way only to more: the other character spelled between the same
    /// neighbours more than `attested` times, and with three characters on
    /// each side at least twice (`欺诈、伪造证明`, in the item's 立案责任 and
    /// in a sibling item's name). Nearer a name's end than three characters,
    /// where no such run is, a character read for one (`atEdge`) gives way
    /// to the count alone, at more than `edgeAttested`: `土地内置费征收` (内置 a
    /// word), both tables read so, gives way to the eight `土地闲置费` of its
    /// 实施依据 and 追责情形. No name of the development lists, each spelled
    /// right, has a character so outspelled; two characters have (`…支出行为的
    /// 处罚` against the lists' many `作出行政处罚`), so they stay.
    static func isOutspelled(_ other: [Unicode.Scalar], around index: Int, count: Int, spelling: GappedSpelling, atEdge: Bool = false) -> Bool {
        guard count > attested else { return false }
        guard let run = widened(other, around: index) else { return atEdge && count > edgeAttested }
        return spelling.spells(run, beyond: 1)
    }

    /// How many times the document must spell the other character between
    /// the same neighbours, beyond, where a name's end leaves no wider run.
    static let edgeAttested = 2 * attested

    /// The character at `index` of `scalars` with three on each side; nil nearer an end.
    static func widened(_ scalars: [Unicode.Scalar], around index: Int) -> [Unicode.Scalar]? {
        index >= 3 && index + 4 <= scalars.count ? Array(scalars[(index - 3)..<(index + 4)]) : nil
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
    /// The texts, white space removed.
    private var texts: [String] = []

    init(_ texts: [String]) {
        for text in texts {
            let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: scalars)
            self.texts.append(String(kept))
            guard scalars.count >= 5 else { continue }
            for start in 0...(scalars.count - 5) {
                let gap = Gap(scalars[start], scalars[start + 1], scalars[start + 3], scalars[start + 4])
                middles[gap, default: [:]][scalars[start + 2], default: 0] += 1
            }
        }
    }

    func middles(of gap: Gap) -> [Unicode.Scalar: Int] { middles[gap] ?? [:] }

    /// Whether the texts spell `run` (white space skipped) more than `beyond` times.
    func spells(_ run: [Unicode.Scalar], beyond: Int = 0) -> Bool {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: run)
        let text = String(scalars)
        var found = 0
        for spelled in texts {
            var rest = Substring(spelled)
            while let range = rest.firstRange(of: text) {
                found += 1
                if found > beyond { return true }
                rest = rest[range.upperBound...]
            }
        }
        return false
    }
}
