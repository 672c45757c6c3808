import PowerListModel

/// The label of a card's field, in the three ways portals print one:
/// `职权名称：对…的处罚` (a colon), `职权类型: | 行政处罚 |` (a cell of its
/// own) and `权力类型 行政许可` (a space). A label is a column title
/// (`ColumnTitles`): a known one, or — after a colon — any short run of
/// ideographs (`行使层级：县级`); after a space only a known one, since any
/// sentence starts with a word.
enum FieldLabel {
    /// The label a cell or the text before a colon is, nil for other text.
    static func label(_ text: String, separatedByColon: Bool) -> String? {
        var label = TextNormalizer.removingWhitespace(text)
        while let last = label.last, last == "：" || last == ":" { label.removeLast() }
        guard !label.isEmpty else { return nil }
        if ColumnTitles.knownRole(forHeader: label) != nil { return label }
        guard separatedByColon, case .extra = ColumnTitles.role(forHeader: label), !PowerCategory.printedNames.contains(label) else { return nil }
        return label
    }

    /// `label：value` or `label value`, nil when the line opens with no label.
    ///
    /// - `职权名称：对…的处罚` → 职权名称, 对…的处罚
    /// - `责任事项：` → 责任事项, (empty)
    /// - `权力类型 行政许可` → 权力类型, 行政许可
    /// - `职权名称 对违反种子法的处罚` → 职权名称, 对违反种子法的处罚
    /// - `序号 权力类型 权力事项 实施依据` → nil (a header row: every word a title)
    /// - `对违反规定的处罚` → nil
    static func field(in line: String) -> (label: String, value: String)? {
        // A label's colon is among the first 13 Characters: looked for there only.
        if line.holdsColon, let colon = line.prefix(13).firstIndex(where: { $0 == "：" || $0 == ":" }),
           let label = label(String(line[..<colon]), separatedByColon: true) {
            return (label, TextNormalizer.collapseWhitespace(String(line[line.index(after: colon)...])))
        }
        // Only a space compares equal to a space: a line without its byte has none.
        guard line.utf8.contains(0x20), let space = line.firstIndex(of: " "), let label = label(String(line[..<space]), separatedByColon: false) else { return nil }
        let value = TextNormalizer.collapseWhitespace(String(line[space...]))
        guard !value.isEmpty, !isTitles(value) else { return nil }
        return (label, value)
    }

    /// Words that are column titles, most of them known ones: the rest of a
    /// header row (`权力 权力事项名称 实施依据`, a title wrapped), not a value —
    /// a short item name looks like a title too, but is no known one.
    private static func isTitles(_ text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        let known = words.filter { ColumnTitles.knownRole(forHeader: $0) != nil }.count
        return words.allSatisfy { ColumnTitles.role(forHeader: $0) != nil } && known * 2 >= words.count
    }
}
