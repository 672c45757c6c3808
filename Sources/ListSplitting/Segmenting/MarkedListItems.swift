import PowerListModel

/// A list whose elements the markup delimits (`<li>`, the items of an unnumbered
/// `<ol>`): every line flagged `startsListItem` starts an element, numbered or
/// not. A printed number at the start of an item is dropped when it is the
/// item's position.
enum MarkedListItems: ExampleProviding {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        guard !cell.listItemStarts.isEmpty else { return nil }
        let starts = cell.listItemStarts.enumerated().map { position, start in
            guard let token = NumberingTokens.token(in: cell.scalars, at: start), token.number == position + 1 else {
                return (element: start, text: start)
            }
            return (element: start, text: token.range.upperBound)
        }
        return ListLayout(count: cell.scalars.count, starts: starts)
    }

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
