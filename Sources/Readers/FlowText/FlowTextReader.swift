import PowerListModel

/// Reads a non-layout PDF text dump: each row's cells follow one another,
/// each wrapped line of a cell on a line of its own, with page footers and
/// repeated header rows mixed in.
public enum FlowTextReader {
    public static func read(_ raw: [String]) throws(NoTableFound) -> Table {
        let input = FlowPreprocessor(raw)
        let lines = input.lines
        guard let start = FlowRowReader.detailStart(lines, afterHeader: input.firstLineAfterHeader) else {
            throw NoTableFound("no header row or numbered item rows (read as a flow text dump)")
        }
        var reader = FlowRowReader(lines: lines)
        let entries = reader.read(from: start)
        let rows = entries.compactMap(\.row)
        let (titles, summary) = FlowSummaryReader.read(Array(lines[..<start]))

        let pages = FlowPagination(lines: lines, detailStart: start, rows: rows, input: input)
        let subjects = SubjectSplitter(rows: rows)
        let body = entries.map { entry -> BodyEntry in
            switch entry {
            case .heading(let heading):
                return .heading(heading)
            case .row(let row):
                let (name, subject) = subjects.split(row.nameAndSubject)
                var table = TableRow(cells: [:], pages: pages.pages(of: row))
                table[.seq] = cell(row.seq.map { [$0] } ?? [])
                table[.category] = cell(row.category)
                table[.name] = cell(name)
                table[.subject] = cell(subject)
                table[.basis] = cell(row.basis)
                table[.responsibilities] = cell(row.responsibilities)
                table[.accountability] = cell(row.accountability)
                table[.remarks] = cell(row.remarks)
                return .row(table)
            }
        }
        let standard: [ColumnRole] = [.seq, .category, .name, .subject, .basis, .responsibilities, .accountability, .remarks]
        let columns = input.columns ?? standard.map { Column(title: "", role: $0) }
        return Table(titleLines: titles, columns: columns, body: body, summary: summary, pageCount: pages.pageCount)
    }

    private static func cell(_ lines: [FlowLine]) -> Cell {
        Cell(lines: lines.map(\.cellLine))
    }
}

/// Which page each line of a flow dump is on. Footers (`第 N 页`) are
/// authoritative; a line the dump marked as a page start counts only where
/// a page can start: outside the detail table, or at the start of a row (a
/// table row breaks across all its columns at once, so a mark inside a row
/// is not a page break).
struct FlowPagination {
    private var pageOfLine: [Int: Int] = [:]
    let pageCount: Int?

    init(lines: [FlowLine], detailStart: Int, rows: [FlowRow], input: FlowPreprocessor) {
        let rowStarts = Set(rows.compactMap { $0.firstLine?.sourceIndex })
        let hasPages = input.declaredPageCount != nil || lines.contains { $0.footerPage != nil }
        var page = 1
        for (index, line) in lines.enumerated() {
            if let footer = line.footerPage {
                page = input.footersClosePages ? footer + 1 : footer
            } else if line.markedPageStart, index > 0, index < detailStart || rowStarts.contains(line.sourceIndex) {
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
