import PowerListModel

/// 追责情形 repeat row after row, case for case, and OCR reads a case's
/// closing `；` as `，` now and then (its dot lost in the scan), so two
/// cases run together: `行政处罚显失公正的，执法人员玩忽职守…`; or it reads
/// a speck after the `；` where a case's line starts, which hides the break
/// (`…遭受损失的；¢不具备…`). A case that such a mark splits into two cases
/// other rows print as cases of their own, each at least `attested` times,
/// is those two (the speck dropped). Applies to
/// recognized lists only: printed text is split as printed.
///
/// - `行政处罚显失公正的，执法人员玩忽职守…的`, with both halves cases of
///   two other rows → `行政处罚显失公正的`, `执法人员玩忽职守…的`
/// - `对申请人提交的材料，不予受理的` stays where `对申请人提交的材料` is no case
public enum JoinedCases {
    /// How often each half must stand as a case of its own.
    public static let attested = 2

    public static func apply(to items: [Item]) -> [Item] {
        var counts: [String: Int] = [:]
        for item in items {
            for found in item.accountability?.cases ?? [] { counts[found.text, default: 0] += 1 }
        }
        let known = Set(counts.filter { $0.value >= attested }.keys)
        guard known.count >= 2 else { return items }
        return items.map { item in
            guard var accountability = item.accountability else { return item }
            let texts = accountability.cases.flatMap { halves(of: $0.text, known: known) ?? [$0.text] }
            guard texts.count > accountability.cases.count else { return item }
            accountability.cases = texts.enumerated().map { Case(no: $0.offset + 1, text: $0.element) }
            var item = item
            item.accountability = accountability
            return item
        }
    }

    /// The two known cases `text` joins at a comma, or at a `；` with a
    /// speck read after it (`…遭受损失的；¢不具备…`, `；-符合`), or nil.
    private static func halves(of text: String, known: Set<String>) -> [String]? {
        guard !known.contains(text) else { return nil }
        for mark in text.indices where joiners.contains(text[mark]) {
            let first = String(text[..<mark])
            guard known.contains(first) else { continue }
            let rest = text[text.index(after: mark)...]
            if known.contains(String(rest)) { return [first, String(rest)] }
            // After a `；`, one or two characters read from a speck (no Chinese) before the case.
            guard text[mark] == "；" || text[mark] == ";" else { continue }
            let speck = rest.prefix(2).prefix { !$0.unicodeScalars.contains(where: \.isCJKIdeograph) }
            for length in [1, 2] where length <= speck.count {
                let second = String(rest.dropFirst(length))
                if known.contains(second) { return [first, second] }
            }
        }
        return nil
    }

    private static let joiners: Set<Character> = ["，", ",", "；", ";"]
}
