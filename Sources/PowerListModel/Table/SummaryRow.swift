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
    public init?(cells: [String]) {
        let cells = cells.map(TextNormalizer.collapseWhitespace).filter { !$0.isEmpty }
        guard let first = cells.first else { return nil }
        if let heading = CategoryHeading.parse(cells.joined(separator: " ")) {
            self = .heading(category: heading.category, declaredCount: heading.declaredCount)
        } else if let total = TotalRow.parse(cells) {
            self = .total(total)
        } else if let seq = PrintedSeq.parse(cell: TextNormalizer.removingWhitespace(first)) {
            var rest = cells.dropFirst()
            if let next = rest.first, Int(next) != nil { rest = rest.dropFirst() }
            var category: String?
            if let next = rest.first, rest.count >= 2, PowerCategory.canonicalize(next) != nil {
                category = TextNormalizer.removingWhitespace(next)
                rest = rest.dropFirst()
            }
            guard let name = rest.first else { return nil }
            self = .entry(seq: seq, category: category, name: name)
        } else {
            return nil
        }
    }
}
