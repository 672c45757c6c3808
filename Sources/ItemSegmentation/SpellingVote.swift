/// What the subject, title and place-name choices share: how often a list
/// prints each spelling, which readings are misreadings of a spelling, and
/// when a spelling is decisive. A misreading is the spelling with one Chinese
/// character replaced by another, or with marks the spelling never prints,
/// or both. A spelling is decisive when it is printed at least `attested`
/// times, and twice as often as all its misreadings together: OCR may
/// misread a rare character in most places and the same way in several, and
/// then its plurality may itself be a misreading.
enum SpellingVote {
    /// How many times a spelling must be printed to decide for it.
    static let attested = 2

    /// How many times each of `texts` is printed (empty ones aside).
    static func counts(_ texts: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for text in texts where !text.isEmpty { counts[text, default: 0] += 1 }
        return counts
    }

    static func isDecisive(_ spelling: String, counts: [String: Int]) -> Bool {
        let count = counts[spelling] ?? 0
        let misread = counts.filter { isMisreading($0.key, of: spelling) }.values.reduce(0, +)
        return count >= attested && count >= 2 * misread
    }

    /// `read` differs from `spelling`, and without the marks `spelling`
    /// never prints, is `spelling` or `spelling` with one Chinese character
    /// replaced by another.
    static func isMisreading(_ read: String, of spelling: String) -> Bool {
        guard read != spelling, let replaced = replacedCharacters(read, of: spelling) else { return false }
        return replaced <= 1
    }

    /// How many Chinese characters of `spelling` `read` replaces by others,
    /// without the marks `spelling` never prints; nil when it differs otherwise.
    static func replacedCharacters(_ read: String, of spelling: String) -> Int? {
        replacements(read, of: spelling)?.places.count
    }

    /// `read` without the marks `spelling` never prints, and the places
    /// where it has another Chinese character than `spelling`; nil when it
    /// differs otherwise.
    static func replacements(_ read: String, of spelling: String) -> (kept: [Character], places: [Int])? {
        let marks = Set(spelling.filter(\.isPunctuation))
        let a = Array(read.filter { !$0.isPunctuation || marks.contains($0) }), b = Array(spelling)
        guard a.count == b.count else { return nil }
        let differing = a.indices.filter { a[$0] != b[$0] }
        return differing.allSatisfy { isChinese(a[$0]) && isChinese(b[$0]) } ? (a, differing) : nil
    }

    /// `read` is `spelling` with only debris added: marks, Latin letters,
    /// digits and spaces `spelling` never prints, which OCR reads from specks
    /// and from the strokes of a character it split (`邢台T市H 襄都区医疗保障局`,
    /// `襄都区医疗1保障局`).
    /// Unlike a character replaced, debris is no rival reading, so a spelling
    /// printed `attested` times decides it without outnumbering it.
    static func isDebris(_ read: String, of spelling: String) -> Bool {
        guard read != spelling else { return false }
        return withoutDebris(read, keeping: spelling) == spelling
    }

    /// What OCR reads from specks and split strokes: marks, spaces, Latin letters and digits.
    static func isDebris(_ character: Character) -> Bool {
        character.isPunctuation || character.isWhitespace || character.isASCII && (character.isLetter || character.isNumber)
    }

    /// `read` without the debris `spelling` never prints.
    static func withoutDebris(_ read: String, keeping spelling: String) -> String {
        let printed = Set(spelling)
        return read.filter { printed.contains($0) || !isDebris($0) }
    }

    /// `read` is `spelling` with one of its Chinese characters read twice
    /// over, side by side, and perhaps debris (`邢台台T市H襄都区医疗保障局`).
    static func isStutter(_ read: String, of spelling: String) -> Bool {
        let kept = Array(withoutDebris(read, keeping: spelling))
        guard kept.count == spelling.count + 1 else { return false }
        return kept.indices.dropLast().contains { at in
            kept[at] == kept[at + 1] && isChinese(kept[at]) && String(kept[..<at] + kept[(at + 1)...]) == spelling
        }
    }

    /// Where `text` holds a misreading of `spelling` as long as it, by
    /// character offsets, left to right and not overlapping.
    static func stretches(of text: [Character], misreading spelling: String) -> [Range<Int>] {
        let length = spelling.count
        var found: [Range<Int>] = []
        var start = 0
        while start + length <= text.count {
            if isMisreading(String(text[start..<(start + length)]), of: spelling) {
                found.append(start..<(start + length))
                start += length
            } else {
                start += 1
            }
        }
        return found
    }

    static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy(\.properties.isIdeographic)
    }
}
