/// How a list element's number is printed. Tokens of one list share a family;
/// the delimiter tells `1、` from `1.` when that matters (inline tokens).
struct NumberingStyle: Hashable, Sendable {
    enum Family: Hashable, Sendable {
        /// `1、` `1.` `1．` `1,` `1）`
        case arabic
        /// `一、` `一．`
        case chinese
        /// `（1）` `(1)` `⑴`
        case parenthesizedArabic
        /// `（一）` `(一)` `㈠`
        case parenthesizedChinese
        /// `①`
        case circled
    }

    enum Delimiter: Hashable, Sendable {
        case ideographicComma
        case period
        case comma
        case closingParenthesis
        /// The number is enclosed (parentheses, a circle): nothing follows it.
        case enclosed
    }

    var family: Family
    var delimiter: Delimiter
}

/// A printed element number: `range` covers the whole token (`2.、` included).
struct NumberingToken: Equatable, Sendable {
    var style: NumberingStyle
    var number: Int
    var range: Range<Int>
}

/// One way of printing element numbers.
protocol NumberingRule: ExampleProviding {
    /// Whether a token of this rule can start with `scalar` (cheap dispatch).
    static func canStart(with scalar: Unicode.Scalar) -> Bool
    /// The token starting exactly at `start`, if one does.
    static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken?
}

enum NumberingTokens {
    /// The numbering token starting at `start`, whatever its style.
    static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        if ArabicNumbering.canStart(with: first) { return ArabicNumbering.token(in: scalars, at: start) }
        if ChineseNumbering.canStart(with: first) { return ChineseNumbering.token(in: scalars, at: start) }
        if ParenthesizedNumbering.canStart(with: first) { return ParenthesizedNumbering.token(in: scalars, at: start) }
        if EnclosedNumbering.canStart(with: first) { return EnclosedNumbering.token(in: scalars, at: start) }
        return nil
    }
}
