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
        case .parenthesizedArabic, .parenthesizedChinese:
            return enclosedToken(in: cell.scalars, at: index, expected: expected, style: style)
                ?? afterSpeck(in: cell.scalars, at: index, expected: expected, style: style)
        case .chinese, .circled: return nil
        }
    }

    /// `；上（二）`, `；人二）`: one character read from a speck before a
    /// bracketed number, or for its opening bracket, where the list expects
    /// that number; the character goes with the token. A numeral or a
    /// bracket there is the number's own.
    private static func afterSpeck(in scalars: [Unicode.Scalar], at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        let speck = scalars[index]
        guard index + 1 < scalars.count, !speck.isSpace, !ParenthesizedNumbering.canStart(with: speck), !speck.isASCIIOrFullWidthDigit,
              !ChineseNumeral.isNumeral(speck) else { return nil }
        // The number itself read right: `（二）`, or `二）` with the speck for its bracket
        // (not a misread content, `（镇）`: with a character before it, that is text).
        let printed = NumberingTokens.token(in: scalars, at: index + 1).flatMap { $0.style == style && $0.number == expected ? $0.range.upperBound : nil }
        guard let end = printed ?? bareNumberEnd(in: scalars, at: index + 1, expected: expected, style: style),
              end < scalars.count, scalars[end].isCJKIdeograph else { return nil }
        return NumberingToken(style: style, number: expected, range: index..<end)
    }

    /// Where `二）` (or `4)`), the expected number without its opening bracket, ends.
    private static func bareNumberEnd(in scalars: [Unicode.Scalar], at index: Int, expected: Int, style: NumberingStyle) -> Int? {
        guard let close = scalars[index...].prefix(3).firstIndex(where: { $0 == ")" || $0 == "）" }), close > index else { return nil }
        return bracketedNumber(scalars[index..<close], family: style.family) == expected ? close + 1 : nil
    }

    /// The number a bracket holds in a list of `family`: one or two digits
    /// (`(12)`), or Chinese numerals (`（十二）`); nil for anything else.
    private static func bracketedNumber(_ inner: ArraySlice<Unicode.Scalar>, family: NumberingStyle.Family) -> Int? {
        guard family == .parenthesizedArabic else { return ChineseNumeral.value(of: inner) }
        guard (1...2).contains(inner.count), inner.allSatisfy(\.isASCIIOrFullWidthDigit) else { return nil }
        return inner.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) }
    }

    /// `7:` `7;` `7]` `7。` where a recognized list expects 7, before a Chinese
    /// character or `《`; `7` with its delimiter lost before a step label, a
    /// title or a category (`7《`, `7[部门规章】`), or after a sentence's end
    /// (`；7违反`); or `]1.` where it expects 11 (a `1` read as a bracket or a
    /// bar, as beside a rule) with the list's own delimiter.
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
        // The delimiter lost before a title or a law's category (`2《社会保险费征缴暂行条例》`,
        // `2[部门规章】`: the `【` read as `[`).
        if !lookalike, scalars[end] == "《" || scalars[end] == "【" || scalars[end] == "[" && scalars[end + 1].isCJKIdeograph {
            return NumberingToken(style: style, number: expected, range: index..<end)
        }
        // The delimiter lost after a sentence's end (`；4违反法定权限`, `;4 在稽核工作中`),
        // where no count goes on (`；3个工作日内`).
        if !lookalike, index > 0, sentenceEnds.contains(scalars[index - 1]) {
            let text = scalars[end].isSpace ? end + 1 : end
            if text < scalars.count, scalars[text].isCJKIdeograph, !measureWords.contains(scalars[text]) {
                return NumberingToken(style: style, number: expected, range: index..<text)
            }
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
        if let lost = closeLost(in: scalars, at: index, expected: expected, style: style) { return lost }
        guard let close = scalars[index...].prefix(4).firstIndex(where: isClose), close > index,
              close + 1 < scalars.count, scalars[close + 1].isCJKIdeograph else { return nil }
        let inner = scalars[index..<close]
        if ParenthesizedNumbering.canStart(with: scalars[index]) {
            let content = inner.dropFirst()
            guard (1...2).contains(content.count),
                  content.allSatisfy({ !$0.isSpace && !$0.isASCIIOrFullWidthDigit && !ChineseNumeral.isNumeral($0) && !contentBreakers.contains($0) })
            else { return nil }
        } else {
            guard bracketedNumber(inner, family: style.family) == expected else { return nil }
        }
        return NumberingToken(style: style, number: expected, range: index..<(close + 1))
    }

    /// `(2《`, `(4》《`: the expected number of a list of `(1)`, its closing
    /// bracket lost or read as `》` before a title mark, which no bracketed
    /// note opens with a bare number.
    private static func closeLost(in scalars: [Unicode.Scalar], at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        guard style.family == .parenthesizedArabic, ParenthesizedNumbering.canStart(with: scalars[index]) else { return nil }
        let digits = scalars[(index + 1)...].prefix { $0.isASCIIOrFullWidthDigit }.prefix(3)
        guard digits.endIndex < scalars.count, bracketedNumber(digits, family: style.family) == expected else { return nil }
        if scalars[digits.endIndex] == "《" { return NumberingToken(style: style, number: expected, range: index..<digits.endIndex) }
        guard scalars[digits.endIndex] == "》", digits.endIndex + 1 < scalars.count, scalars[digits.endIndex + 1] == "《" else { return nil }
        return NumberingToken(style: style, number: expected, range: index..<(digits.endIndex + 1))
    }

    /// A token of another style that is the expected number of a recognized
    /// list of `(1)`, or the one after it (which resumes the list at a line
    /// start), its opening bracket lost (`6)`): taken in the list's style.
    static func restyled(_ token: NumberingToken, in cell: JoinedCell, expected: Int, style: NumberingStyle) -> NumberingToken {
        guard cell.isRecognized, style.family == .parenthesizedArabic, token.number == expected || token.number == expected + 1,
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
              token.range.upperBound < scalars.count, scalars[token.range.upperBound] == "《",
              // Its delimiter printed: `附件2《申请表》` is text.
              scalars[token.range.upperBound - 1].digitValue == nil else { return nil }
        return token
    }

    /// The expected number, printed in the list's own style, after a comma
    /// OCR read for the `；` before it (`…截留、私分的，（六）在违法案件…`):
    /// a clause's number inside a sentence is a reference (`第（六）项`), never
    /// after a comma.
    static func afterComma(in cell: JoinedCell, at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        let scalars = cell.scalars
        guard cell.isRecognized, index > 0, scalars[index - 1] == "，" || scalars[index - 1] == ",",
              let token = NumberingTokens.token(in: scalars, at: index), token.style == style, token.number == expected,
              token.range.upperBound < scalars.count, scalars[token.range.upperBound].isCJKIdeograph || scalars[token.range.upperBound] == "《"
        else { return nil }
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

    /// A token of the list's style that is the expected two-digit number
    /// with a digit lost (`1.` for `11.`: Tesseract reads two like digits side
    /// by side as one), where no list nested in the element goes on from it
    /// (a `1.` followed by a `2.`, or a number of a style nested before).
    static func lostDigit(_ token: NumberingToken, in cell: JoinedCell, expected: Int, style: NumberingStyle, nested: Bool,
                          next: (Int) -> NumberingToken?) -> Bool {
        guard cell.isRecognized, expected >= 10, token.style == style, !nested else { return false }
        let digits = Array(String(expected))
        let read = String(token.number)
        guard digits.indices.contains(where: { lost in String(digits.enumerated().filter { $0.offset != lost }.map(\.element)) == read })
        else { return false }
        return next(token.range.upperBound)?.number != token.number + 1
    }

    /// What OCR reads a `1` as beside a rule.
    static let oneLookalikes: Set<Unicode.Scalar> = ["]", "|", "l", "I"]

    /// `token` is the number after the expected one, of the list's style, at
    /// a line start of a recognized cell: the list resumes from it.
    static func resumes(_ cell: JoinedCell, _ token: NumberingToken, expected: Int, style: NumberingStyle, atLineStart: Bool) -> Bool {
        cell.isRecognized && atLineStart && token.number == expected + 1 && token.style == style
    }

    private static let misreadDelimiters: Set<Unicode.Scalar> = [":", "：", ";", "]", "|", "。"]
    private static let sentenceEnds: Set<Unicode.Scalar> = ["；", ";", "。"]
    /// What a count goes on with: a number before one is the text's (`3个工作日`, `5日内`).
    private static let measureWords: Set<Unicode.Scalar> = [
        "个", "日", "天", "年", "月", "周", "时", "小", "次", "倍", "人", "名", "万", "千", "百", "元", "条", "款", "项", "号", "种", "份", "件", "家", "户", "类",
    ]
    /// What a bracketed note holds and a misread number never does.
    private static let contentBreakers: Set<Unicode.Scalar> = ["，", ",", "。", "；", ";", "、", "(", "（"]
}
