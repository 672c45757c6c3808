/// One row of the summary table (事项总表 / 统计表), typed: readers hand over
/// its cells as printed and `SummaryRow(cells:)` says what the row is.
public enum SummaryRow: Sendable, Equatable {
    /// `一、行政处罚 共 3项`: a category with the count it declares.
    case heading(category: String, declaredCount: Int?)
    /// `1 | 1 | name` or `1 | 行政处罚 | name`: an item's number, the category
    /// its row prints (when the summary has a category column) and its name.
    case entry(seq: Int?, category: String?, name: String)
    /// `合计 | 17项`: the total it declares.
    case total(Int?)

    /// The row the cells of one summary-table row make, nil for a row that is
    /// none of these (the summary's own header, a note). Cells are as printed;
    /// empty cells are ignored.
    ///
    /// - `["一、行政处罚 共 3项"]` → heading 行政处罚, 3
    /// - `["1", "1", "对…的处罚"]` → entry 1 (a category-local number is skipped)
    /// - `["1", "行政处罚", "对…的处罚", "备注"]` → entry 1 in 行政处罚
    /// - `["合计", "17项"]`, `["共计：17项"]` → total 17
    /// - `["]1", "2", "对…的处罚"]` → entry with no number (a scan spoiled it)
    /// - `["口", "3", "对…的处罚"]` → entry with no number (a `5` read as a box)
    public init?(cells: [String]) {
        let cells = cells.map(TextNormalizer.collapseWhitespace).filter { !$0.isEmpty }
        guard let first = cells.first else { return nil }
        if let heading = CategoryHeading.parse(cells.joined(separator: " ")) {
            self = .heading(category: heading.category, declaredCount: heading.declaredCount)
        } else if let total = TotalRow.parse(cells) {
            self = .total(total)
        } else if let seq = NumberCell(first) ?? NumberCell(spoiled: first, before: cells.dropFirst()) {
            var rest = cells.dropFirst()
            // A category-local number (`1`, or one a scan spoiled).
            if let next = rest.first, NumberCell(next) != nil { rest = rest.dropFirst() }
            var category: String?
            if let next = rest.first, rest.count >= 2, PowerCategory.canonicalize(next) != nil {
                category = TextNormalizer.removingWhitespace(next)
                rest = rest.dropFirst()
            }
            guard let name = rest.first else { return nil }
            self = .entry(seq: seq.value, category: category, name: name)
        } else {
            return nil
        }
    }
}

/// A summary row's number cell: the number printed, or one a scan spoiled.
private enum NumberCell {
    case number(Int)
    case unreadable

    init?(_ cell: String) {
        let compact = TextNormalizer.removingWhitespace(cell)
        if let number = PrintedSeq.parse(cell: compact) {
            self = .number(number)
        } else if PrintedSeq.isUnreadable(cell: compact) {
            self = .unreadable
        } else {
            return nil
        }
    }

    /// A number cell a scan spoiled beyond any digit (`口` for `5`): one or
    /// two characters, no note's colon, before a category-local number and a
    /// name, which only an entry row has.
    init?(spoiled cell: String, before rest: ArraySlice<String>) {
        let compact = TextNormalizer.removingWhitespace(cell)
        guard (1...2).contains(compact.count), !compact.contains(where: { $0 == "：" || $0 == ":" }),
              rest.count >= 2, let next = rest.first, NumberCell(next)?.value != nil
        else { return nil }
        self = .unreadable
    }

    var value: Int? {
        if case .number(let number) = self { number } else { nil }
    }
}
