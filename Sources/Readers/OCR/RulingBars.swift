/// A `|` standing on a vertical rule of the table is that rule, read as
/// text (its blur left after the rule was erased). Chinese lists print no
/// `|` of their own, least of all exactly on a rule: it is dropped. So is
/// a quote or a stop read there (`序号”权力类型。权力事项`, a spreadsheet
/// print's header row read as one line across its rules): a printed one
/// stands on the left of its own em, half an em clear of the rule that ends
/// its cell's line.
///
/// Off the rules a `|` is a stroke's end, a speck or what a rule left past
/// its erased length, read as a bar: beside Chinese text it goes too
/// (`制拆除。|8.其他`, `听证权|利`, `显不公的|;（三）`: 25 on 27 stand-in
/// scans, the development golds holding none).
enum RulingBars {
    static let bars: Set<String> = ["|", "｜", "”", "“", "\"", "'", "。", "."]
    /// What is never printed, on a rule or off it.
    static let verticals: Set<String> = ["|", "｜"]

    /// `lines` without the bars that stand on one of `rules` (within `tolerance` pixels across).
    static func apply(to lines: inout [RecognizedLine], rules: [PixelBox], tolerance: Int) {
        for line in lines.indices {
            let texts = lines[line].words.flatMap(\.symbols).map(\.text)
            var position = 0
            for word in lines[line].words.indices {
                lines[line].words[word].symbols.removeAll { symbol in
                    defer { position += 1 }
                    return bars.contains(symbol.text) && rules.contains { isOn(symbol.box, $0, tolerance: tolerance) }
                        || verticals.contains(symbol.text) && isBesideChinese(position, in: texts)
                }
            }
            lines[line].words.removeAll { $0.symbols.isEmpty }
        }
        lines.removeAll { $0.words.isEmpty }
    }

    /// Whether a symbol beside `position` of `texts` is a Chinese character
    /// or a full-width mark (`a|b`, Latin, is left as read).
    private static func isBesideChinese(_ position: Int, in texts: [String]) -> Bool {
        [position - 1, position + 1].filter(texts.indices.contains).contains { FullWidthPunctuation.isChinese(texts[$0]) }
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
        CorrectionExample("对用人单位|", "对用人单位", ruleAt: 9),
        CorrectionExample("a|b", "a|b"),
        // Off the rules, beside Chinese text.
        CorrectionExample("制拆除。|8.其他", "制拆除。8.其他"),
        CorrectionExample("和听证权|利", "和听证权利"),
        CorrectionExample(lines: ["显不公的|", "；（三）"], "显不公的；（三）"),
        CorrectionExample("序号”权力", "序号权力", ruleAt: 2),
        CorrectionExample("序号。权力", "序号权力", ruleAt: 2),
        // A cell whose line ends in a quote, the rule just after it.
        CorrectionExample("了。”", "了。”", ruleAt: 3),
    ]
}
