import PowerListModel

/// A run of items printed as paragraphs (`InlineFields`), with the section
/// headings between them: one table whose header is the labels the items
/// use — 序号 and 事项名称 for what their first words print — and a row per item.
struct FlowingRun {
    private enum Entry {
        case item(ItemHead, [(label: String, lines: [String])])
        case heading(String)
    }

    private var entries: [Entry] = []

    /// Reads the run starting at `start` (a flowing item); `end` is the first line after it.
    static func read(_ lines: [PortalLine], from start: Int) -> (run: FlowingRun, end: Int) {
        var run = FlowingRun()
        var index = start
        var afterBlank = false
        loop: while index < lines.count {
            switch lines[index] {
            case .blank:
                afterBlank = true
            case .flowingItem(let fields):
                run.entries.append(.item(ItemHead(fields.head), fields.fields.map { ($0.label, [$0.value]) }))
                afterBlank = false
            case .text(let text) where opensHeadlessItem(lines, at: index):
                // The item's number and name on a line of their own, its fields inline below.
                guard case .flowingItem(let fields) = lines[index + 1] else { break loop }
                run.entries.append(.item(ItemHead(text), fields.fields.map { ($0.label, [$0.value]) }))
                afterBlank = false
                index += 1
            case .text(let text) where SectionHeading(text) != nil:
                run.entries.append(.heading(text))
                afterBlank = true
            case .text(let text) where !afterBlank:
                // A paragraph broken over lines: the rest of its last field.
                guard case .item(let head, var fields)? = run.entries.last, !fields.isEmpty else { break loop }
                fields[fields.count - 1].lines.append(text)
                run.entries[run.entries.count - 1] = .item(head, fields)
            default:
                break loop
            }
            index += 1
        }
        while case .heading? = run.entries.last {
            run.entries.removeLast()
            index -= 1
        }
        return (run, index)
    }

    /// Whether the line at `index` is text over an item whose paragraph
    /// prints no name before its first label.
    static func opensHeadlessItem(_ lines: [PortalLine], at index: Int) -> Bool {
        guard index + 1 < lines.count, case .text(let text) = lines[index], case .flowingItem(let fields) = lines[index + 1] else { return false }
        return fields.head.isEmpty && !text.contains("清单") && SectionHeading(text) == nil
    }

    func table(ordinal: Int) -> SourceTable {
        var labels: [String] = []
        for case .item(let head, let fields) in entries {
            if head.seq != nil, !labels.contains(CardLabels.seq) { labels.insert(CardLabels.seq, at: 0) }
            if !head.name.isEmpty, !labels.contains(CardLabels.name) { labels.insert(CardLabels.name, at: labels.contains(CardLabels.seq) ? 1 : 0) }
            for field in fields where !labels.contains(field.label) { labels.append(field.label) }
        }
        var table = TableBuilder()
        table.add(labels.map { PortalCell.make($0) })
        for entry in entries {
            switch entry {
            case .heading(let text):
                table.addAcross(text)
            case .item(let head, let fields):
                var cells = [Cell](repeating: Cell(), count: labels.count)
                if let seq = head.seq { cells[labels.firstIndex(of: CardLabels.seq)!] = PortalCell.make(String(seq)) }
                if !head.name.isEmpty { cells[labels.firstIndex(of: CardLabels.name)!] = PortalCell.make(head.name) }
                for field in fields { cells[labels.firstIndex(of: field.label)!].append(PortalCell.make(lines: field.lines)) }
                table.add(cells)
            }
        }
        return table.build(ordinal: ordinal, headerRows: 1)
    }
}
