import PowerListModel

/// Reads the list out of a document whose format delimits its own cells (a
/// tab-separated or CSV export, DOCX, XLSX, a web page): the first header row
/// naming the detail table's columns (one row, or two when a title spans a
/// group of columns) opens the detail table; what stands before it is titles
/// and the summary table; after it, rows are items, rows laid across the table
/// are section headings or notes, repeated headers are skipped. Merged cells
/// apply to every row they span.
public enum StructuredTableReader {
    public static func read(_ document: StructuredDocument) throws(NoTableFound) -> Table {
        var reading = Reading()
        for block in document.blocks {
            switch block {
            case .paragraph(let text): reading.paragraph(text)
            case .table(let table): reading.table(SourceGrid(table))
            }
        }
        guard let header = reading.header else {
            throw NoTableFound("no header row naming 权力事项/实施依据/责任事项 … in any table")
        }
        return Table(
            titleLines: reading.titles, columns: header.columns, body: reading.body, summary: reading.summary,
            pageCount: nil, diagnostics: reading.diagnostics
        )
    }
}

/// The reader's state while it walks the blocks in order.
private struct Reading {
    var titles: [String] = []
    var summary: [SummaryRow] = []
    var body: [BodyEntry] = []
    var diagnostics: [Diagnostic] = []
    var header: DetailHeaderRows?
    /// A section heading printed as a paragraph before the detail header: it
    /// opens the first section when the detail table follows at once.
    var headingParagraph: SectionHeading?

    mutating func paragraph(_ text: String) {
        let text = TextNormalizer.collapseWhitespace(text)
        guard !text.isEmpty else { return }
        if let heading = SectionHeading(text) {
            if header != nil {
                body.append(.heading(heading))
            } else {
                flushHeadingParagraph()
                headingParagraph = heading
            }
        } else {
            flushHeadingParagraph()
            titles.append(text)
        }
    }

    mutating func table(_ grid: SourceGrid) {
        var row = 0
        if header != nil, let name = grid.name, let heading = SectionHeading(name) ?? CategoryHeading.sheetName(name) {
            body.append(.heading(heading))
        }
        while row < grid.rowCount {
            if let found = DetailHeaderRows.match(grid, at: row) {
                if header == nil {
                    header = found
                    if let heading = headingParagraph { body.append(.heading(heading)) }
                    headingParagraph = nil
                }
                row += found.rowCount
                continue
            }
            if header == nil {
                beforeDetail(grid.texts(of: row))
            } else {
                detail(grid, row: row)
            }
            row += 1
        }
    }

    /// A row before the detail header: the summary table's, or a title.
    private mutating func beforeDetail(_ cells: [String]) {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty, !ColumnTitles.isSummaryHeader(filled) else { return }
        flushHeadingParagraph()
        if let row = SummaryRow(cells: filled) {
            summary.append(row)
        } else {
            titles.append(filled.joined(separator: " "))
        }
    }

    /// A row of the detail table: an item, or a heading or note laid across it.
    private mutating func detail(_ grid: SourceGrid, row: Int) {
        guard let header else { return }
        if let across = grid.textLaidAcross(row) {
            if let heading = SectionHeading(across) { body.append(.heading(heading)) } else { titles.append(across) }
            return
        }
        var tableRow = TableRow(cells: [:])
        var merged: [String] = []
        var unassigned: [String] = []
        for column in 0..<grid.columnCount {
            guard let cell = grid.ownCell(row: row, column: column), !cell.content.isEmpty else { continue }
            guard column < header.columns.count, !header.columns[column].title.isEmpty else {
                unassigned.append(cell.content.text)
                continue
            }
            let role = header.columns[column].role
            tableRow[role].append(grid.placedContent(cell))
            if cell.row < row { merged.append(cell.content.text) }
        }
        guard !tableRow.cells.isEmpty else { return }
        let seq = PrintedSeq.parse(TextNormalizer.removingWhitespace(tableRow[.seq].text))
        for text in merged {
            diagnostics.append(Diagnostic(.info, .mergedCellPropagated, seq: seq, "“\(text)”为合并单元格，适用于其跨越的各行"))
        }
        if !unassigned.isEmpty {
            diagnostics.append(Diagnostic(.warning, .textUnassigned, seq: seq, "表格行的单元格多于表头列数，多出的文字未归入任何列：\(unassigned.joined(separator: " "))"))
        }
        body.append(.row(tableRow))
    }

    /// A heading paragraph that no detail table followed belongs to the summary.
    private mutating func flushHeadingParagraph() {
        guard let heading = headingParagraph else { return }
        headingParagraph = nil
        if case .category(let category) = heading.kind {
            summary.append(.heading(category: category, declaredCount: heading.declaredCount))
        } else {
            titles.append(heading.printed)
        }
    }
}

extension CategoryHeading {
    /// A sheet or table named after a category (`行政许可`, `行政处罚类`): the
    /// section its rows belong to, in workbooks kept one sheet per category.
    static func sheetName(_ name: String) -> SectionHeading? {
        let compact = TextNormalizer.removingWhitespace(name)
        guard PowerCategory.canonicalize(compact) != nil || PowerCategory.printedNames.contains(compact) else { return nil }
        return SectionHeading(printed: compact, kind: .category(compact), declaredCount: nil)
    }
}
