/// A `|` standing on a vertical rule of the table is that rule, read as
/// text (its blur left after the rule was erased). Chinese lists print no
/// `|` of their own, least of all exactly on a rule: it is dropped. So is
/// a quote or a stop read there (`序号”权力类型。权力事项`, a spreadsheet
/// print's header row read as one line across its rules): a printed one
/// stands on the left of its own em, half an em clear of the rule that ends
/// its cell's line.
enum RulingBars {
    static let bars: Set<String> = ["|", "｜", "”", "“", "\"", "'", "。", "."]

    /// `lines` without the bars that stand on one of `rules` (within `tolerance` pixels across).
    static func apply(to lines: inout [RecognizedLine], rules: [PixelBox], tolerance: Int) {
        for line in lines.indices {
            for word in lines[line].words.indices {
                lines[line].words[word].symbols.removeAll { symbol in
                    bars.contains(symbol.text) && rules.contains { isOn(symbol.box, $0, tolerance: tolerance) }
                }
            }
            lines[line].words.removeAll { $0.symbols.isEmpty }
        }
        lines.removeAll { $0.words.isEmpty }
    }

    private static func isOn(_ symbol: PixelBox, _ rule: PixelBox, tolerance: Int) -> Bool {
        let middle = (symbol.left + symbol.right) / 2
        return middle >= rule.left - tolerance && middle <= rule.right + tolerance
            && symbol.top < rule.bottom && symbol.bottom > rule.top
    }

    /// Each example's symbols stand 10 pixels apart; the rule is at `ruleAt` symbols.
    static let examples: [CorrectionExample] = [
        CorrectionExample("对用人单位|", "对用人单位", ruleAt: 5),
        CorrectionExample("|赵县医疗", "赵县医疗", ruleAt: 0),
        CorrectionExample("对用人单位|", "对用人单位|", ruleAt: 9),
        CorrectionExample("a|b", "a|b"),
        CorrectionExample("序号”权力", "序号权力", ruleAt: 2),
        CorrectionExample("序号。权力", "序号权力", ruleAt: 2),
        // A cell whose line ends in a quote, the rule just after it.
        CorrectionExample("了。”", "了。”", ruleAt: 3),
    ]
}
