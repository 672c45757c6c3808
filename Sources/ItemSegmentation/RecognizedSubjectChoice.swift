import PowerListModel

/// A list names the same 行政主体 row after row, and OCR now and then
/// misreads a character of it or reads a speck as a mark (`起县医疗保障局`,
/// `赵县医疗，保障局` among rows of `赵县医疗保障局`). A recognized subject
/// that is a misreading of a decisive spelling takes it, with
/// `ocr-subject-chosen` naming what was read. A misreading is the spelling
/// with one Chinese character replaced by another, or with marks the
/// spelling never prints, or both. A spelling is decisive when rows print it
/// at least twice, and twice as often as all its misreadings together. A rare
/// character OCR misreads in most rows, and the same way in several
/// (襄 as 训 six times, as 襄 four, as 衷 three), decides nothing: its
/// plurality may be a misreading.
///
/// - `起县医疗保障局` once, `赵县医疗保障局` twenty times → `赵县医疗保障局`
/// - `赵县医疗，保障局` once, `赵县医疗保障局` twenty times → `赵县医疗保障局`
/// - `训都区医疗保障局` six times, `襄都区医疗保障局` four, `衷都区医疗保障局` three → all stay
/// - `市医疗保障局` twice, `区医疗保障局` three times → both stay (a real difference, perhaps)
/// - `襄都区医疗保障局` against `邢台市襄都区医疗保障局` → stays (more than one character)
enum RecognizedSubjectChoice {
    /// How many rows must print a spelling to decide for it.
    static let attested = 2

    static func apply(to drafts: inout [DraftItem]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for draft in drafts where !draft.subject.isEmpty { counts[draft.subject, default: 0] += 1 }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].subjectRecognized {
            let read = drafts[index].subject
            guard let chosen = choice(for: read, counts: counts) else { continue }
            let seq = drafts[index].seq
            diagnostics.append(Diagnostic(
                .warning, .ocrSubjectChosen, seq: seq,
                "第\(seq)项行政主体OCR识别为“\(read)”，其余\(counts[chosen] ?? 0)行为“\(chosen)”，按其余各行取“\(chosen)”，请核对原件"
            ))
            drafts[index].subject = chosen
        }
        return diagnostics
    }

    /// The one spelling `read` is taken for, or nil.
    static func choice(for read: String, counts: [String: Int]) -> String? {
        let counts = counts.merging([read: 1]) { max($0, $1) }
        let candidates = counts.keys.filter { isMisreading(read, of: $0) && isDecisive($0, counts: counts) }
        return candidates.count == 1 ? candidates.first : nil
    }

    /// `spelling` is printed at least `attested` times, and at least twice
    /// as often as all its misreadings together.
    static func isDecisive(_ spelling: String, counts: [String: Int]) -> Bool {
        let count = counts[spelling] ?? 0
        let misread = counts.filter { isMisreading($0.key, of: spelling) }.values.reduce(0, +)
        return count >= attested && count >= 2 * misread
    }

    /// `read` differs from `spelling`, and without the marks `spelling`
    /// never prints, is `spelling` or `spelling` with one Chinese character
    /// replaced by another.
    static func isMisreading(_ read: String, of spelling: String) -> Bool {
        guard read != spelling else { return false }
        let marks = Set(spelling.filter(\.isPunctuation))
        let a = Array(read.filter { !$0.isPunctuation || marks.contains($0) }), b = Array(spelling)
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        guard let at = differing.first else { return true }
        return differing.count == 1 && isChinese(a[at]) && isChinese(b[at])
    }

    private static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(\.properties.isIdeographic)
    }
}
