import PowerListModel

/// One item of a portal's "detail card" form: its fields as label → value in
/// the card's order (`职权名称` → the name, `实施依据` → the basis …), and any
/// caption rows that are not a label/value pair.
struct DetailCard: Equatable {
    var fields: [(label: String, value: Cell)] = []
    var caption: [CellLine] = []

    static func == (lhs: DetailCard, rhs: DetailCard) -> Bool {
        lhs.caption == rhs.caption && lhs.fields.map(\.label) == rhs.fields.map(\.label) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    var labels: [String] { fields.map(\.label) }

    /// A label as the card prints it, without the colon after it.
    static func label(_ text: String) -> String {
        var label = TextNormalizer.collapseWhitespace(text)
        while let last = label.last, last == ":" || last == "：" || last == " " { label.removeLast() }
        return label
    }

    /// Short text that names a field: not a number (a list's 序号 column), not
    /// a sentence, at most `maximumLabelLength` characters.
    static func isLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumLabelLength else { return false }
        guard !text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "、" }) else { return false }
        return !text.contains { "。；;，,".contains($0) }
    }

    static let maximumLabelLength = 16

    /// A table read as a card: every row either label/value pairs (`label |
    /// value`, or `label | value | label | value`) or one caption cell; at
    /// least two fields, no label twice. nil for any other table.
    init?(_ table: SourceTable) {
        var rows: [Int: [SourceCell]] = [:]
        for cell in table.cells { rows[cell.row, default: []].append(cell) }
        for row in rows.keys.sorted() {
            let cells = rows[row]!.sorted { $0.column < $1.column }
            if cells.count == 1 {
                caption += cells[0].content.lines
                continue
            }
            guard cells.count.isMultiple(of: 2) else { return nil }
            for pair in stride(from: 0, to: cells.count, by: 2) {
                let label = Self.label(cells[pair].content.text)
                guard cells[pair].content.lines.count == 1, Self.isLabel(label) else { return nil }
                fields.append((label, cells[pair + 1].content))
            }
        }
        guard fields.count >= 2, Set(labels).count == fields.count else { return nil }
    }

    init(fields: [(label: String, value: Cell)], caption: [CellLine] = []) {
        self.fields = fields
        self.caption = caption
    }
}
