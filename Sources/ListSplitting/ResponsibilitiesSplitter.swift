import PowerListModel

/// 责任事项 → steps, each with its label when it has one.
enum ResponsibilitiesSplitter {
    static func split(_ cell: Cell, seq: Int) -> (responsibilities: Responsibilities, diagnostics: [Diagnostic]) {
        let joined = JoinedCell(cell)
        guard !joined.isEmpty else { return (Responsibilities(text: "", steps: []), []) }
        let layout = MarkedListItems.layout(of: joined)
            ?? NumberedList.layout(of: joined, first: .atCellStart)
            ?? LabelledSteps.layout(of: joined)
        let ranges = layout?.preambleAsElement ?? [0..<joined.scalars.count]
        let steps = TrailingListPunctuation.elements(ranges, in: joined.scalars).enumerated().map { index, trimmed in
            let (name, text) = StepLabel.split(joined.scalars[trimmed], recognized: joined.isRecognized)
            return Step(no: index + 1, name: name, text: joined.string(text.startIndex..<text.endIndex))
        }
        return (Responsibilities(text: cell.text, steps: steps), MisreadFirstNumber.diagnostics(layout, in: joined, field: "责任事项", seq: seq))
    }
}
