/// `（1）` `(1)` `（一）` `(一)`, either bracket width. `（2015）` is a year, not a
/// list number: at most two digits.
public enum ParenthesizedNumbering: NumberingRule {
    public static func canStart(with scalar: Unicode.Scalar) -> Bool { scalar == "（" || scalar == "(" }

    public static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        let inner = start + 1
        var index = inner
        while index < scalars.count, index - inner < 4,
              scalars[index].isASCIIOrFullWidthDigit || ChineseNumeral.isNumeral(scalars[index]) {
            index += 1
        }
        guard index > inner, index < scalars.count, scalars[index] == "）" || scalars[index] == ")" else { return nil }
        let numerals = scalars[inner..<index]
        let family: NumberingStyle.Family
        let number: Int
        if numerals.allSatisfy(\.isASCIIOrFullWidthDigit) {
            guard numerals.count <= 2 else { return nil }
            family = .parenthesizedArabic
            number = numerals.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) }
        } else {
            guard let value = ChineseNumeral.value(of: numerals) else { return nil }
            family = .parenthesizedChinese
            number = value
        }
        guard number > 0 else { return nil }
        return NumberingToken(style: NumberingStyle(family: family, delimiter: .enclosed), number: number, range: start..<index + 1)
    }
}
