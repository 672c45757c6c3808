import PowerListModel
@testable import ListSplitting

extension UnnumberedCases: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(
            .lines("因不履行或不正确履行行政职责，有下列情形的，", "行政机关及相关工作人员应承担相应责任：", "没有法律和事实依据实施行政处罚的；",
                   "执法人员玩忽职守，对应当予以制止和处罚的违法", "行为不予制止、处罚，致使医疗保障基金遭受损失", "的；", "其他违反法律法规规章文件规定的行为。"),
            .accountability(preamble: "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任",
                            cases: ["没有法律和事实依据实施行政处罚的", "执法人员玩忽职守，对应当予以制止和处罚的违法行为不予制止、处罚，致使医疗保障基金遭受损失的",
                                    "其他违反法律法规规章文件规定的行为"])
        ),
        // Markup removed without flagging the items leaves spaces between them.
        SplittingExample(.line("有下列情形的，应承担相应责任： 没有法律依据的； 行政处罚显失公正的。"),
                         .accountability(preamble: "有下列情形的，应承担相应责任", cases: ["没有法律依据的", "行政处罚显失公正的"])),
        // No colon ending a paragraph: one sentence, all preamble.
        SplittingExample(.lines("工作人员滥用职权的，依法给予处分；", "造成损害的，依法承担民事责任。"),
                         .accountability(preamble: "工作人员滥用职权的，依法给予处分；造成损害的，依法承担民事责任。", cases: [])),
    ]
}
