/// The text before the first case of 追责情形, without its trailing colon. A cell
/// with no cases is all preamble, kept whole (its final `。` too).
enum AccountabilityPreamble {
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace || scalars[upper - 1] == "：" || scalars[upper - 1] == ":" { upper -= 1 }
        return lower..<upper
    }
}
