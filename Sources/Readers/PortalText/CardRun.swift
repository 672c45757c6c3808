import PowerListModel

/// A run of detail cards printed as lines: one field a line (in any of the
/// forms `FieldLabel` reads), a value running on over the lines after its
/// label, a caption over a card (`1.对…的处罚`), blank lines between cards
/// and section headings between groups of them. The run becomes label/value
/// tables — one per group of cards between two headings — for
/// `DetailCardReader` to combine into the one table the cards describe.
struct CardRun {
    private enum Entry {
        case field(label: String, lines: [String])
        case caption(String)
        case heading(String)
    }

    private var entries: [Entry] = []

    /// Reads the run starting at `start` (a field line); nil when it holds
    /// fewer than two fields. `end` is the first line after it.
    static func read(_ lines: [PortalLine], from start: Int) -> (run: CardRun, end: Int)? {
        var run = CardRun()
        var index = start
        var afterBlank = false
        while index < lines.count {
            let line = lines[index]
            let next = lines[(index + 1)...].first { !$0.isBlank }
            let nextOpensCard = lines.indices.contains(index + 1) && lines[index + 1].isField
            switch line {
            case .blank:
                afterBlank = true
            case .field(let label, let value):
                run.entries.append(.field(label: label, lines: [value]))
                afterBlank = false
            case .text(let text) where SectionHeading(text) != nil && (next?.isField == true || next?.text != nil):
                run.entries.append(.heading(text))
                afterBlank = true
            case .text(let text) where (afterBlank || run.entries.isEmpty) && nextOpensCard:
                run.entries.append(.caption(text))
                afterBlank = false
            case .text(let text) where !afterBlank:
                guard case .field(let label, let values)? = run.entries.last else { return run.finished(at: index) }
                run.entries[run.entries.count - 1] = .field(label: label, lines: values + [text])
            default:
                return run.finished(at: index)
            }
            index += 1
        }
        return run.finished(at: index)
    }

    private func finished(at end: Int) -> (run: CardRun, end: Int)? {
        var run = self
        while case .heading? = run.entries.last { run.entries.removeLast() }
        let fields = run.entries.filter { if case .field = $0 { return true } else { return false } }.count
        return fields >= 2 ? (run, end) : nil
    }

    /// The run's card tables, and the headings between them as paragraphs.
    func blocks(firstOrdinal: Int) -> [StructuredDocument.Block] {
        var blocks: [StructuredDocument.Block] = []
        var table = TableBuilder()
        var ordinal = firstOrdinal
        func flush() {
            guard !table.isEmpty else { return }
            blocks.append(.table(table.build(ordinal: ordinal)))
            ordinal += 1
            table = TableBuilder()
        }
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .heading(let text):
                flush()
                blocks.append(.paragraph(text))
            case .field(let label, let lines):
                table.add([PortalCell.make(label), PortalCell.make(lines: lines)])
            case .caption(let text):
                let head = ItemHead(text)
                let named = cardHasName(after: index)
                // A caption beside a field naming the item is neither: one cell, kept apart by the card reader.
                if named, !head.name.isEmpty { table.add([PortalCell.make(head.name)]) }
                if let seq = head.seq { table.add([PortalCell.make(CardLabels.seq), PortalCell.make(String(seq))]) }
                if !named, !head.name.isEmpty { table.add([PortalCell.make(CardLabels.name), PortalCell.make(head.name)]) }
            }
        }
        flush()
        return blocks
    }

    /// Whether the card opened by the caption at `index` has a field naming the item.
    private func cardHasName(after index: Int) -> Bool {
        for entry in entries[(index + 1)...] {
            switch entry {
            case .field(let label, _): if ColumnTitles.knownRole(forHeader: label) == .name { return true }
            case .caption, .heading: return false
            }
        }
        return false
    }
}

/// The labels a card's caption (`1.对…的处罚`) is given when it becomes
/// fields: the number it prints, and the name unless a field below names
/// the item.
enum CardLabels {
    static let seq = "序号"
    static let name = "事项名称"
}
