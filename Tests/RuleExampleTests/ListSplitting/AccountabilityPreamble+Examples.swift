import PowerListModel
@testable import ListSplitting

extension AccountabilityPreamble: ExampleProviding {
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
