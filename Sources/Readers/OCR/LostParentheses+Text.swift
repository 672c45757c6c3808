/// Where the scan shows no arc (`LostParentheses` finds none: a speckled
/// 200 dpi print blurs it into the character, or the cleaning erased it),
/// the text alone may still be sure a `（` was printed before an unopened
/// `）`:
///
/// - a clause's number after a separator or at the cell's start: `；二)难产`,
///   `：一）违法行为`, `。7)执行阶段责任` — no clause opens with a numeral a
///   bracket closes unless the bracket opened it; a digit's only where the
///   cell prints `(1)` with both brackets elsewhere (`1）` is a style of its own);
/// - a document's number right after a title: `条例》国务院令第259号）` —
///   a title is followed by its number in brackets, never by the number bare
///   and a bracket closing it.
///
/// Elsewhere (`县市、区)`, `乡镇)`) the bracket may close what a page break
/// left on the page before, and nothing changes.
extension LostParentheses {
    /// Where a `（` goes before the `）` at `close` of line `line`, the text
    /// alone being sure of it; nil otherwise.
    static func textualOpening(before close: Int, of line: Int, in lines: [RecognizedLine]) -> Int? {
        let symbols = lines[line].words.flatMap(\.symbols).prefix(close).map(\.text)
        guard let next = nextText(after: close, of: line, in: lines), let first = next.unicodeScalars.first,
              first.isCJKIdeograph || next == "《" else { return nil }
        if let start = clauseNumberStart(in: symbols), !symbols[start].isDigitSymbol || printsBracketedDigits(lines) {
            let before = start > 0 ? symbols[start - 1] : lastText(before: line, in: lines)
            if before.map(separators.contains) ?? true { return start }
        }
        return documentNumberStart(in: symbols)
    }

    /// The start of one to three Chinese numerals or one or two digits ending `symbols`.
    private static func clauseNumberStart(in symbols: [String]) -> Int? {
        let numerals = symbols.reversed().prefix { $0.count == 1 && "一二三四五六七八九十".contains($0) }.count
        let digits = symbols.reversed().prefix { $0.isDigitSymbol }.count
        if (1...3).contains(numerals) { return symbols.count - numerals }
        if (1...2).contains(digits) { return symbols.count - digits }
        return nil
    }

    /// After a `》`, a document's number ending `symbols` (`国务院令第259号`,
    /// `冀医保规〔2019〕3号`): its start, right after the title.
    private static func documentNumberStart(in symbols: [String]) -> Int? {
        guard symbols.last == "号", let title = symbols.lastIndex(of: "》"), symbols.count - title <= 20 else { return nil }
        let number = symbols[(title + 1)...]
        guard !number.contains(where: { brackets.contains($0) }), number.contains("第") || number.contains("〔") else { return nil }
        return title + 1
    }

    /// Whether the cell prints a digit in both brackets somewhere (`（1）`, `(12)`).
    private static func printsBracketedDigits(_ lines: [RecognizedLine]) -> Bool {
        let texts = lines.flatMap { $0.words.flatMap(\.symbols).map(\.text) }
        return texts.indices.contains { start in
            guard ["（", "("].contains(texts[start]) else { return false }
            let digits = texts[(start + 1)...].prefix { $0.isDigitSymbol }.count
            let close = start + 1 + digits
            return (1...2).contains(digits) && close < texts.count && ["）", ")"].contains(texts[close])
        }
    }

    /// The last symbol's text on the lines before line `line`; nil at the cell's start.
    private static func lastText(before line: Int, in lines: [RecognizedLine]) -> String? {
        lines[..<line].last { $0.symbolCount > 0 }.map { $0.symbol(at: $0.symbolCount - 1).text }
    }

    /// The text of the symbol after `close` in the cell, on its line or the next.
    private static func nextText(after close: Int, of line: Int, in lines: [RecognizedLine]) -> String? {
        if close + 1 < lines[line].symbolCount { return lines[line].symbol(at: close + 1).text }
        return lines[(line + 1)...].first { $0.symbolCount > 0 }?.symbol(at: 0).text
    }

    private static let separators: Set<String> = ["；", ";", "。", "：", ":"]
    private static let brackets: Set<String> = ["（", "(", "）", ")", "《", "》", "〈", "〉"]
}
