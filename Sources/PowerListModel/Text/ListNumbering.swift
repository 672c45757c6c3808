/// A list-numbering token at the start of a line or after a separator:
/// `1、` `1.` `1．` `2.、` `（1）` `(1)` `①` `一、` `（一）`.
public struct ListNumbering: Sendable, Equatable {
    public enum Style: Sendable, Hashable {
        /// Arabic digits followed by a delimiter (`、` `.` `．` …).
        case arabic
        /// `（1）` / `(1)`.
        case parenthesizedArabic
        /// `①`–`⑳`.
        case circled
        /// `一、`.
        case chinese
        /// `（一）`.
        case parenthesizedChinese
    }

    public var value: Int
    public var style: Style
    /// Length of the token in Unicode scalars, including any space after it.
    public var length: Int

    /// The token at the start of `scalars`, if any.
    public static func parse(_ scalars: some Collection<Unicode.Scalar>) -> ListNumbering? {
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return nil }
        if (0x2460...0x2473).contains(first.value) {
            return ListNumbering(value: Int(first.value - 0x2460 + 1), style: .circled, length: 1 + spaces(scalars.dropFirst()))
        }
        if first == "（" || first == "(" {
            return parenthesized(Array(scalars.dropFirst().prefix(6)))
        }
        if let digit = asciiDigit(first) {
            var value = digit, length = 1
            var rest = scalars.dropFirst()
            while let next = rest.first, let d = asciiDigit(next), length < 3 {
                value = value * 10 + d; length += 1; rest = rest.dropFirst()
            }
            guard let delimiter = rest.first, arabicDelimiters.contains(delimiter) else { return nil }
            length += 1; rest = rest.dropFirst()
            // `2.、`: a doubled delimiter is one token.
            if let next = rest.first, next == "、" { length += 1; rest = rest.dropFirst() }
            // `1.5` or `2.0` is a number, not a token.
            if delimiter == "." || delimiter == "．", let next = rest.first, asciiDigit(next) != nil { return nil }
            return ListNumbering(value: value, style: .arabic, length: length + spaces(rest))
        }
        if chineseDigits[first] != nil {
            let run = Array(scalars.prefix(4).prefix { chineseDigits[$0] != nil })
            guard let value = chineseValue(run) else { return nil }
            let rest = scalars.dropFirst(run.count)
            guard let delimiter = rest.first, delimiter == "、" || delimiter == "．" else { return nil }
            return ListNumbering(value: value, style: .chinese, length: run.count + 1 + spaces(rest.dropFirst()))
        }
        return nil
    }

    public static func parse(_ text: String) -> ListNumbering? {
        parse(text.unicodeScalars)
    }

    private static let arabicDelimiters: Set<Unicode.Scalar> = ["、", ".", "．", "，", ",", "）", ")"]

    private static func parenthesized(_ inner: [Unicode.Scalar]) -> ListNumbering? {
        guard let close = inner.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 0 else { return nil }
        let body = inner[..<close]
        let length = close + 2 + spaces(inner[(close + 1)...])
        if body.allSatisfy({ asciiDigit($0) != nil }), body.count <= 2 {
            let value = body.reduce(0) { $0 * 10 + asciiDigit($1)! }
            return ListNumbering(value: value, style: .parenthesizedArabic, length: length)
        }
        if let value = chineseValue(Array(body)) {
            return ListNumbering(value: value, style: .parenthesizedChinese, length: length)
        }
        return nil
    }

    private static func spaces(_ rest: some Collection<Unicode.Scalar>) -> Int {
        rest.prefix { $0 == " " || $0 == "\u{3000}" }.count
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// 一 … 九十九 (the values list numbering uses).
    public static func chineseValue(_ run: [Unicode.Scalar]) -> Int? {
        guard !run.isEmpty, run.count <= 3 else { return nil }
        var total = 0, current = 0
        for scalar in run {
            guard let digit = chineseDigits[scalar] else { return nil }
            if digit == 10 {
                total += max(current, 1) * 10
                current = 0
            } else {
                current = digit
            }
        }
        return total + current
    }
}
