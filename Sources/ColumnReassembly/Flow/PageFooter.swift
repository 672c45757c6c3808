import PowerListModel

/// Page furniture of text dumps: footers such as `第 3 页 共 25 页`,
/// `- 3 -`, `第3页`. Never text (SPEC.md).
enum PageFooter {
    struct Footer: Equatable {
        var page: Int
        var total: Int?
    }

    static func parse(_ line: String) -> Footer? {
        let compact = TextNormalizer.removingWhitespace(line)
        if compact.hasPrefix("第"), let pageEnd = compact.firstIndex(of: "页") {
            guard let page = pageNumber(compact[compact.index(after: compact.startIndex)..<pageEnd]) else { return nil }
            let rest = compact[compact.index(after: pageEnd)...]
            if rest.isEmpty { return Footer(page: page, total: nil) }
            guard rest.hasPrefix("共"), rest.hasSuffix("页"), let total = pageNumber(rest.dropFirst().dropLast()) else { return nil }
            return Footer(page: page, total: total)
        }
        // `- 3 -` / `— 3 —`
        let dashes: Set<Character> = ["-", "—", "－"]
        if let first = compact.first, let last = compact.last, dashes.contains(first), dashes.contains(last),
           let page = pageNumber(compact.dropFirst().dropLast()) {
            return Footer(page: page, total: nil)
        }
        return nil
    }

    /// Pages count from 1: `第0页` or `- -3 -` is not a footer.
    private static func pageNumber(_ digits: Substring) -> Int? {
        Int(digits).flatMap { $0 >= 1 ? $0 : nil }
    }
}
