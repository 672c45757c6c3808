import PowerListModel

/// 实施依据 → provisions with their citations.
enum BasisSplitter {
    static func split(_ cell: Cell, seq: Int) -> (basis: Basis, diagnostics: [Diagnostic]) {
        let joined = JoinedCell(cell)
        guard !joined.isEmpty else { return (Basis(text: "", provisions: []), []) }
        let layout = MarkedListItems.layout(of: joined) ?? NumberedList.layout(of: joined, first: .atCellStart)
        let ranges = layout?.preambleAsElement ?? [0..<joined.scalars.count]
        var provisions: [Provision] = []
        var diagnostics = MisreadFirstNumber.diagnostics(layout, in: joined, field: "实施依据", seq: seq)
        for trimmed in TrailingListPunctuation.elements(ranges, in: joined.scalars) {
            let no = provisions.count + 1
            let found = ProvisionCitations.extract(from: joined.scalars[trimmed])
            provisions.append(Provision(no: no, text: joined.string(trimmed), citations: found.citations))
            diagnostics += found.unparsed.map { title, article in
                Diagnostic(.info, .citationArticleUnparsed, seq: seq, "第\(seq)项实施依据第\(no)条依据中“\(article)”缺“第”字，未计入《\(title)》的条款")
            }
        }
        return (Basis(text: cell.text, provisions: provisions), diagnostics)
    }
}
