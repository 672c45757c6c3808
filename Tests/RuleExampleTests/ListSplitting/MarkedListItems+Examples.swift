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
        // Word numbered the first items; the author typed the last numbers.
        SplittingExample(
            Cell(lines: [CellLine("有下列情形的：")] + ["甲的；", "乙的；"].map { CellLine($0, startsListItem: true, followsSpace: true) }
                + ["3.丙的；", "4.其他行为。"].map { CellLine($0, followsSpace: true) }),
            .accountability(preamble: "有下列情形的", cases: ["甲的", "乙的", "丙的", "其他行为"])
        ),
        // A line that does not continue the count is the last item's.
        SplittingExample(
            Cell(lines: ["甲的；", "乙的"].map { CellLine($0, startsListItem: true, followsSpace: true) } + [CellLine("5.其后文字。", followsSpace: true)]),
            .accountability(preamble: nil, cases: ["甲的", "乙的 5.其后文字"])
        ),
    ]
}
