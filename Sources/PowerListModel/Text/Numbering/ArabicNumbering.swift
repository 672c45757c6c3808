/// `1、` `1.` `1．` `1,` `1，` `1）` and the doubled `2.、`. A decimal (`1.5`) or a
/// thousands separator (`1,000`) is not a token: no digit may follow a period or comma.
public enum ArabicNumbering: NumberingRule {
    public static func canStart(with scalar: Unicode.Scalar) -> Bool { scalar.isASCIIOrFullWidthDigit }

    public static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        var index = start
        var number = 0
        while index < scalars.count, let digit = scalars[index].digitValue, index - start < 3 {
            number = number * 10 + digit
            index += 1
        }
        guard index > start, number > 0, index < scalars.count else { return nil }
        let delimiter: NumberingStyle.Delimiter
        switch scalars[index] {
        case "、": delimiter = .ideographicComma
        case ".", "．": delimiter = .period
        case ",", "，": delimiter = .comma
        case ")", "）": delimiter = .closingParenthesis
        default: return nil
        }
        index += 1
        // `2.、`: a period and an ideographic comma printed together are one token.
        if delimiter == .period, index < scalars.count, scalars[index] == "、" { index += 1 }
        // `1.5` and `1,000` are numbers; `1、2019年…` is still a token.
        if delimiter == .period || delimiter == .comma, index < scalars.count, scalars[index].isASCIIOrFullWidthDigit { return nil }
        return NumberingToken(style: NumberingStyle(family: .arabic, delimiter: delimiter), number: number, range: start..<index)
    }
}
