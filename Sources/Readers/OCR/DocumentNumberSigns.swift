/// A Chinese document number ends in `号`: `石医保规〔2019〕1号）`. Where the
/// English model reads the number, it reads `号` as `5`, boxed over the
/// full em that `号` takes (29 pixels where its digits take 13), and a digit
/// before it boxed inside that em as well: `〔2019〕145）` for `〔2019〕1号）`,
/// `【2016】945）` for `【2016】94号）` (four citations of the corpus scan; the
/// Chinese model alone reads them right).
///
/// After a year in brackets (four digits: `〔2019〕`, `【2016】`, `[2019]`,
/// `(2019)`), a run of digits closed by `)` or `）` whose last digit is boxed
/// at least `wide` of an em across was printed with `号`: the last digit is
/// `号`, with the digits boxed more than half inside it. A digit is half an
/// em wide; the number keeps what stands before the wide box, and where
/// nothing would (`〔2019〕5）`), or `号` was read, it stays as read.
enum DocumentNumberSigns {
    /// Least width, in ems, of a box that holds a full-width character, not a digit.
    static let wide = 0.75

    static func apply(to line: inout RecognizedLine, em: Int) {
        guard em > 0 else { return }
        let symbols = line.words.flatMap(\.symbols)
        let texts = symbols.map(\.text)
        var replaced: [Int: String] = [:]
        var dropped: Set<Int> = []
        for start in texts.indices {
            guard let close = yearClose(in: texts[...], at: start) else { continue }
            let digits = texts[(close + 1)...].prefix(while: \.isDigitSymbol)
            let last = close + digits.count, end = last + 1
            guard digits.count >= 2, end < texts.count, [")", "）"].contains(texts[end]),
                  Double(symbols[last].box.width) >= wide * Double(em) else { continue }
            let sign = symbols[last].box
            // Digits boxed more than half inside the sign's em were read from it.
            let inside = (close + 1..<last).filter { index in
                let box = symbols[index].box
                return 2 * (min(box.right, sign.right) - max(box.left, sign.left)) > box.width
            }
            guard inside.count < last - close - 1 else { continue }
            replaced[last] = "号"
            dropped.formUnion(inside)
        }
        guard !replaced.isEmpty else { return }
        line.replaceSymbols(replaced)
        line.removeSymbols(at: dropped)
    }

    /// Where a year in brackets opened at `start` (`〔2019〕`, `【2016】`,
    /// `[2019]`, `(2019)`) closes; nil where none opens there.
    static func yearClose(in texts: ArraySlice<String>, at start: Int) -> Int? {
        let close = start + 5
        guard texts.indices.contains(start), close < texts.endIndex, openers.contains(texts[start]),
              texts[(start + 1)..<close].allSatisfy(\.isDigitSymbol), closers.contains(texts[close]) else { return nil }
        return close
    }

    private static let openers: Set<String> = ["〔", "【", "[", "(", "（"]
    private static let closers: Set<String> = ["〕", "】", "]", ")", "）"]

    static let examples: [CorrectionExample] = [
        // Text, left and right edge (an em of 10 pixels, as `CorrectionExample` draws its symbols).
        CorrectionExample(symbols: numbered([("规", 0, 10), ("[", 10, 13), ("2", 14, 18), ("0", 19, 23), ("1", 24, 28), ("9", 29, 33),
                                             ("]", 34, 37), ("1", 40, 44), ("4", 45, 48), ("5", 45, 54), (")", 55, 58)]), "规[2019]1号)"),
        CorrectionExample(symbols: numbered([("字", 0, 10), ("【", 10, 13), ("2", 14, 18), ("0", 19, 23), ("1", 24, 28), ("6", 29, 33),
                                             ("】", 34, 37), ("9", 40, 44), ("4", 45, 49), ("5", 51, 59), ("）", 60, 63)]), "字【2016】94号）"),
        // Digits boxed as digits are a number: `〔2019〕145）`.
        CorrectionExample(symbols: numbered([("规", 0, 10), ("〔", 10, 13), ("2", 14, 18), ("0", 19, 23), ("1", 24, 28), ("9", 29, 33),
                                             ("〕", 34, 37), ("1", 40, 44), ("4", 45, 49), ("5", 50, 54), ("）", 55, 58)]), "规〔2019〕145）"),
        // No year in brackets before it (a sum of money, say), or nothing left of the number: as read.
        CorrectionExample(symbols: numbered([("额", 0, 10), ("（", 10, 13), ("1", 40, 44), ("4", 45, 48), ("5", 45, 54), ("）", 55, 58)]), "额（145）"),
        CorrectionExample(symbols: numbered([("规", 0, 10), ("〔", 10, 13), ("2", 14, 18), ("0", 19, 23), ("1", 24, 28), ("9", 29, 33),
                                             ("〕", 34, 37), ("4", 45, 48), ("5", 45, 54), ("）", 55, 58)]), "规〔2019〕45）"),
    ]

    /// Symbols of `CorrectionExample(symbols:)` at 99%.
    private static func numbered(_ symbols: [(String, Int, Int)]) -> [(String, Int, Int, Float)] {
        symbols.map { ($0.0, $0.1, $0.2, 99) }
    }
}
