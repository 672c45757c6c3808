/// List elements drop the punctuation that separated them from the next one
/// (`；` `;` `，` `,` `。`) and the white space around it; inner punctuation stays
/// (`符合备案条件不予办理的；不符合备案条件办理的`).
enum TrailingListPunctuation {
    static func isListPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "；", ";", "，", ",", "。": true
        default: false
        }
    }

    /// `range` without leading white space and without trailing white space or list punctuation.
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace || isListPunctuation(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Each range trimmed; one left with nothing (a separator alone: `；`,
    /// `1、；`) is no element, so it neither takes a number nor gives an empty text.
    static func elements(_ ranges: [Range<Int>], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        ranges.map { trimmed($0, in: scalars) }.filter { !$0.isEmpty }
    }
}
