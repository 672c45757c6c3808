/// The text before the first case of 追责情形, without its trailing colon. A cell
/// with no cases is all preamble, kept whole (its final `。` too).
enum AccountabilityPreamble: ExampleProviding {
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace || scalars[upper - 1] == "：" || scalars[upper - 1] == ":" { upper -= 1 }
        return lower..<upper
    }

    static let examples: [SplittingExample] = [
        SplittingExample(
            .paragraphs("因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：", "1. 没有法律和事实依据实施行政处罚的；", "2. 行政处罚显失公正的；"),
            .accountability(preamble: "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任",
                            cases: ["没有法律和事实依据实施行政处罚的", "行政处罚显失公正的"])
        ),
        SplittingExample(.paragraphs("工作人员滥用职权的，依法给予处分；造成损害的，依法承担民事责任。"),
                         .accountability(preamble: "工作人员滥用职权的，依法给予处分；造成损害的，依法承担民事责任。", cases: [])),
        SplittingExample(.lines("有下列情形的，应当承担相应责任:", "1、甲的；"), .accountability(preamble: "有下列情形的，应当承担相应责任", cases: ["甲的"])),
        SplittingExample(.lines(), .accountability(preamble: nil, cases: [])),
    ]
}
