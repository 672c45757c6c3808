import PowerListModel

/// 追责情形 → a preamble and the cases after it (numbered, marked, or paragraphs).
enum AccountabilitySplitter {
    static func split(_ cell: Cell, seq: Int) -> (accountability: Accountability, diagnostics: [Diagnostic]) {
        let joined = JoinedCell(cell)
        guard !joined.isEmpty else { return (Accountability(text: "", preamble: nil, cases: []), []) }
        let layout = MarkedListItems.layout(of: joined)
            ?? NumberedList.layout(of: joined, first: .afterPreamble)
            ?? UnnumberedCases.layout(of: joined)
        guard let layout else {
            return (Accountability(text: cell.text, preamble: cell.text, cases: []), [])
        }
        let preamble = layout.preamble.map { AccountabilityPreamble.trimmed($0, in: joined.scalars) }
        let cases = TrailingListPunctuation.elements(layout.elements, in: joined.scalars).enumerated().map { index, range in
            Case(no: index + 1, text: joined.string(range))
        }
        let accountability = Accountability(
            text: cell.text,
            preamble: preamble.flatMap { $0.isEmpty ? nil : joined.string($0) },
            cases: cases
        )
        return (accountability, MisreadFirstNumber.diagnostics(layout, in: joined, field: "追责情形", seq: seq))
    }
}
