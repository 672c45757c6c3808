import PowerListModel

/// The portal "detail card" form — one small label/value table per item
/// (职权名称 | … / 职权类型 | … / 实施依据 | …), or the same as `label：value`
/// lines — turned into the one table the cards describe: its first row the
/// labels (every label of the cards, in first-seen order), then one row per
/// card. The structured-table interpreter then reads it like any list.
///
/// The form is recognized by its structure alone: at least two cards — in
/// tables of their own or run down one table — whose labels mostly repeat
/// the first card's. Text between two cards (a category
/// heading over the next cards) becomes a row of one cell across the table,
/// as a heading row of a printed table would be; a card's caption row (one
/// cell, not a pair) goes in a first column with an empty header. Other
/// tables between the cards follow the combined table.
public enum DetailCardReader {
    public static func combiningCards(in document: StructuredDocument) -> StructuredDocument {
        if let combined = combiningCardTables(in: document) { return combined }
        return LabelValueLines.combiningCards(in: document) ?? document
    }

    private static func combiningCardTables(in document: StructuredDocument) -> StructuredDocument? {
        var cards: [Int: [DetailCard]] = [:]
        var reference: Set<String>?
        for (index, block) in document.blocks.enumerated() {
            guard case .table(let table) = block, let found = DetailCard.cards(in: table) else { continue }
            let labels = Set(found.flatMap(\.labels))
            let shared = reference.map { labels.intersection($0).count } ?? labels.count
            guard shared * 2 >= labels.count else { continue }
            reference = reference ?? labels
            cards[index] = found
        }
        guard cards.values.joined().count >= 2, let first = cards.keys.min(), let last = cards.keys.max() else { return nil }
        var entries: [CardTable.Entry] = []
        var displaced: [StructuredDocument.Block] = []
        for index in first...last {
            if let found = cards[index] {
                entries += found.map { .card($0) }
            } else if case .paragraph(let text) = document.blocks[index] {
                entries.append(.heading(text))
            } else {
                displaced.append(document.blocks[index])
            }
        }
        let table = CardTable.build(entries, ordinal: 1)
        return StructuredDocument(blocks: Array(document.blocks[..<first]) + [.table(table)] + displaced + Array(document.blocks[(last + 1)...]))
    }
}

/// Builds the one table a run of cards describes.
enum CardTable {
    enum Entry {
        case card(DetailCard)
        /// Text between two cards: a heading row across the table.
        case heading(String)
    }

    static func build(_ entries: [Entry], ordinal: Int) -> SourceTable {
        var labels: [String] = []
        var hasCaption = false
        for case .card(let card) in entries {
            hasCaption = hasCaption || !card.caption.isEmpty
            for label in card.labels where !labels.contains(label) { labels.append(label) }
        }
        let offset = hasCaption ? 1 : 0
        let columnCount = labels.count + offset
        var cells = labels.enumerated().map { SourceCell(row: 0, column: $0.offset + offset, content: line($0.element)) }
        var row = 1
        for entry in entries {
            switch entry {
            case .heading(let text):
                cells.append(SourceCell(row: row, column: 0, columnSpan: columnCount, content: line(text)))
            case .card(let card):
                if !card.caption.isEmpty { cells.append(SourceCell(row: row, column: 0, content: Cell(lines: card.caption))) }
                let fields = card.fields.map { SourceCell(row: row, column: labels.firstIndex(of: $0.label)! + offset, content: $0.value) }
                cells += fields.sorted { $0.column < $1.column }
            }
            row += 1
        }
        return SourceTable(name: nil, ordinal: ordinal, rowCount: row, columnCount: columnCount, cells: cells, markedHeaderRows: 1, placement: .derived)
    }

    /// A cell of one line, as markup gives its lines.
    private static func line(_ text: String) -> Cell {
        Cell(lines: [CellLine(text, followsSpace: true)])
    }
}
