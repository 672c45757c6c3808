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

    static let examples: [SplittingExample] = [
        SplittingExample(.lines("1、对符合受理条件的事项申请不受理的 ；", "2、其他行为。"), .accountability(preamble: nil, cases: ["对符合受理条件的事项申请不受理的", "其他行为"])),
        SplittingExample(.line("1、符合备案条件不予办理的；不符合备案条件办理的；"), .accountability(preamble: nil, cases: ["符合备案条件不予办理的；不符合备案条件办理的"])),
        SplittingExample(.line("1、原则上享有相同权利......;"), .provisions(["原则上享有相同权利......"])),
        SplittingExample(.line("1、执法人员不得少于两人。执法人员应保守有关秘密。"), .provisions(["执法人员不得少于两人。执法人员应保守有关秘密"])),
        SplittingExample(.line("1、甲，"), .provisions(["甲"])),
    ]
}
