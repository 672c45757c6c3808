import PowerListModel

/// A list names the same 行政主体 row after row, and OCR now and then
/// misreads a character of it or reads a speck as a mark (`起县医疗保障局`,
/// `赵县医疗，保障局` among rows of `赵县医疗保障局`). A recognized subject
/// that is a misreading of a decisive spelling (`SpellingVote`) takes it,
/// with `ocr-subject-chosen` naming what was read. A rare character OCR
/// misreads in most rows, and the same way in several (襄 as 训 six times,
/// as 襄 four, as 衷 three), decides nothing.
///
/// - `起县医疗保障局` once, `赵县医疗保障局` twenty times → `赵县医疗保障局`
/// - `赵县医疗，保障局` once, `赵县医疗保障局` twenty times → `赵县医疗保障局`
/// - `训都区医疗保障局` six times, `襄都区医疗保障局` four, `衷都区医疗保障局` three → all stay
/// - `邢台T市H 襄都区医疗保障局` twice, `邢台市襄都区医疗保障局` three times →
///   `邢台市襄都区医疗保障局` (Latin letters and a space are debris, no rival reading)
/// - `市医疗保障局` twice, `区医疗保障局` three times → both stay (a real difference, perhaps)
/// - `襄都区医疗保障局` against `邢台市襄都区医疗保障局` → stays (more than one character)
/// - `邢台市亡者区医疗保障局` once, `邢台市襄都区医疗保障局` three times →
///   `邢台市襄都区医疗保障局` (亡者区 names no place: a place's two characters
///   misread, the rest as printed)
/// - `和莲池区卫生健康局` once, `莲池区卫生健康局` ten times → `莲池区卫生健康局`
///   (a speck in the cell's margin read as a character: one more at either
///   end of a decisive spelling, read in one row only)
/// - `邢台台T市H襄都区医疗保障局` once, `邢台市襄都区医疗保障局` four times →
///   `邢台市襄都区医疗保障局` (debris, and a character read twice over)
/// - `PAR XI保障局` once, `襄都区医疗保障局` twelve times, `邢台市襄都区医疗保障局`
///   five → `襄都区医疗保障局` (Latin letters where characters were: the
///   spelling that fits, printed more than twice as often as all others that fit)
/// - `昌乐县自ZSBt源和规划局` once, `昌乐县自然资源和规划局` twice, `…自然次源…`,
///   `…自源…` once each, title owner `潍坊市昌乐县自然资源和规划局` →
///   `昌乐县自然资源和规划局` (no spelling far the most printed; the end of the
///   title's owner fits, and rows print it: a rare narrow cell's pair of
///   characters read as Latin letters row after row)
/// - `昌乐县目RB源和规划局` once, `昌乐县自然资源和规划局` eleven times →
///   `昌乐县自然资源和规划局` (Latin letters for two characters, and with six
///   characters read, one of them misread)
/// - `昌乐其目然资源和规划局` once, `昌乐县自然资源和规划局` twelve times →
///   `昌乐县自然资源和规划局` (a long spelling printed `widelyPrinted` times
///   or more decides a reading two characters off it)
enum RecognizedSubjectChoice {
    /// `owner`: the list's owner as its title names it (nil: not yet known).
    /// Rows the title's owner decided count, in a second round, as printing
    /// what was chosen: `昌乐县自然次源和规划局` then stands among nine rows of
    /// `昌乐县自然资源和规划局` (two read so, seven filled in from the title).
    static func apply(to drafts: inout [DraftItem], owner: String? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var decided: Set<Int> = []
        for _ in 0..<(owner == nil ? 1 : 2) {
            let before = decided.count
            diagnostics += choose(in: &drafts, owner: owner, decided: &decided)
            if decided.count == before { break }
        }
        return diagnostics
    }

    /// One round of `apply` over the rows not yet `decided`, adding those it chooses for.
    private static func choose(in drafts: inout [DraftItem], owner: String?, decided: inout Set<Int>) -> [Diagnostic] {
        let counts = SpellingVote.counts(drafts.map(\.subject))
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].subjectRecognized && !decided.contains(index) {
            let read = drafts[index].subject
            let seq = drafts[index].seq
            if let chosen = choice(for: read, counts: counts) {
                diagnostics.append(Diagnostic(
                    .warning, .ocrSubjectChosen, seq: seq,
                    "第\(seq)项行政主体OCR识别为“\(read)”，其余\(counts[chosen] ?? 0)行为“\(chosen)”，按其余各行取“\(chosen)”，请核对原件"
                ))
                drafts[index].subject = chosen
                decided.insert(index)
            } else if let owner, let chosen = ownersEnd(filling: read, owner: owner, counts: counts) {
                diagnostics.append(Diagnostic(
                    .warning, .ocrSubjectChosen, seq: seq,
                    "第\(seq)项行政主体OCR识别为“\(read)”，按标题所列单位“\(owner)”及其余\(counts[chosen] ?? 0)行取“\(chosen)”，请核对原件"
                ))
                drafts[index].subject = chosen
                decided.insert(index)
            }
        }
        return diagnostics
    }

    /// The end of the title's `owner` that `read` is with Latin letters for
    /// some characters (`filledIn`'s pattern), when exactly one end fits and
    /// another row prints it.
    static func ownersEnd(filling read: String, owner: String, counts: [String: Int]) -> String? {
        guard let pattern = latinGapPattern(read) else { return nil }
        let ends = owner.indices.map { String(owner[$0...]) }.filter { fits(Array($0), pattern[...]) }
        guard ends.count == 1, let end = ends.first, (counts[end] ?? 0) >= 1, end != read else { return nil }
        return end
    }

    /// The one spelling `read` is taken for, or nil.
    static func choice(for read: String, counts: [String: Int]) -> String? {
        let counts = counts.merging([read: 1]) { max($0, $1) }
        let candidates = counts.keys.filter { SpellingVote.isMisreading(read, of: $0) && SpellingVote.isDecisive($0, counts: counts) }
        if candidates.count == 1 { return candidates.first }
        let cleaned = counts.keys.filter {
            (SpellingVote.isDebris(read, of: $0) || SpellingVote.isStutter(read, of: $0)) && (counts[$0] ?? 0) >= SpellingVote.attested
        }
        if candidates.isEmpty && cleaned.count == 1 { return cleaned.first }
        guard candidates.isEmpty, cleaned.isEmpty, counts[read] == 1 else { return nil }
        if let filled = filledIn(read, counts: counts) { return filled }
        let padded = counts.keys.filter { isPadded(read, of: $0) && SpellingVote.isDecisive($0, counts: counts) }
        if padded.count == 1 { return padded.first }
        let placed = counts.keys.filter { misreadsPlace(read, of: $0) && SpellingVote.isDecisive($0, counts: counts) }
        if placed.count == 1 { return placed.first }
        let twice = counts.keys.filter { isMisreadTwice(read, of: $0) && (counts[$0] ?? 0) >= widelyPrinted }
        return twice.count == 1 ? twice.first : nil
    }

    /// A long spelling printed this often decides a reading two characters off.
    static let widelyPrinted = 4

    /// `read` is `spelling`, eight characters or more, with two Chinese
    /// characters replaced (`昌乐其目然资源和规划局` for `昌乐县自然资源和规划局`).
    static func isMisreadTwice(_ read: String, of spelling: String) -> Bool {
        spelling.count >= 8 && SpellingVote.replacedCharacters(read, of: spelling) == 2
    }

    /// `read` is `spelling` but for units of its region that name no place,
    /// each as long as the unit of `spelling` it stands for and ending alike
    /// (`邢台市亡者区` for `邢台市襄都区`): a rare place name misread in two of its characters.
    static func misreadsPlace(_ read: String, of spelling: String, divisions: AdministrativeDivisions = .shared) -> Bool {
        guard let readRegion = JurisdictionSplitter.split(read).region, let region = JurisdictionSplitter.split(spelling).region,
              read.dropFirst(readRegion.count) == spelling.dropFirst(region.count) else { return false }
        let readUnits = JurisdictionSplitter.units(of: readRegion), units = JurisdictionSplitter.units(of: region)
        guard readUnits.count == units.count, readUnits != units else { return false }
        return zip(readUnits, units).allSatisfy { readUnit, unit in
            readUnit == unit || readUnit.count == unit.count && readUnit.last == unit.last && readUnit.allSatisfy(SpellingVote.isChinese)
                && !divisions.contains(readUnit) && divisions.contains(unit)
        }
    }

    /// The spelling whose characters `read` keeps where OCR read Latin
    /// letters for the others (`PAR XI保障局`): each run of Latin letters,
    /// digits, spaces and marks holding a letter stands for one or more
    /// characters, at least `kept` characters are read, and of the spellings
    /// that fit, one is printed `attested` times and more than twice as often
    /// as all the others together.
    static func filledIn(_ read: String, counts: [String: Int], kept: Int = 3) -> String? {
        guard let pattern = latinGapPattern(read, kept: kept) else { return nil }
        // With six characters read, one of them may be misread too (`昌乐县目RB源和规划局`).
        let misses = pattern.compactMap { $0 }.count >= 6 ? 1 : 0
        let fitting = counts.filter { $0.key != read && fits(Array($0.key), pattern[...], misses: misses) }
        guard let best = fitting.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= SpellingVote.attested else { return nil }
        let others = fitting.values.reduce(0, +) - best.value
        return best.value > 2 * others ? best.key : nil
    }

    /// `read` with each debris run holding a Latin letter or a digit, and
    /// each run of unread print (`〓`), as a gap (`nil`) of one or more
    /// characters, if it has such a run and `kept` characters. A subject
    /// names a department: no digit of it is printed (`昌乐县自442资源和规划局`).
    private static func latinGapPattern(_ read: String, kept: Int = 3) -> [Character?]? {
        let unread = Character(.unreadPrint)
        let standsForCharacters = { (character: Character) in character.isASCII && (character.isLetter || character.isNumber) || character == unread }
        guard read.contains(where: standsForCharacters), read.filter(SpellingVote.isChinese).count >= kept else { return nil }
        var pattern: [Character?] = []
        var run = ""
        for character in read + "\u{0}" {
            if SpellingVote.isDebris(character) || character == unread { run.append(character); continue }
            if run.contains(where: standsForCharacters) { pattern.append(nil) }
            run = ""
            if character != "\u{0}" { pattern.append(character) }
        }
        return pattern
    }

    /// `spelling` is `pattern` with each gap filled by one or more Chinese
    /// characters, and up to `misses` of its characters another Chinese one.
    private static func fits(_ spelling: [Character], _ pattern: ArraySlice<Character?>, misses: Int = 0) -> Bool {
        guard let first = pattern.first else { return spelling.isEmpty }
        guard let character = first else {
            return (1...max(1, spelling.count)).contains { taken in
                taken <= spelling.count && spelling[..<taken].allSatisfy(SpellingVote.isChinese)
                    && fits(Array(spelling[taken...]), pattern.dropFirst(), misses: misses)
            }
        }
        guard let printed = spelling.first else { return false }
        if printed == character { return fits(Array(spelling.dropFirst()), pattern.dropFirst(), misses: misses) }
        return misses > 0 && SpellingVote.isChinese(printed) && SpellingVote.isChinese(character)
            && fits(Array(spelling.dropFirst()), pattern.dropFirst(), misses: misses - 1)
    }

    /// `read` is `spelling` with one Chinese character more at its start or end.
    static func isPadded(_ read: String, of spelling: String) -> Bool {
        guard read.count == spelling.count + 1, let first = read.first, let last = read.last else { return false }
        let isChinese = { (character: Character) in character.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
        return read.dropFirst() == spelling && isChinese(first) || read.dropLast() == spelling && isChinese(last)
    }
}
