import PowerListModel

/// A run of pipe-delimited rows — a markdown table or a page's table copied
/// with `|` between its cells — with the section headings printed between
/// them on lines of their own (`一、区发展和改革委员会`): a table per stretch
/// of rows, the headings as paragraphs between them, as a page prints a
/// heading between two tables. A markdown rule row is no row.
struct PipeTableRun {
    private var stretches: [Stretch] = []

    private enum Stretch {
        case rows([[String]])
        case heading(String)
    }

    static func read(_ lines: [PortalLine], from start: Int) -> (run: PipeTableRun, end: Int) {
        var run = PipeTableRun()
        var index = start
        while index < lines.count {
            switch lines[index] {
            case .pipeRow(let cells):
                if case .rows(let rows)? = run.stretches.last {
                    run.stretches[run.stretches.count - 1] = .rows(rows + [cells])
                } else {
                    run.stretches.append(.rows([cells]))
                }
            case .pipeRule:
                break
            case .field(let label, let value):
                // A two-cell row of a table whose first cell happens to be a title.
                guard index > start, case .rows(let rows)? = run.stretches.last, rows.last?.count == 2 else { return (run, index) }
                run.stretches[run.stretches.count - 1] = .rows(rows + [[label, value]])
            case .blank:
                guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }), Self.continues(lines[next]) else { return (run, index) }
            case .text(let text) where SectionHeading(text) != nil:
                guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }), Self.continues(lines[next]) else { return (run, index) }
                run.stretches.append(.heading(text))
            default:
                return (run, index)
            }
            index += 1
        }
        return (run, index)
    }

    private static func continues(_ line: PortalLine) -> Bool {
        switch line {
        case .pipeRow, .pipeRule: true
        case .text(let text): SectionHeading(text) != nil
        default: false
        }
    }

    func blocks(firstOrdinal: Int) -> [StructuredDocument.Block] {
        var ordinal = firstOrdinal
        return stretches.map { stretch in
            switch stretch {
            case .heading(let text):
                return .paragraph(text)
            case .rows(let rows):
                var table = TableBuilder()
                for cells in rows {
                    let filled = cells.filter { !$0.isEmpty }
                    if filled.count == 1, cells.count > 1, SectionHeading(filled[0]) != nil {
                        table.addAcross(filled[0])
                    } else {
                        table.add(cells.map { PortalCell.make($0) })
                    }
                }
                defer { ordinal += 1 }
                return .table(table.build(ordinal: ordinal))
            }
        }
    }
}
