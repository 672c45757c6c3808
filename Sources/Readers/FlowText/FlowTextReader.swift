import PowerListModel

/// Reads a non-layout PDF text dump: each row's cells follow one another in
/// the order of the columns its header prints, each wrapped line of a cell on
/// a line of its own (or, in a `pdftotext -raw` dump, the first lines of
/// neighbouring cells on one line), with page footers and repeated header
/// rows mixed in. A dump whose reading order is lost (plain `pdftotext`,
/// cells block by block) is refused rather than read scrambled.
public enum FlowTextReader {
    public static func read(_ raw: [String]) throws(FlowTextError) -> Table {
        let (table, input, detailStart) = try readTable(raw)
        // (The check reads the detail table's lines: a summary may print its titles apart.)
        try ReadingOrderCheck.verify(table, lines: Array(input.lines[detailStart...]))
        return table
    }

    /// The table as read, before the check that its reading order held.
    static func readTable(_ raw: [String]) throws(FlowTextError) -> (Table, FlowPreprocessor, Int) {
        let input = FlowPreprocessor(raw)
        let lines = input.lines
        guard let start = FlowRowReader.detailStart(lines, afterHeader: input.firstLineAfterHeader) else {
            throw .noTable(NoTableFound("no header row or numbered item rows (read as a flow text dump)"))
        }
        let columns = FlowColumns(input.columns ?? FlowColumns.standard.map { Column(title: "", role: $0) })
        var reader = FlowRowReader(lines: lines, columns: columns)
        // A second reading knows each column's width from the first: it tells
        // a cell's last line that ran to the edge, and a `-raw` line too wide
        // for its column (cells joined on it).
        var second = FlowRowReader(lines: lines, columns: columns, slotWidths: slotWidths(reader.read(from: start), columns: columns))
        let entries = second.read(from: start)
        let rows = entries.compactMap(\.row)
        let (titles, summary) = FlowSummaryReader.read(Array(lines[..<start]))

        let pages = FlowPagination(lines: lines, detailStart: start, rows: rows, input: input)
        let narrow = NarrowCellSplitter(rows: rows, columns: columns)
        let inputLines = InputLineNumbers.of(raw)
        func cell(_ lines: [FlowLine]) -> Cell {
            Cell(lines: lines.map(\.cellLine), places: lines.map { .lines(first: inputLines[$0.sourceIndex], last: inputLines[$0.sourceIndex]) })
        }
        let body = entries.map { entry -> BodyEntry in
            switch entry {
            case .heading(let heading):
                return .heading(heading)
            case .row(let row):
                var table = TableRow(cells: [:], pages: pages.pages(of: row))
                table[.seq] = cell(row.seq.map { [$0] } ?? [])
                for (index, lines) in narrow.cells(of: row) { table[columns.columns[index].role] = cell(lines) }
                for slot in columns.slots.indices {
                    guard let role = columns.role(of: slot) else { continue }
                    table[role] = cell(row.slots[slot])
                }
                return .row(table)
            }
        }
        let table = Table(titleLines: titles, columns: columns.columns, body: body, summary: summary, pageCount: pages.pageCount)
        return (table, input, start)
    }

    /// How wide each slot's lines run: the widest but a few of the lines it
    /// holds that have no space (no joined cells); nil where it holds none.
    private static func slotWidths(_ entries: [FlowEntry], columns: FlowColumns) -> [Int?] {
        var widths = Array(repeating: [Int](), count: columns.slots.count)
        for row in entries.compactMap(\.row) {
            for (slot, lines) in row.slots.enumerated() {
                widths[slot] += lines.filter { !$0.text.contains(" ") }.map(\.width)
            }
        }
        return widths.map { values in
            let sorted = values.sorted()
            return sorted.isEmpty ? nil : sorted[min(sorted.count - 1, sorted.count * 19 / 20)]
        }
    }
}

/// Why a flow dump gave no table.
public enum FlowTextError: Error, Sendable, Equatable {
    /// No header row or numbered item rows.
    case noTable(NoTableFound)
    /// The dump's reading order does not follow the table's rows and columns
    /// (a plain `pdftotext` dump prints cells block by block): reading it would
    /// scramble them.
    case readingOrderLost(String)

    public var reason: String {
        switch self {
        case .noTable(let found): found.reason
        case .readingOrderLost(let reason): reason
        }
    }
}

/// Which page each line of a flow dump is on. Footers (`第 N 页`) are
/// authoritative, and so are form feeds and repeated header rows; a line the
/// dump marked with leading white space counts only where a page can start:
/// outside the detail table, or at the start of a row (a table row breaks
/// across all its columns at once, so a mark inside a row is not a page
/// break unless the row runs on after it).
struct FlowPagination {
    private var pageOfLine: [Int: Int] = [:]
    let pageCount: Int?

    init(lines: [FlowLine], detailStart: Int, rows: [FlowRow], input: FlowPreprocessor) {
        let rowStarts = Set(rows.compactMap { $0.firstLine?.sourceIndex })
        let hasPages = input.declaredPageCount != nil || lines.contains { $0.footerPage != nil || $0.pageBreakBefore }
        var page = 1
        for (index, line) in lines.enumerated() where index == 0 || line.sourceIndex != lines[index - 1].sourceIndex {
            if let footer = line.footerPage {
                page = input.footersClosePages ? footer + 1 : footer
            } else if index > 0, line.pageBreakBefore || (line.markedPageStart && (index < detailStart || rowStarts.contains(line.sourceIndex))) {
                page += 1
            }
            pageOfLine[line.sourceIndex] = page
        }
        pageCount = hasPages ? (input.declaredPageCount ?? page) : nil
        if !hasPages { pageOfLine = [:] }
    }

    func pages(of row: FlowRow) -> [Int] {
        Array(Set(row.allLines.compactMap { pageOfLine[$0.sourceIndex] })).sorted()
    }
}
