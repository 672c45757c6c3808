/// A speck at either end of a short cell OCR read — the 权力类型, the
/// 权力事项 or the 行政主体 — comes out as a mark (`,对定点医疗机构…`,
/// `-行政强制`, `…的处罚|_`). Those cells begin with a character or an
/// opening bracket and end with a character or a closing one, never with a
/// separating mark, a dash or a bar, so such marks at their ends go. Long
/// cells keep theirs: a row broken by a page may go on with `，并处…`.
///
/// - `,对定点医疗机构的监督检查` → `对定点医疗机构的监督检查`
/// - `-行政强制` → `行政强制`
/// - `…支出的处罚|_` → `…支出的处罚`
/// - `对医疗救助的监督检查-` → `对医疗救助的监督检查`; `…的处罚。` → as it is
/// - `（主项）--（子项）`, `《条例》规定的检查` → as they are
enum StrayEndMarks {
    static let marks: Set<Character> = [",", "，", "、", "；", ";", ":", "：", "-", "_", "|", "｜", "·", "'", "`", "~"]
    /// A full stop may end a printed name (`…的处罚。`); it never begins one.
    static let leadingOnly: Set<Character> = [".", "。"]

    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, marks.contains(first) || leadingOnly.contains(first) { characters.removeFirst() }
        while let last = characters.last, marks.contains(last) { characters.removeLast() }
        return String(characters)
    }
}
