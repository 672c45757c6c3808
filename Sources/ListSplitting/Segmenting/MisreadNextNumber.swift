import PowerListModel

/// The later numbers of a recognized list, misread. Each case of a 追责情形
/// starts a line with its number, and one misread number (`7:` for `7.`, a
/// `6` lost in a speck, `（西）` for `（四）`) would end the list there: every
/// case after it ran into one. In a recognized cell the expected number is
/// taken with a misread delimiter or bracket content, and the list goes on
/// past a number lost from the next one at a line start; the lost number's
/// text stays in the element before.
enum MisreadNextNumber {
    /// The expected number, misread, at `index` of a recognized cell whose list has `style`.
    static func token(in cell: JoinedCell, at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        guard cell.isRecognized else { return nil }
        switch style.family {
        case .arabic: return arabicToken(in: cell.scalars, at: index, expected: expected, style: style)
        case .parenthesizedArabic, .parenthesizedChinese: return enclosedToken(in: cell.scalars, at: index, expected: expected, style: style)
        case .chinese, .circled: return nil
        }
    }

    /// `7:` `7;` `7]` where a recognized list expects 7, before a Chinese
    /// character or `《`, or `7` before a step label; or `]1.` where it expects 11
    /// (a `1` read as a bracket or a bar, as beside a rule) with the list's
    /// own delimiter.
    private static func arabicToken(in scalars: [Unicode.Scalar], at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        var end = index, number = 0, lookalike = false
        while end < scalars.count, end - index < 3, let digit = scalars[end].digitValue ?? (oneLookalikes.contains(scalars[end]) ? 1 : nil) {
            lookalike = lookalike || scalars[end].digitValue == nil
            number = number * 10 + digit
            end += 1
        }
        guard end > index, number == expected, end + 1 < scalars.count else { return nil }
        // The delimiter lost before a step label (`4拟定处理意见阶段责任：`).
        if !lookalike, StepLabel.length(in: scalars[...], at: end, recognized: true) != nil {
            return NumberingToken(style: style, number: expected, range: index..<end)
        }
        guard scalars[end + 1].isCJKIdeograph || scalars[end + 1] == "《" else { return nil }
        // A misread digit with a misread delimiter is too little left of a number.
        let delimited = lookalike
            ? ArabicNumbering.token(in: [Unicode.Scalar("1")] + scalars[end...].prefix(2), at: 0)?.style == style
            : misreadDelimiters.contains(scalars[end])
        guard delimited, lookalike || scalars[index].digitValue != nil else { return nil }
        return NumberingToken(style: style, number: expected, range: index..<(end + 1))
    }

    /// In a list of `（一）` or `(1)`, before a Chinese character: brackets
    /// holding one or two characters that are no numeral (`（西）` `(=)` `(PO)`
    /// for `（四）` `（二）` `（四）`), or the expected numeral with its opening
    /// bracket lost (`二）` `6)`).
    private static func enclosedToken(in scalars: [Unicode.Scalar], at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        let isClose = { (scalar: Unicode.Scalar) in scalar == ")" || scalar == "）" }
        guard let close = scalars[index...].prefix(4).firstIndex(where: isClose), close > index,
              close + 1 < scalars.count, scalars[close + 1].isCJKIdeograph else { return nil }
        let inner = scalars[index..<close]
        if ParenthesizedNumbering.canStart(with: scalars[index]) {
            let content = inner.dropFirst()
            guard (1...2).contains(content.count),
                  content.allSatisfy({ !$0.isSpace && !$0.isASCIIOrFullWidthDigit && !ChineseNumeral.isNumeral($0) && !contentBreakers.contains($0) })
            else { return nil }
        } else {
            let number = style.family == .parenthesizedArabic
                ? (inner.count <= 2 && inner.allSatisfy(\.isASCIIOrFullWidthDigit) ? inner.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) } : nil)
                : ChineseNumeral.value(of: inner)
            guard number == expected else { return nil }
        }
        return NumberingToken(style: style, number: expected, range: index..<(close + 1))
    }

    /// A token of another style that is the expected number of a recognized
    /// list of `(1)`, its opening bracket lost (`6)`): taken in the list's style.
    static func restyled(_ token: NumberingToken, in cell: JoinedCell, expected: Int, style: NumberingStyle) -> NumberingToken {
        guard cell.isRecognized, style.family == .parenthesizedArabic, token.number == expected,
              token.style == NumberingStyle(family: .arabic, delimiter: .closingParenthesis) else { return token }
        return NumberingToken(style: style, number: expected, range: token.range)
    }

    /// A token of the list's style with another number than expected (nor
    /// the next, which resumes the list), before a step label: a misread
    /// digit (`(8)决定阶段责任：` where `(3)` is expected), taken as expected.
    /// A label opens a step; a number before one is the step's.
    static func labelled(_ token: NumberingToken, in cell: JoinedCell, expected: Int, style: NumberingStyle) -> NumberingToken {
        guard cell.isRecognized, token.style == style, token.number != expected, token.number != expected + 1,
              StepLabel.length(in: cell.scalars[...], at: token.range.upperBound, recognized: true) != nil else { return token }
        return NumberingToken(style: style, number: expected, range: token.range)
    }

    /// The expected number right after a character, the separator before it
    /// lost, where it opens a provision: `…第七十七条2.《河北省…》`, `第二十八条4:《`.
    /// Inside a sentence a number runs on before no title mark.
    static func runningOn(in cell: JoinedCell, at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        let scalars = cell.scalars
        // After `第` a number is an ordinal (`第3.`), whatever follows it.
        guard cell.isRecognized, style.family == .arabic, scalars[index].isASCIIOrFullWidthDigit,
              scalars[index - 1].isCJKIdeograph, scalars[index - 1] != "第" else { return nil }
        let printed = NumberingTokens.token(in: scalars, at: index).flatMap { $0.style == style && $0.number == expected ? $0 : nil }
        guard let token = printed ?? arabicToken(in: scalars, at: index, expected: expected, style: style),
              token.range.upperBound < scalars.count, scalars[token.range.upperBound] == "《" else { return nil }
        return token
    }

    /// A token of the list's style read as another numeral (`（三）` where
    /// `（二）` is expected) when the list's next token is the number after
    /// the expected one: `（一）…；（三）…；（三）…` is `（一）（二）（三）`.
    static func isOutOfTurn(_ token: NumberingToken, in cell: JoinedCell, expected: Int, style: NumberingStyle,
                            next: (Int) -> NumberingToken?) -> Bool {
        guard cell.isRecognized, token.style == style, token.number != expected else { return false }
        return next(token.range.upperBound)?.number == expected + 1
    }

    /// What OCR reads a `1` as beside a rule.
    static let oneLookalikes: Set<Unicode.Scalar> = ["]", "|", "l", "I"]

    /// `token` is the number after the expected one, of the list's style, at
    /// a line start of a recognized cell: the list resumes from it.
    static func resumes(_ cell: JoinedCell, _ token: NumberingToken, expected: Int, style: NumberingStyle, atLineStart: Bool) -> Bool {
        cell.isRecognized && atLineStart && token.number == expected + 1 && token.style == style
    }

    private static let misreadDelimiters: Set<Unicode.Scalar> = [":", "：", ";", "]", "|"]
    /// What a bracketed note holds and a misread number never does.
    private static let contentBreakers: Set<Unicode.Scalar> = ["，", ",", "。", "；", ";", "、", "(", "（"]
}
