/// 追责情形 printed without numbers or markup (a PDF whose list is only
/// paragraphs): the preamble ends with a colon at the end of a paragraph, and
/// each case after it ends with `；` or `。` at the end of its own.
enum UnnumberedCases {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        let breaks = ParagraphBreak.starts(in: cell)
        guard let first = breaks.firstIndex(where: { ParagraphBreak.preambleEnds.contains($0.after) }) else { return nil }
        let starts = [breaks[first]] + breaks[(first + 1)...].filter { ParagraphBreak.elementEnds.contains($0.after) }
        return ListLayout(count: cell.scalars.count, starts: starts.map { (element: $0.offset, text: $0.offset) })
    }
}
