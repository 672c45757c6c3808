/// List elements drop the punctuation that separated them from the next one
/// (`；` `;` `，` `,` `。`) and the white space around it; inner punctuation stays
/// (`符合备案条件不予办理的；不符合备案条件办理的`).
enum TrailingListPunctuation: ExampleProviding {
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

    static let examples: [SplittingExample] = [
        SplittingExample(.lines("1、对符合受理条件的事项申请不受理的 ；", "2、其他行为。"), .accountability(preamble: nil, cases: ["对符合受理条件的事项申请不受理的", "其他行为"])),
        SplittingExample(.line("1、符合备案条件不予办理的；不符合备案条件办理的；"), .accountability(preamble: nil, cases: ["符合备案条件不予办理的；不符合备案条件办理的"])),
        SplittingExample(.line("1、原则上享有相同权利......;"), .provisions(["原则上享有相同权利......"])),
        SplittingExample(.line("1、执法人员不得少于两人。执法人员应保守有关秘密。"), .provisions(["执法人员不得少于两人。执法人员应保守有关秘密"])),
        SplittingExample(.line("1、甲，"), .provisions(["甲"])),
        SplittingExample(.line("；"), .provisions([])),
        SplittingExample(.line("1、；2、甲"), .provisions(["甲"])),
        SplittingExample(.lines("1、；", "2、受理"), .steps(["受理"])),
        SplittingExample(.lines("有下列情形的：", "1、。", "2、乙"), .accountability(preamble: "有下列情形的", cases: ["乙"])),
    ]
}
