/// `一、` `二．`: Chinese numerals followed by a delimiter. `第十条第二项` has none,
/// so it is never a token.
public enum ChineseNumbering: NumberingRule {
    public static func canStart(with scalar: Unicode.Scalar) -> Bool { ChineseNumeral.isNumeral(scalar) }

    public static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        var index = start
        while index < scalars.count, ChineseNumeral.isNumeral(scalars[index]), index - start < 4 { index += 1 }
        guard index < scalars.count, let number = ChineseNumeral.value(of: scalars[start..<index]), number > 0 else { return nil }
        let delimiter: NumberingStyle.Delimiter
        switch scalars[index] {
        case "、": delimiter = .ideographicComma
        case ".", "．": delimiter = .period
        default: return nil
        }
        return NumberingToken(style: NumberingStyle(family: .chinese, delimiter: delimiter), number: number, range: start..<index + 1)
    }
}

/// Chinese numerals as printed in list numbers and article numbers.
public enum ChineseNumeral {
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || unit(scalar) != nil
    }

    public static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    public static func unit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    /// The value of `一百零四`, `十一`, `二十`; `nil` for runs that are not a number (`一二`).
    public static func value(of numerals: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0
        var pending: Int?
        for scalar in numerals {
            if let digit = digit(scalar) {
                if let pending, pending != 0 { return nil }
                pending = digit
            } else if let unit = unit(scalar) {
                total += (pending ?? (total == 0 ? 1 : 0)) * unit
                pending = nil
            } else {
                return nil
            }
        }
        return numerals.isEmpty ? nil : total + (pending ?? 0)
    }
}
