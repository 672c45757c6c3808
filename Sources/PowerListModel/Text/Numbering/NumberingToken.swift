/// How a list element's number is printed. Tokens of one list share a family;
/// the delimiter tells `1、` from `1.` when that matters (inline tokens).
public struct NumberingStyle: Hashable, Sendable {
    public enum Family: Hashable, Sendable {
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

    public enum Delimiter: Hashable, Sendable {
        case ideographicComma
        case period
        case comma
        case closingParenthesis
        /// The number is enclosed (parentheses, a circle): nothing follows it.
        case enclosed
    }

    public var family: Family
    public var delimiter: Delimiter

    public init(family: Family, delimiter: Delimiter) {
        self.family = family
        self.delimiter = delimiter
    }
}

/// A printed element number: `range` covers the whole token (`2.、` included).
public struct NumberingToken: Equatable, Sendable {
    public var style: NumberingStyle
    public var number: Int
    public var range: Range<Int>

    public init(style: NumberingStyle, number: Int, range: Range<Int>) {
        self.style = style
        self.number = number
        self.range = range
    }
}

/// One way of printing element numbers.
public protocol NumberingRule {
    /// Whether a token of this rule can start with `scalar` (cheap dispatch).
    static func canStart(with scalar: Unicode.Scalar) -> Bool
    /// The token starting exactly at `start`, if one does.
    static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken?
}

public enum NumberingTokens {
    /// The numbering token starting at `start`, whatever its style.
    public static func token(in scalars: [Unicode.Scalar], at start: Int) -> NumberingToken? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        if ArabicNumbering.canStart(with: first) { return ArabicNumbering.token(in: scalars, at: start) }
        if ChineseNumbering.canStart(with: first) { return ChineseNumbering.token(in: scalars, at: start) }
        if ParenthesizedNumbering.canStart(with: first) { return ParenthesizedNumbering.token(in: scalars, at: start) }
        if EnclosedNumbering.canStart(with: first) { return EnclosedNumbering.token(in: scalars, at: start) }
        return nil
    }
}

extension NumberingTokens {
    /// The numbering token a line of text starts with (`1、立案责任…` → 1).
    public static func token(atStartOf text: String) -> NumberingToken? {
        token(in: Array(text.unicodeScalars.prefix(8)), at: 0)
    }
}
