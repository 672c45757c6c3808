import PowerListModel

/// A list often names the same unit in its 备注 row after row (the office
/// that carries the power out: `赵县医疗保险管理中心（政务服务事项）`), and
/// OCR now and then misreads a character of it, mostly its first, which no
/// neighbour on its line helps read (`走县…`, `六县…`, `二县…` on one
/// spreadsheet print), or reads a speck as a mark (`赵县医疗保险，管理中心…`).
/// A recognized remark that is a misreading of a decisive spelling
/// (`SpellingVote`: one Chinese character replaced, or marks the spelling
/// never prints, against a spelling other rows print at least twice and
/// twice as often as all its misreadings together), or that spelling with
/// debris or a character read twice over, takes it, with
/// `ocr-remarks-chosen` naming what was read.
///
/// Unlike a 行政主体, a remark may differ from row to row for real, by a
/// character (`市级事项`, `县级事项`): a replaced character is taken for a
/// misreading only where it makes no word of the lexicon with either
/// neighbour, and with no lexicon nothing is replaced.
///
/// - `走县医疗保险管理中心` once, `赵县医疗保险管理中心` fifteen times → `赵县医疗保险管理中心` (`走县` no word)
/// - `赵县医疗保险，管理中心` once, `赵县医疗保险管理中心` fifteen times → `赵县医疗保险管理中心` (a speck read as a mark)
/// - `市级事项` once, `县级事项` five times → stays (`市级` is a word)
/// - `执法稽查队` once, `执法移查队` once → both stay (neither printed twice)
enum RecognizedRemarksChoice {
    static func apply(to drafts: inout [DraftItem], lexicon: (any Lexicon)?) -> [Diagnostic] {
        let counts = SpellingVote.counts(drafts.compactMap(\.remarks))
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].remarksRecognized {
            guard let read = drafts[index].remarks, let chosen = choice(for: read, counts: counts, lexicon: lexicon) else { continue }
            let seq = drafts[index].seq
            diagnostics.append(Diagnostic(
                .warning, .ocrRemarksChosen, seq: seq,
                "第\(seq)项备注OCR识别为“\(read)”，其余\(counts[chosen] ?? 0)行为“\(chosen)”，按其余各行取“\(chosen)”，请核对原件"
            ))
            drafts[index].remarks = chosen
        }
        return diagnostics
    }

    /// The one spelling `read` is taken for, or nil.
    static func choice(for read: String, counts: [String: Int], lexicon: (any Lexicon)?) -> String? {
        let candidates = counts.keys.filter { spelling in
            if SpellingVote.isDebris(read, of: spelling) || SpellingVote.isStutter(read, of: spelling) {
                return (counts[spelling] ?? 0) >= SpellingVote.attested
            }
            guard SpellingVote.isMisreading(read, of: spelling), SpellingVote.isDecisive(spelling, counts: counts) else { return false }
            return replacedMakeNoWord(read, of: spelling, lexicon: lexicon)
        }
        return candidates.count == 1 ? candidates.first : nil
    }

    /// Each character `read` has in place of one of `spelling`'s (the marks
    /// `spelling` never prints left out) makes no word with a neighbour; false
    /// where one is replaced and there is no lexicon to tell.
    static func replacedMakeNoWord(_ read: String, of spelling: String, lexicon: (any Lexicon)?) -> Bool {
        guard let (kept, replaced) = SpellingVote.replacements(read, of: spelling) else { return false }
        guard !replaced.isEmpty else { return true }
        guard let lexicon else { return false }
        let scalar = { (at: Int) -> Unicode.Scalar? in kept.indices.contains(at) ? kept[at].unicodeScalars.first : nil }
        return replaced.allSatisfy { at in
            guard let character = scalar(at) else { return false }
            return !lexicon.makesWord(character, after: scalar(at - 1), before: scalar(at + 1))
        }
    }
}
