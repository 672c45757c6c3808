import PowerListModel

/// A speck at either end of a short cell OCR read — the 权力类型, the
/// 权力事项 or the 行政主体 — comes out as a mark (`,对定点医疗机构…`,
/// `-行政强制`, `…的处罚|_`). Those cells begin with a character or an
/// opening bracket and end with a character or a closing one, never with a
/// separating mark, a dash or a bar, so such marks at their ends go. Long
/// cells keep theirs: a row broken by a page may go on with `，并处…`.
///
/// - `,对定点医疗机构的监督检查` → `对定点医疗机构的监督检查`
/// - `-行政强制` → `行政强制`
/// - `…支出的处罚|_` → `…支出的处罚`; `对其失信行为实施联合惩戒…` (a run of specks read
///   as an ellipsis) → `对其失信行为实施联合惩戒`
/// - `对医疗救助的监督检查-` → `对医疗救助的监督检查`; `…的处罚。` → as it is
/// - `（主项）--（子项）`, `《条例》规定的检查` → as they are
/// - a 权力类型 `其他“权力` → `其他权力` (`category(_:)`)
/// - a recognized summary's entry `…盐渍化的处罚，` → `…盐渍化的处罚` (`trimEntryNames(of:)`):
///   the same name, the same cell shape, read a second time; an entry read `、` stays `、`
enum StrayEndMarks {
    static let marks: Set<Character> = [",", "，", "、", "；", ";", ":", "：", "-", "_", "|", "｜", "·", "'", "`", "~", "…", "⋯"]
    /// A full stop may end a printed name (`…的处罚。`); it never begins one.
    static let leadingOnly: Set<Character> = [".", "。"]

    /// A 权力类型 is one word: OCR's marks anywhere in it go (`其他“权力`
    /// → 其他权力), brackets stay.
    static let quotes: Set<Character> = ["“", "”", "‘", "’", "\"", "'"]

    static func category(_ text: String) -> String {
        text.filter { !marks.contains($0) && !leadingOnly.contains($0) && !quotes.contains($0) }
    }

    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, marks.contains(first) || leadingOnly.contains(first) { characters.removeFirst() }
        while let last = characters.last, marks.contains(last) { characters.removeLast() }
        return String(characters)
    }

    /// The names of a recognized summary's entries, trimmed as a row's are.
    /// A name read as marks alone (its print lost, a speck read) stays as
    /// read: an entry names something, and a row's empty name is repaired
    /// from the summary, not the other way round.
    static func trimEntryNames(of summary: inout Summary) {
        for (group, entry) in summary.entryPositions {
            let read = summary.groups[group].entries[entry].name
            let kept = trimmed(read)
            summary.groups[group].entries[entry].name = kept.isEmpty ? read : kept
        }
    }
}
