import PowerListModel

/// Lists that group their rows under category headings (`一、行政许可`,
/// `二、行政处罚（7项）`) instead of printing a 权力类型 on every row: the
/// heading is the category of the rows that follow it and print none.
struct SectionCategory {
    private(set) var current: String?

    /// Takes `text` as a section heading when it is one; returns whether it was.
    @discardableResult
    mutating func enter(_ text: String) -> Bool {
        guard SummaryShape.isCategoryHeading(text) else { return false }
        current = Self.category(in: text)
        return true
    }

    func apply(to row: inout GridRow) {
        guard let current, row[.category].isEmpty else { return }
        row[.category] = Cell(text: current)
    }

    /// `二、行政处罚（7项）` → 行政处罚.
    static func category(in heading: String) -> String {
        let compact = heading.filter { !$0.isWhitespace }
        var rest = Substring(compact)
        if let separator = rest.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }) {
            rest = rest[rest.index(after: separator)...]
        }
        if let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }) { rest = rest[..<open] }
        if let share = rest.firstIndex(of: "共") { rest = rest[..<share] }
        return String(rest)
    }
}
