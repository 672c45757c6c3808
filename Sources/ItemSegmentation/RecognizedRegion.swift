import PowerListModel

/// A list's title names its place (`邢台市襄都区`), and OCR misreads a rare
/// character of it (`邢台市衷都区`), often more ways than the rows can outvote
/// (`SpellingVote`). Places are a closed set (`AdministrativeDivisions`): a
/// unit of the recognized region that names no place is a misreading. It
/// takes the place one character away from it, with the same last character
/// (区, 县, 市), that lies inside the unit printed before it (or contains the
/// one printed after it) when exactly one does; otherwise the candidate the
/// list's other texts print most often, if any prints it and no other as
/// often. Beside a known unit, a unit that lost its first character
/// (`台市` before `襄都区`) is mended the same way. `ocr-region-chosen` names
/// what was read.
///
/// - `邢台市衷都区`: 邢台市 contains 襄都区 and 信都区, both one away; the rows
///   print 襄都区 five times, 信都区 never → `邢台市襄都区`
/// - `邢台市襄都区` → stays (both units are places)
/// - `起县`, the rows printing 赵县 twenty times → `赵县`
/// - `邢台市训都区`, nothing printing 襄都区 or 信都区 → stays (no evidence)
/// - `台市襄都区` → `邢台市襄都区` (襄都区 lies in 邢台市 only)
/// - `邢台市了事都区`: 襄都区 and 信都区 each one character read as two; the
///   rows print 襄都区 once, 信都区 never → `邢台市襄都区`
///
/// Beside a known unit, a unit with two characters misread, not its last
/// (a rare place character and its neighbour, at 300 dpi), takes
/// the place of its length and last character inside that unit that the
/// other texts print at least `twiceOffSupport` times, when no other
/// such place is printed as often: the rows outvote the likeness.
///
/// - `邢台市圳者区`: 邢台市 holds 襄都区, 信都区, 任泽区, 南和区; the rows
///   print 襄都区 five times, the rest never → `邢台市襄都区`
/// - `邢台市圳者区`, the rows printing 襄都区 once → stays
enum RecognizedRegion {
    struct Choice: Equatable {
        var read: String
        var place: String
    }

    static func apply(to titleLines: inout [String], region: String?, texts: [String]) -> [Diagnostic] {
        guard let region, let (mended, choices) = mended(region, texts: texts) else { return [] }
        let stretches = choices.map { choice in
            let likeness = SpellingVote.replacedCharacters(choice.read, of: choice.place) == 2
                ? "与之差两字，为清单其他处多次所印" : "与之仅差一字，且与相邻区划相符或为清单其他处所印"
            return "“\(choice.read)”不是行政区划名称，取“\(choice.place)”（\(likeness)）"
        }.joined(separator: "；")
        var diagnostics: [Diagnostic] = []
        for index in titleLines.indices {
            let line = TextNormalizer.removingWhitespace(titleLines[index])
            guard let range = line.range(of: region) else { continue }
            diagnostics.append(Diagnostic(
                .warning, .ocrRegionChosen, seq: nil,
                "标题OCR识别为“\(line)”，其中\(stretches)，请核对原件"
            ))
            titleLines[index] = line.replacingCharacters(in: range, with: mended)
        }
        return diagnostics
    }

    /// `region` with every unit that names no place replaced by the place it
    /// misreads, and the choices made; nil when no unit changes.
    static func mended(_ region: String, texts: [String], divisions: AdministrativeDivisions = .shared) -> (String, [Choice])? {
        var units = JurisdictionSplitter.units(of: region)
        guard units.joined() == region else { return nil }
        var choices: [Choice] = []
        // Twice: a unit mended may be the known neighbour that decides the next.
        for _ in 0..<2 {
            for index in units.indices where !divisions.contains(units[index]) {
                let before = index > 0 && divisions.contains(units[index - 1]) ? units[index - 1] : nil
                let after = index + 1 < units.count && divisions.contains(units[index + 1]) ? units[index + 1] : nil
                guard let place = choice(for: units[index], before: before, after: after, texts: texts, divisions: divisions) else { continue }
                choices.append(Choice(read: units[index], place: place))
                units[index] = place
            }
        }
        return choices.isEmpty ? nil : (units.joined(), choices)
    }

    static func choice(for read: String, before: String?, after: String?, texts: [String], divisions: AdministrativeDivisions) -> String? {
        let placed = before != nil || after != nil
        var candidates = divisions.names.filter { isMisreading(read, of: $0, placed: placed) }
        if let before { candidates = candidates.filter { divisions.lies($0, in: before) } }
        if let after { candidates = candidates.filter { divisions.lies(after, in: $0) } }
        if placed, candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty, let before {
            let twiceOff = divisions.names.filter { $0.count == read.count && $0.last == read.last && divisions.lies($0, in: before)
                && SpellingVote.replacedCharacters(read, of: $0) == 2 }
            return mostPrinted(twiceOff, in: texts, atLeast: twiceOffSupport)
        }
        return mostPrinted(candidates, in: texts, atLeast: 1)
    }

    /// Texts printing a place misread in two characters, at least.
    static let twiceOffSupport = 2

    /// The candidate `texts` print most often, at least `least` times, when no other as often.
    private static func mostPrinted(_ candidates: [String], in texts: [String], atLeast least: Int) -> String? {
        let support = candidates.map { candidate in (candidate, texts.filter { $0.contains(candidate) }.count) }
        guard let best = support.max(by: { $0.1 < $1.1 }), best.1 >= least, support.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    /// The region `owner` begins with (`邢台市衷都区` of `邢台市衷都区医疗保障局`)
    /// has a unit that is no place.
    static func namesNoPlace(owner: String, divisions: AdministrativeDivisions = .shared) -> Bool {
        guard let region = JurisdictionSplitter.split(owner).region else { return false }
        return JurisdictionSplitter.units(of: region).contains { !divisions.contains($0) }
    }

    /// `read` is `place` with one Chinese character replaced, its last the
    /// same; or, beside a known unit, `place` without its first character,
    /// or with one character read as two (`isSplit`).
    static func isMisreading(_ read: String, of place: String, placed: Bool) -> Bool {
        guard read.last == place.last else { return false }
        if placed, place.count == read.count + 1, place.hasSuffix(read) { return true }
        if placed, isSplit(read, of: place) { return true }
        return place.count == read.count && SpellingVote.isMisreading(read, of: place)
    }

    /// `read` is `place` with one character, not its last, read as two
    /// Chinese characters: a tall character of parts stacked one on another
    /// is cut between them at low resolution (`邢台市了事都区` for 襄都区, at 200 dpi).
    /// The place has three characters or more, two of them read right: a
    /// county of two (`威县`) is no split of any three ending alike (`襄都县`).
    static func isSplit(_ read: String, of place: String) -> Bool {
        let a = Array(read), b = Array(place)
        guard a.count == b.count + 1, b.count >= 3 else { return false }
        return (0..<(b.count - 1)).contains { (index: Int) -> Bool in
            let halves: Bool = SpellingVote.isChinese(a[index]) && SpellingVote.isChinese(a[index + 1])
            let neither: Bool = a[index] != b[index] && a[index + 1] != b[index]
            let rest: Bool = a[..<index] == b[..<index] && a[(index + 2)...] == b[(index + 1)...]
            return halves && neither && rest
        }
    }
}
