import PowerListModel

/// A table whose cells are separated by spaces: its header (`SpacedHeader`),
/// then its rows. In a table with a 序号 column a row starts at a line that
/// opens with a number, and lines that do not continue the row above (a cell
/// wrapped onto the next line); without one, each line is a row. A section
/// heading on a line of its own is a row laid across the table.
struct SpacedTableRun {
    private var header: SpacedHeader
    private var rows: [Row] = []

    private enum Row {
        case words([SpacedWords.Word])
        case heading(String)
    }

    static func read(_ lines: [PortalLine], rawLines: [String], header: SpacedHeader, from start: Int) -> (run: SpacedTableRun, end: Int) {
        var run = SpacedTableRun(header: header)
        let numbered = header.titles.contains { ColumnTitles.knownRole(forHeader: $0) == .seq }
        var index = start + header.lineCount
        while index < lines.count {
            if lines[index].isBlank {
                // A blank line ends the table unless a row follows it.
                guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }),
                      case .text(let text) = lines[next], Self.opensRow(text, numbered: numbered) || SectionHeading(text) != nil else { break }
                index = next
                continue
            }
            guard case .text(let text) = lines[index] else { break }
            let words = SpacedWords.split(rawLines[index])
            if SectionHeading(text) != nil {
                run.rows.append(.heading(text))
            } else if numbered, !Self.opensRow(text, numbered: true), case .words(let above)? = run.rows.last {
                run.rows[run.rows.count - 1] = .words(above + words)
            } else {
                run.rows.append(.words(words))
            }
            index += 1
        }
        return (run, index)
    }

    private static func opensRow(_ text: String, numbered: Bool) -> Bool {
        guard numbered else { return text.split(separator: " ").count >= 3 }
        return text.split(separator: " ").first.map { PrintedSeq.parse($0) != nil } ?? false
    }

    func table(ordinal: Int) -> SourceTable {
        let roles = header.titles.map { ColumnTitles.role(forHeader: $0) ?? .extra($0) }
        var table = TableBuilder()
        table.add(header.titles.map { PortalCell.make($0) })
        for row in rows {
            switch row {
            case .heading(let text): table.addAcross(text)
            case .words(let words): table.add(SpacedRowSplitter.cells(words, roles: roles).map { PortalCell.make($0) })
            }
        }
        return table.build(ordinal: ordinal, headerRows: 1)
    }
}
