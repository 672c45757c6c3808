import PowerListModel

/// Detail cards printed as paragraphs, one field a line: `职权名称：对……的处罚`,
/// `职权类型：行政处罚` … A card ends where a label it already has comes
/// again. A paragraph between two field lines of a run is a further line
/// of the field before it (a value that runs over several paragraphs).
/// Only a run of at least two cards that share at least three labels is read
/// as cards: a page's `发布时间：…` line is not one.
enum LabelValueLines {
    static let minimumSharedLabels = 3

    static func combiningCards(in document: StructuredDocument) -> StructuredDocument? {
        let blocks = document.blocks
        let fieldIndices = blocks.indices.filter { field(in: blocks[$0]) != nil }
        guard let first = fieldIndices.first, let last = fieldIndices.last else { return nil }
        var cards: [DetailCard] = []
        var current = DetailCard(fields: [])
        for index in first...last {
            guard case .paragraph(let text) = blocks[index] else { return nil }
            if let (label, value) = field(in: blocks[index]) {
                if current.labels.contains(label) {
                    cards.append(current)
                    current = DetailCard(fields: [])
                }
                current.fields.append((label, Cell(lines: [CellLine(value, followsSpace: true)])))
            } else if !current.fields.isEmpty {
                current.fields[current.fields.count - 1].value.lines.append(CellLine(text, followsSpace: true))
            }
        }
        cards.append(current)
        guard cards.count >= 2 else { return nil }
        let shared = cards.dropFirst().reduce(Set(cards[0].labels)) { $0.intersection($1.labels) }
        guard shared.count >= minimumSharedLabels else { return nil }
        let table = CardTable.build(cards.map { .card($0) }, ordinal: 1)
        return StructuredDocument(blocks: Array(blocks[..<first]) + [.table(table)] + Array(blocks[(last + 1)...]))
    }

    private static func field(in block: StructuredDocument.Block) -> (label: String, value: String)? {
        guard case .paragraph(let text) = block else { return nil }
        return DetailCard.labelledValue(text)
    }
}
