/// `1、` `1.` `1．` `1,` `1，` `1）` and the doubled `2.、`. A decimal (`1.5`) or a
/// thousands separator (`1,000`) is not a token: no digit may follow a period or comma.
enum ArabicNumbering: NumberingRule {
    static func canStart(with scalar: Unicode.Scalar) -> Bool { scalar.isASCIIOrFullWidthDigit }

    static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
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

    static let examples: [SplittingExample] = [
        SplittingExample(.line("1、《甲法》第一条；2、《乙法》第二条"), .provisions(["《甲法》第一条", "《乙法》第二条"])),
        SplittingExample(
            .line("1. 《中华人民共和国社会保险法》第八十八条 2. 《中华人民共和国基本医疗卫生与健康促进法》第一百零四条"),
            .provisions(["《中华人民共和国社会保险法》第八十八条", "《中华人民共和国基本医疗卫生与健康促进法》第一百零四条"])
        ),
        SplittingExample(.line("1．甲；2．乙"), .provisions(["甲", "乙"])),
        SplittingExample(.line("1，甲；2，乙"), .provisions(["甲", "乙"])),
        SplittingExample(.line("1）甲 2）乙"), .provisions(["甲", "乙"])),
        SplittingExample(.lines("1、《甲法》第一条；", "2.、《乙办法》第二条；", "3、《丙办法》全文。"),
                         .provisions(["《甲法》第一条", "《乙办法》第二条", "《丙办法》全文"])),
        SplittingExample(.line("1. 按1.5倍收取 2. 罚款1,000元"), .provisions(["按1.5倍收取", "罚款1,000元"])),
        SplittingExample(.line("１、甲；２、乙"), .provisions(["甲", "乙"])),
        SplittingExample(.lines("1、2019年起执行的《甲办法》；", "2、《乙办法》"), .provisions(["2019年起执行的《甲办法》", "《乙办法》"])),
    ]
}
