import PowerListModel

/// Page furniture of text dumps: footers such as `第 3 页 共 25 页`,
/// `- 3 -`, `第3页`. Never text (SPEC.md).
enum PageFooter {
    struct Footer: Equatable {
        var page: Int
        var total: Int?
    }

    static func parse(_ line: String) -> Footer? {
        let compact = line.filter { !$0.isWhitespace }
        if compact.hasPrefix("第"), let pageEnd = compact.firstIndex(of: "页") {
            guard let page = Int(compact[compact.index(after: compact.startIndex)..<pageEnd]) else { return nil }
            let rest = compact[compact.index(after: pageEnd)...]
            if rest.isEmpty { return Footer(page: page, total: nil) }
            guard rest.hasPrefix("共"), rest.hasSuffix("页"), let total = Int(rest.dropFirst().dropLast()) else { return nil }
            return Footer(page: page, total: total)
        }
        // `- 3 -` / `— 3 —`
        let dashes: Set<Character> = ["-", "—", "－"]
        if let first = compact.first, let last = compact.last, dashes.contains(first), dashes.contains(last),
           let page = Int(compact.dropFirst().dropLast()) {
            return Footer(page: page, total: nil)
        }
        return nil
    }
}
