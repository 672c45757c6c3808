import PowerListModel

/// Sorts the lines before a flow dump's detail table into title lines and
/// summary-table rows (`一、行政处罚 共 3项`, `1 1 name`, `合计 17项`), joining an
/// entry whose name wrapped onto the following lines.
enum FlowSummaryReader {
    static func read(_ lines: [FlowLine]) -> (titles: [String], summary: [SummaryRow]) {
        var titles: [String] = []
        var rows: [[String]] = []
        var entryOpen = false
        for text in rejoined(lines.map(\.text)) {
            if CategoryHeading.parse(text) != nil {
                rows.append([text])
                entryOpen = false
            } else if ColumnTitles.isSummaryHeader(text.split(separator: " ").map(String.init)) {
                entryOpen = false
            } else if entryOpen, let last = rows.last, last.count == 2, last[1].isEmpty, FlowCues.bareInteger(text) != nil {
                // `10` `1` `name`: the category's own number on a line of its own too.
                rows[rows.count - 1] = [last[0], text, ""]
            } else if let entry = entryCells(text) {
                rows.append(entry)
                entryOpen = true
            } else if TotalRow.isTotal(text) {
                rows.append(totalCells(text))
                entryOpen = false
            } else if entryOpen && !looksLikeTitle(text) {
                rows[rows.count - 1][rows[rows.count - 1].count - 1] += TextNormalizer.removingWhitespace(text)
            } else if let waiting = rows.firstIndex(where: isNameless), !looksLikeTitle(text) {
                // A spreadsheet's print: the names that did not fit beside their numbers come later, in order.
                rows[waiting][rows[waiting].count - 1] = TextNormalizer.removingWhitespace(text)
            } else {
                titles.append(text)
                entryOpen = false
            }
        }
        return (titles, groupedUnderHeadings(rows).compactMap(SummaryRow.init(cells:)))
    }

    /// An entry whose name has not come yet: numbers only.
    private static func isNameless(_ cells: [String]) -> Bool {
        cells.count >= 2 && Int(cells[0]) != nil && cells[cells.count - 1].isEmpty
    }

    /// A spreadsheet's print puts the category headings after every entry: the
    /// entries' own numbers (1 where a category starts again) give back the
    /// groups, and the headings go before them in order, when they match up.
    static func groupedUnderHeadings(_ rows: [[String]]) -> [[String]] {
        let isHeading = { (cells: [String]) in cells.count == 1 && CategoryHeading.parse(cells[0]) != nil }
        guard let firstHeading = rows.firstIndex(where: isHeading), let firstEntry = rows.firstIndex(where: { $0.count == 3 && Int($0[0]) != nil }),
              firstEntry < firstHeading else { return rows }
        let headings = rows.filter(isHeading)
        let entries = rows.filter { !isHeading($0) }
        var groups: [[[String]]] = []
        for entry in entries {
            if groups.isEmpty || (entry.count == 3 && entry[1] == "1") { groups.append([]) }
            groups[groups.count - 1].append(entry)
        }
        guard groups.count == headings.count else { return rows }
        return zip(headings, groups).flatMap { [$0] + $1 }
    }

    /// Lines a dump broke at spaces (rotated pages print each word on a line of
    /// its own) joined again: a line whose bracket stays open (`一、行政许可（0` `项）`,
    /// `…清单（2025` `年版）`), a total and its count (`合计` `17` `项`), and a run of
    /// column titles (`序号` `权力类型` `备注`).
    static func rejoined(_ texts: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < texts.count {
            var text = texts[index]
            index += 1
            while index < texts.count, opensBracket(text) || (TotalRow.isTotal(text) && ItemCount.parse(text) == nil && isCountPiece(texts[index])) {
                text += " " + texts[index]
                index += 1
            }
            if ColumnTitles.role(forHeader: text) != nil, let last = result.last,
               last.split(separator: " ").allSatisfy({ ColumnTitles.role(forHeader: String($0)) != nil }),
               ColumnTitles.isSummaryHeader((last + " " + text).split(separator: " ").map(String.init)) {
                result[result.count - 1] = last + " " + text
                continue
            }
            result.append(text)
        }
        return result
    }

    private static func opensBracket(_ text: String) -> Bool {
        text.filter { $0 == "（" || $0 == "(" }.count > text.filter { $0 == "）" || $0 == ")" }.count
    }

    /// What follows 合计 when broken apart: its number, then 项.
    private static func isCountPiece(_ text: String) -> Bool {
        text == "项" || (!text.isEmpty && text.allSatisfy(\.isASCIIDigit)) || ItemCount.parse(text) != nil
    }

    /// `12 3 name` / `12 name` / `20 4` or `12` (name on the next lines) → its cells.
    private static func entryCells(_ text: String) -> [String]? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var numbers: [String] = []
        while let first = words.first, numbers.count < 2, Int(first) != nil {
            numbers.append(first)
            words.removeFirst()
        }
        guard !numbers.isEmpty else { return nil }
        return numbers + [words.joined(separator: " ")]
    }

    /// `合计 17项` / `共计：17项`: the label and the count as two cells.
    private static func totalCells(_ text: String) -> [String] {
        let compact = TextNormalizer.removingWhitespace(text)
        return [String(compact.prefix(2)), String(compact.dropFirst(2).drop { $0 == "：" || $0 == ":" })]
    }

    /// A table title (`…权责清单事项分表`) or a note such as `（共六类、26 项）`.
    static func looksLikeTitle(_ text: String) -> Bool {
        if text.contains("清单") || text.hasSuffix("总表") || text.hasSuffix("分表") || text.hasSuffix("统计表") { return true }
        return (text.hasPrefix("（") && text.hasSuffix("）")) || (text.hasPrefix("(") && text.hasSuffix(")"))
    }
}
