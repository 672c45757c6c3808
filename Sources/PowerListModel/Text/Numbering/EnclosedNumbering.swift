/// Numbers printed as one enclosed character: `①`–`⑳`, `⑴`–`⒇`, `⒈`–`⒛`, `㈠`–`㈩`.
public enum EnclosedNumbering: NumberingRule {
    public static func canStart(with scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2460...0x249B, 0x3220...0x3229: true
        default: false
        }
    }

    public static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        let value = scalars[start].value
        let style: NumberingStyle
        let number: UInt32
        switch value {
        case 0x2460...0x2473:
            style = NumberingStyle(family: .circled, delimiter: .enclosed)
            number = value - 0x2460 + 1
        case 0x2474...0x2487:
            style = NumberingStyle(family: .parenthesizedArabic, delimiter: .enclosed)
            number = value - 0x2474 + 1
        case 0x2488...0x249B:
            style = NumberingStyle(family: .arabic, delimiter: .period)
            number = value - 0x2488 + 1
        case 0x3220...0x3229:
            style = NumberingStyle(family: .parenthesizedChinese, delimiter: .enclosed)
            number = value - 0x3220 + 1
        default:
            return nil
        }
        return NumberingToken(style: style, number: Int(number), range: start..<start + 1)
    }
}
