import PowerListModel

/// 责任事项 printed without numbers or markup but with a label per step
/// (`立案责任：…。调查责任：…`): each label that opens the cell, a line, or follows
/// a separator starts a step. Used only when the cell opens with a label. A
/// last unlabelled sentence in a paragraph of its own (`其他法律法规规章文件规定应
/// 履行的责任。`) is a step too. In a recognized cell a short label opening a
/// line or a sentence may have its colon read as a comma (`StepLabel`).
enum LabelledSteps {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        let scalars = cell.scalars
        guard StepLabel.length(in: scalars[...], at: 0) != nil else { return nil }
        var lines = LineStartCursor(cell.lineStarts)
        var starts = [(element: 0, text: 0)]
        var index = 1
        while index < scalars.count {
            // A label with its colon misread must open a line or a sentence: a space OCR put is no separator.
            let opensSentence = lines.isLineStart(index) || scalars[index - 1] == "。" || scalars[index - 1] == "；"
            if lines.isLineStart(index) || InlineSeparator.precedesElement(scalars[index - 1]),
               let length = StepLabel.length(in: scalars[...], at: index, recognized: cell.isRecognized && opensSentence) {
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
}
