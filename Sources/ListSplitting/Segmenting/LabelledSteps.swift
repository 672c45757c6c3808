/// 责任事项 printed without numbers or markup but with a label per step
/// (`立案责任：…。调查责任：…`): each label that opens the cell, a line, or follows
/// a separator starts a step. Used only when the cell opens with a label. A
/// last unlabelled sentence in a paragraph of its own (`其他法律法规规章文件规定应
/// 履行的责任。`) is a step too.
enum LabelledSteps: ExampleProviding {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        let scalars = cell.scalars
        guard StepLabel.length(in: scalars[...], at: 0) != nil else { return nil }
        var lines = LineStartCursor(cell.lineStarts)
        var starts = [(element: 0, text: 0)]
        var index = 1
        while index < scalars.count {
            if lines.isLineStart(index) || InlineSeparator.precedesElement(scalars[index - 1]),
               let length = StepLabel.length(in: scalars[...], at: index) {
                starts.append((index, index))
                index += length
            } else {
                index += 1
            }
        }
        if let closing = closingSentence(in: cell, after: starts[starts.count - 1].element) {
            starts.append((closing, closing))
        }
        return starts.count > 1 ? ListLayout(count: scalars.count, starts: starts) : nil
    }

    /// The start of a final one-sentence paragraph without a label after `lastLabel`.
    private static func closingSentence(in cell: JoinedCell, after lastLabel: Int) -> Int? {
        guard let last = ParagraphBreak.starts(in: cell).last(where: { ParagraphBreak.elementEnds.contains($0.after) }),
              last.offset > lastLabel else { return nil }
        let sentence = TrailingListPunctuation.trimmed(last.offset..<cell.scalars.count, in: cell.scalars)
        return cell.scalars[sentence].contains { ParagraphBreak.elementEnds.contains($0) } ? nil : last.offset
    }

    static let examples: [SplittingExample] = [
        SplittingExample(.line("立案责任：予以审查。调查责任：及时调查取证。"), .steps(["立案责任｜予以审查", "调查责任｜及时调查取证"])),
        SplittingExample(.lines("受理责任：受理申请材料，一次性告知", "补全材料。", "审查责任：进行审核。"),
                         .steps(["受理责任｜受理申请材料，一次性告知补全材料", "审查责任｜进行审核"])),
        SplittingExample(
            .lines("送达责任：行政处罚决定书按法律规定的方式送达当", "事人。", "执行责任：依照生效的行政处罚决定，依据《社会保", "险法》规定予以处罚。", "其他法律法规规章文件规定应履行的责任。"),
            .steps(["送达责任｜行政处罚决定书按法律规定的方式送达当事人", "执行责任｜依照生效的行政处罚决定，依据《社会保险法》规定予以处罚",
                    "其他法律法规规章文件规定应履行的责任"])
        ),
        SplittingExample(.line("受理责任：受理或不予受理。 决定责任：告知原因。 其他法律法规规章文件规定应履行的责任。"),
                         .steps(["受理责任｜受理或不予受理", "决定责任｜告知原因", "其他法律法规规章文件规定应履行的责任"])),
        // A wrap after a sentence inside the last step is not a step: more than one sentence follows.
        SplittingExample(.lines("立案责任：予以审查。", "调查责任：应当回避。", "执法人员不得少于两人。执法人员应保守秘密。"),
                         .steps(["立案责任｜予以审查", "调查责任｜应当回避。执法人员不得少于两人。执法人员应保守秘密"])),
        // One label: one step.
        SplittingExample(.line("检查责任：对医疗救助的监督检查，落实检查责任：到位。"), .steps(["检查责任｜对医疗救助的监督检查，落实检查责任：到位"])),
        SplittingExample(.line("对医疗救助的监督检查。"), .steps(["对医疗救助的监督检查"])),
    ]
}
