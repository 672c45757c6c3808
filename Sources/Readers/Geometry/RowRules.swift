import PowerListModel

/// The rules a table prints between its rows, where the reader saw them (a
/// scan's rules, found before OCR): page by page, the heights of those that
/// cross the 序号 column. A tight row's padding is less than OCR's line boxes
/// vary, so its spacing cannot show where the row ends; its rule does.
/// Text layers do not say where rules are: their rows are cut by spacing
/// alone (`RowSegmenter`).
struct RowRules: Sendable {
    private var heights: [Int: [Double]]

    static let none = RowRules(heights: [:])

    private init(heights: [Int: [Double]]) {
        self.heights = heights
    }

    /// The rules of `pages` (by page number) that cross the column at `x`
    /// (a rule broken in the scan counts where a piece crosses it).
    init(_ pages: [Int: [HorizontalRule]], crossingColumnAt x: Double?) {
        guard let x else {
            self = .none
            return
        }
        heights = pages.mapValues { rules in
            rules.filter { $0.x0 <= x && $0.x1 >= x }.map(\.y).sorted()
        }.filter { !$0.value.isEmpty }
    }

    /// Top to bottom.
    func on(page: Int) -> [Double] {
        heights[page] ?? []
    }
}
