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

    /// `label：value` (or `label:value`) with a short label, nil for other text.
    static func labelledValue(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = label(String(text[..<colon]))
        guard isLabel(label), !label.contains(" ") else { return nil }
        return (label, String(text[text.index(after: colon)...]))
    }

    /// The cards a table holds: every row label/value pairs (`label | value`,
    /// or `label | value | label | value`), or one cell — a `label：value`
    /// field or a caption. A portal may give each item a table of its own or
    /// run them all down one table: a card ends where a label it already has
    /// comes again, or where a caption follows its fields. nil for a table
    /// of any other shape, or with a card of fewer than two fields.
    static func cards(in table: SourceTable) -> [DetailCard]? {
        var rows: [Int: [SourceCell]] = [:]
        for cell in table.cells { rows[cell.row, default: []].append(cell) }
        var cards: [DetailCard] = []
        var current = DetailCard(fields: [])
        func add(_ label: String, _ value: Cell) {
            if current.labels.contains(label) {
                cards.append(current)
                current = DetailCard(fields: [])
            }
            current.fields.append((label, value))
        }
        for row in rows.keys.sorted() {
            let cells = rows[row]!.sorted { $0.column < $1.column }
            if cells.count == 1 {
                let content = cells[0].content
                if content.lines.count == 1, let (label, value) = labelledValue(content.text) {
                    add(label, Cell(lines: [CellLine(value, followsSpace: true)]))
                    continue
                }
                if !current.fields.isEmpty {
                    cards.append(current)
                    current = DetailCard(fields: [])
                }
                current.caption += content.lines
                continue
            }
            guard cells.count.isMultiple(of: 2) else { return nil }
            for pair in stride(from: 0, to: cells.count, by: 2) {
                let label = label(cells[pair].content.text)
                guard cells[pair].content.lines.count == 1, isLabel(label) else { return nil }
                add(label, cells[pair + 1].content)
            }
        }
        cards.append(current)
        return cards.allSatisfy({ $0.fields.count >= 2 }) ? cards : nil
    }

    init(fields: [(label: String, value: Cell)], caption: [CellLine] = []) {
        self.fields = fields
        self.caption = caption
    }
}
