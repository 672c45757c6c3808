import PowerListModel

/// Reads the summary table (事项总表 / 统计表) printed before the detail table
/// into typed rows (category headings `一、行政处罚 共 3项` are printed across
/// the columns as one text; entries and the total `合计 | 17项` by column),
/// with the titles around it apart.
struct SummaryTableReader {
    var reading: GlyphReading
    /// The rules each page prints, by page number (OCR only).
    var rules: [Int: [HorizontalRule]] = [:]
    /// The vertical rules each page prints, by page number (OCR only).
    var columnRules: [Int: [VerticalRule]] = [:]

    struct Result {
        var rows: [SummaryRow]
        var titles: [PageLine]
        /// Rows that are no heading, entry or total (a scan's row whose
        /// number was lost): their text, said in a diagnostic, never dropped unsaid.
        var unread: [String] = []
    }

    private enum Piece {
        /// Lines of ordinary rows, cut into rows by their 序号.
        case rows([PageLine])
        /// A row of its own: the total.
        case row(PageLine)
        case printed(PageLine)
    }

    /// `lines` are those printed before the detail header, which stands on `detailPage`.
    func read(_ lines: [PageLine], detailPage: Int) -> Result {
        guard let headerIndex = lines.firstIndex(where: Self.isHeader), let headerTitles = Self.headerTitles(lines[headerIndex]) else {
            return Result(rows: [], titles: lines)
        }
        let header = lines[headerIndex]
        let lineHeight = headerTitles.map(\.height).max() ?? 1
        let body = lines[(headerIndex + 1)...].filter { !Self.isHeader($0) }
        // Headings run across the columns: their glyphs would join the bands,
        // and so would a line that only begins like one.
        let glyphs = body.filter { !Self.beginsLikeHeading($0) }.flatMap { $0.fragments.flatMap(\.glyphs) }
        var cells = headerTitles.map { HeaderCell(role: .extra($0.compactText), title: $0.compactText, x0: $0.x0, x1: $0.x1) }
        // Where the page's rules are known, a column's rule is its edge: a
        // scan's headings misread (`二、行合 政给付共 项`) are no heading,
        // and their ink across the channel between two number columns would
        // join them (`1` `1` read as `11`).
        let onHeaderPage = body.filter { $0.page == header.page }
        let rules = columnRules[header.page] ?? [], bottom = onHeaderPage.map(\.y1).max() ?? header.y1
        if header.isRecognized, let unread = Self.untitledFirstColumn(before: cells.first, rules: rules, from: header.y1, to: bottom, ink: glyphs) {
            cells.insert(unread, at: 0)
        }
        let bands = reading.bands(under: cells, body: glyphs, lineHeight: lineHeight).ruled(by: rules, from: header.y1, to: bottom)

        var titles = Array(lines[..<headerIndex])
        var pieces: [Piece] = []
        var ended = false
        for line in body {
            if ended {
                titles.append(line)
            } else if Self.isHeading(line) {
                pieces.append(.printed(line))
            } else if Self.isTotal(line) {
                pieces.append(.row(line))
            } else if line.page == detailPage, header.page < detailPage || isTitle(line, bands: bands, lineHeight: lineHeight) {
                // The detail table's own titles close the summary: everything on
                // the detail page when the summary ended on an earlier page, else
                // the first line laid across the summary's columns or set larger.
                ended = true
                titles.append(line)
            } else if case .rows(let rows)? = pieces.last {
                pieces[pieces.count - 1] = .rows(rows + [line])
            } else {
                pieces.append(.rows([line]))
            }
        }
        let summaryCells = pieces.flatMap { piece -> [[String]] in
            switch piece {
            case .printed(let line): [[Self.headingText(line) ?? line.text]]
            case .rows(let rows): rowCells(rows, bands: bands)
            case .row(let row): rowCells([row], bands: bands)
            }
        }
        var rows: [SummaryRow] = [], unread: [String] = []
        for cells in summaryCells {
            if let row = SummaryRow(cells: cells) {
                rows.append(row)
            } else if !cells.allSatisfy({ TextNormalizer.removingWhitespace($0).isEmpty }) {
                unread.append(cells.filter { !$0.isEmpty }.joined(separator: " "))
            }
        }
        return Result(rows: rows, titles: titles, unread: unread)
    }

    private func isTitle(_ line: PageLine, bands: ColumnBands, lineHeight: Double) -> Bool {
        line.isMostlyTaller(than: 1.3 * lineHeight)
            || line.fragments.allSatisfy { bands.isCrossed(by: $0.glyphs, reach: 2.5 * lineHeight, count: reading.titleCrossings) }
    }

    /// `headerTitles(line) != nil`, on the titles' texts alone: every line of
    /// every detail page is asked, and cutting each into word fragments cost
    /// more than the test.
    static func isHeader(_ line: PageLine) -> Bool {
        ColumnTitles.isSummaryHeader(line.fragments.flatMap(\.titleTexts))
            || ColumnTitles.isSummaryHeader(line.fragments.flatMap(\.wordTitleTexts))
    }

    /// The header's titles when `line` is the summary table's header: its
    /// fragments, or its words and titles where narrow cells' titles ran
    /// together (with a space between, or none).
    private static func headerTitles(_ line: PageLine) -> [TextFragment]? {
        [line.fragments, line.fragments.flatMap(\.words)].lazy.map { $0.flatMap(\.titles) }.first { ColumnTitles.isSummaryHeader($0.map(\.text)) }
    }

    /// Category headings are printed across the columns, as one text.
    private static func isHeading(_ line: PageLine) -> Bool {
        headingText(line) != nil
    }

    /// The line, or its first fragment, reads as a heading.
    private static func beginsLikeHeading(_ line: PageLine) -> Bool {
        CategoryHeading.parse(line.text) != nil || CategoryHeading.parse(line.fragments[0].text) != nil
    }

    /// The heading `line` prints, or nil. On a scan, a speck or a rule's
    /// crossing beside a heading may be read as a lone character in another
    /// column (`三、行政给付共 1项` … `四`): such a line is still the heading,
    /// without it. Lines of a text layer stay whole.
    static func headingText(_ line: PageLine) -> String? {
        if CategoryHeading.parse(line.text) != nil { return line.text }
        guard let first = line.fragments.first, line.fragments.count > 1, CategoryHeading.parse(first.text) != nil else { return nil }
        let specks = line.fragments.dropFirst()
        let recognized = specks.allSatisfy { $0.compactText.count <= 1 && $0.isRecognized }
        return recognized ? first.text : nil
    }

    private static func isTotal(_ line: PageLine) -> Bool {
        TotalRow.isTotal(line.text)
    }

    private func rowCells(_ lines: [PageLine], bands: ColumnBands) -> [[String]] {
        let pages = Dictionary(grouping: lines, by: \.page).sorted { $0.key < $1.key }.map { page, lines in
            ColumnLine.lines(page: page, glyphs: lines.flatMap { $0.fragments.flatMap(\.glyphs) }, bands: bands, byWord: reading.assignsWords)
        }
        let allLines = pages.flatMap { $0 }
        let inkByColumn = Dictionary(grouping: allLines, by: \.column).mapValues { $0.reduce(0) { $0 + $1.glyphs.count } }
        let widest = inkByColumn.filter { $0.key != 0 }.max { $0.value < $1.value }?.key
        let segmenter = RowSegmenter(
            anchorColumn: 0, evidenceColumn: widest, gapsAreInformative: reading.gapsAreInformative,
            rowRules: RowRules(rules, crossingColumnAt: bands.cells.first?.midX)
        )
        return segmenter.rows(of: pages).map { row in
            (0..<bands.cells.count).map { column in
                PlacedRow.cell(row.filter { $0.column == column }).text
            }
        }
    }

    /// A scan's first column whose title OCR left unread (`总序号` before
    /// `类别及序号`): two rules run down the body left of the first title
    /// read, the table's edge and a column's, with print between them. Its
    /// numbers would otherwise join the next column's (`1` `1` read `11`).
    /// An untitled column of its own, between those rules; `ink` is the
    /// body's print.
    static func untitledFirstColumn(before first: HeaderCell?, rules: [VerticalRule], from top: Double, to bottom: Double, ink: [Glyph]) -> HeaderCell? {
        guard let first, bottom > top else { return nil }
        let edges = ColumnBands.columnEdges(rules, from: top, to: bottom).filter { $0 < first.x0 }
        guard edges.count >= 2 else { return nil }
        let (left, right) = (edges[edges.count - 2], edges[edges.count - 1])
        guard ink.contains(where: { $0.x0 > left && $0.x1 < right && !TextNormalizer.isWhitespace($0.scalar) }) else { return nil }
        return HeaderCell(role: .extra(""), title: "", x0: left, x1: right)
    }
}
