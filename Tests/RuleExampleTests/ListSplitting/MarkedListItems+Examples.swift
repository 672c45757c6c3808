import PowerListModel
@testable import ListSplitting

extension MarkedListItems: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(
            .listItems("立案责任：对违法行为予以审查，决定是否立案。", "调查责任：及时组织调查取证。", "其他法律法规规章文件规定应履行的责任。"),
            .steps(["立案责任｜对违法行为予以审查，决定是否立案", "调查责任｜及时组织调查取证", "其他法律法规规章文件规定应履行的责任"])
        ),
        SplittingExample(
            .listItems(after: "因不履行或不正确履行行政职责，有下列情形的，应承担相应责任：", "没有法律和事实依据实施行政处罚的；", "其他违反法律法规规章文件规定的行为。"),
            .accountability(preamble: "因不履行或不正确履行行政职责，有下列情形的，应承担相应责任",
                            cases: ["没有法律和事实依据实施行政处罚的", "其他违反法律法规规章文件规定的行为"])
        ),
        SplittingExample(.listItems("1. 甲；", "2. 乙。"), .provisions(["甲", "乙"])),
    ]
}
