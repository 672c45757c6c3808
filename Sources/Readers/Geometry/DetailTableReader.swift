import PowerListModel

/// Reads the detail table below its header: column bands, lines, rows, cells.
struct DetailTableReader {
    var header: LocatedHeader
    var reading: GlyphReading
    /// How each page's coordinates map to the source, by page number.
    var frames: [Int: GlyphFrame] = [:]
    /// The rules each page prints, by page number (OCR only).
    var rules: [Int: [HorizontalRule]] = [:]
    /// The column rules each page prints, by page number (OCR only).
    var columnRules: [Int: [VerticalRule]] = [:]

    struct Result {
        var columns: [Column]
        /// Rows, and the section headings laid across the table between them.
        var body: [BodyEntry]
        /// Lines laid across the columns that are no section heading (a title,
        /// a note under the table).
        var titles: [PageLine]
        var diagnostics: [Diagnostic]
    }

    /// A page of the detail table: its lines below the header, and the header
    /// when the page repeats it.
    struct Page {
        var lines: [PageLine]
        var header: LocatedHeader?
    }

    func read(_ pages: [Page]) -> Result {
        let fragments = pages.flatMap { $0.lines.flatMap(\.fragments) }
        let lineHeight = fragments.map(\.height).sorted().dropFirst(fragments.count / 2).first ?? 1
        let columns = Self.distinct(header.cells)
        let roles = columns.map(\.role)
        // PDF geometry is the same on every page; a text dump lays every page
        // out on its own character grid, and a scan lays every sheet on the
        // glass anew (shifted, turned), so their columns are found page by page.
        let pageByPage = reading.assignsWords || fragments.contains(where: \.isRecognized)
        let tableBands = pageByPage ? nil : reading.bands(under: header.cells, body: fragments.lazy.map(\.glyphs).joined(), lineHeight: lineHeight)

        var titles: [PageLine] = []
        var headings: [(line: PageLine, heading: SectionHeading)] = []
        var columnLines: [[ColumnLine]] = []
        for page in pages {
            var bands = tableBands ?? pageBands(page, lineHeight: lineHeight)
            if pageByPage, let number = page.lines.first?.page, let printed = columnRules[number] {
                // A scan's printed column rules are its cells' borders (a spreadsheet print
                // sets its numbers right against them, a speck beside them opening a wider
                // channel in the ink than the rule's hairline gap).
                let top = page.header?.y1 ?? page.lines.map(\.y0).min() ?? 0
                bands = bands.ruled(by: printed, from: top, to: page.lines.map(\.y1).max() ?? top)
            }
            var glyphs: [Glyph] = []
            for line in page.lines {
                switch kind(of: line, bands: bands, lineHeight: lineHeight) {
                case .heading(let heading): headings.append((line, heading))
                case .title: titles.append(line)
                case .cells: glyphs += line.fragments.flatMap(\.glyphs)
                }
            }
            guard let number = page.lines.first?.page else { continue }
            columnLines.append(ColumnLine.lines(page: number, glyphs: glyphs, bands: bands, byWord: reading.assignsWords))
        }

        let anchorColumn = roles.firstIndex(of: .seq)
        let segmenter = RowSegmenter(
            anchorColumn: anchorColumn, evidenceColumn: roles.firstIndex(of: .name) ?? roles.firstIndex(of: .mainItem),
            gapsAreInformative: reading.gapsAreInformative, findsUnnumberedRows: true,
            rowRules: RowRules(rules, crossingColumnAt: anchorColumn.map { header.cells[$0].midX })
        )
        var rows = segmenter.rows(of: columnLines).map { PlacedRow(lines: $0, columns: roles) }
        let diagnostics = MergedCellFiller(columns: roles, lineHeight: lineHeight).fill(&rows)
        return Result(columns: columns, body: Self.body(rows, headings: headings, frames: frames), titles: titles, diagnostics: diagnostics)
    }

    private enum LineKind {
        case heading(SectionHeading)
        case title
        case cells
    }

    /// A title is laid across the columns (every piece of it well over a
    /// boundary: a cell line may run one word over) or set larger than the
    /// cells. A section heading is a line alone at its height that reads as
    /// one and stands where no cell line would: over a boundary at all (a
    /// merged cell's text starts in the narrow 序号 column), set larger, or
    /// centred on the table.
    private func kind(of line: PageLine, bands: ColumnBands, lineHeight: Double) -> LineKind {
        let larger = line.isMostlyTaller(than: 1.3 * lineHeight)
        if var heading = SectionHeading(line.text) {
            heading.recognized = line.isRecognized
            let span = (x0: bands.cells.map(\.x0).min() ?? 0, x1: bands.cells.map(\.x1).max() ?? 0)
            let midX = (line.fragments.map(\.x0).min()! + line.fragments.map(\.x1).max()!) / 2
            let crossing = bands.isCrossed(by: line.fragments.flatMap(\.glyphs), reach: lineHeight, count: 1)
            if crossing || larger || abs(midX - (span.x0 + span.x1) / 2) < lineHeight { return .heading(heading) }
        }
        let crossing = line.fragments.allSatisfy { bands.isCrossed(by: $0.glyphs, reach: 2.5 * lineHeight, count: reading.titleCrossings) }
        return crossing || larger ? .title : .cells
    }

    /// Rows and headings in reading order: a heading goes before the first row
    /// that starts below it.
    private static func body(_ rows: [PlacedRow], headings: [(line: PageLine, heading: SectionHeading)], frames: [Int: GlyphFrame]) -> [BodyEntry] {
        var body: [BodyEntry] = []
        var pending = headings.sorted { ($0.line.page, $0.line.y0) < ($1.line.page, $1.line.y0) }[...]
        for row in rows {
            let start = (row.pages.first ?? 0, row.top)
            while let next = pending.first, (next.line.page, next.line.y0) < start {
                body.append(.heading(next.heading))
                pending = pending.dropFirst()
            }
            body.append(.row(row.tableRow(frames: frames)))
        }
        body += pending.map { .heading($0.heading) }
        return body
    }

    /// A text dump's or a scan's columns on one page, under the page's own
    /// header when it repeats one (pdftotext lays every page out anew: a page
    /// whose columns are mostly empty has them narrower).
    private func pageBands(_ page: Page, lineHeight: Double) -> ColumnBands {
        let cells = page.header.map(\.cells).flatMap { $0.map(\.role) == header.cells.map(\.role) ? $0 : nil } ?? header.cells
        let glyphs = page.lines.flatMap { $0.fragments.flatMap(\.glyphs) }
        return reading.bands(under: cells, body: glyphs, lineHeight: lineHeight)
    }

    /// Two columns with the same role would share one cell: a later one is
    /// known by its printed title instead.
    private static func distinct(_ cells: [HeaderCell]) -> [Column] {
        var seen: Set<ColumnRole> = []
        return cells.enumerated().map { index, cell in
            var role = cell.role
            if seen.contains(role) { role = .extra(cell.title) }
            if seen.contains(role) { role = .extra("\(cell.title)\(index + 1)") }
            seen.insert(role)
            return Column(title: cell.title, role: role)
        }
    }
}

/// A row with its lines still in place, so that merged cells can be judged by
/// where their text stands.
struct PlacedRow {
    var cells: [ColumnRole: [ColumnLine]]
    var pages: [Int]
    /// Extent of the row on its first page.
    var top: Double
    var bottom: Double

    init(lines: [ColumnLine], columns: [ColumnRole]) {
        cells = Dictionary(grouping: lines) { columns[$0.column] }
        let pages = Set(lines.map(\.page)).sorted()
        self.pages = pages
        let first = lines.filter { $0.page == pages.first }
        top = first.map(\.y0).min() ?? 0
        bottom = first.map(\.y1).max() ?? 0
    }

    func tableRow(frames: [Int: GlyphFrame]) -> TableRow {
        TableRow(cells: cells.mapValues { lines in
            var cell = Self.cell(lines)
            cell.places = Self.places(lines, frames: frames)
            return cell
        }, pages: pages)
    }

    /// One place per page: the union of the ink of the cell's lines there,
    /// in the source's own frame.
    static func places(_ lines: [ColumnLine], frames: [Int: GlyphFrame]) -> [SourcePlace] {
        var boxes: [(page: Int, x0: Double, y0: Double, x1: Double, y1: Double)] = []
        for line in lines {
            for glyph in line.glyphs where !TextNormalizer.isWhitespace(glyph.scalar) {
                if let index = boxes.firstIndex(where: { $0.page == line.page }) {
                    boxes[index].x0 = min(boxes[index].x0, glyph.x0)
                    boxes[index].y0 = min(boxes[index].y0, glyph.y0)
                    boxes[index].x1 = max(boxes[index].x1, glyph.x1)
                    boxes[index].y1 = max(boxes[index].y1, glyph.y1)
                } else {
                    boxes.append((line.page, glyph.x0, glyph.y0, glyph.x1, glyph.y1))
                }
            }
        }
        return boxes.sorted { $0.page < $1.page }.compactMap { box in
            frames[box.page]?.place(page: box.page, x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1)
        }
    }

    /// Lines in reading order; a wrapped Latin word keeps its space.
    static func cell(_ lines: [ColumnLine]) -> Cell {
        let ordered = lines.sorted { ($0.page, $0.y0) < ($1.page, $1.y0) }
        var cellLines: [CellLine] = []
        var previousLast: Unicode.Scalar?
        for line in ordered {
            let text = line.text
            guard let first = text.unicodeScalars.first else { continue }
            let followsSpace = previousLast.map { TextNormalizer.isLatinOrDigit($0) && TextNormalizer.isLatinOrDigit(first) } ?? false
            // OCR's doubt travels with the line: its least sure character.
            let confidence = line.glyphs.lazy.filter { !TextNormalizer.isWhitespace($0.scalar) }.compactMap(\.confidence).min()
            cellLines.append(CellLine(text, followsSpace: followsSpace, confidence: confidence))
            previousLast = text.unicodeScalars.last
        }
        return Cell(lines: cellLines)
    }
}
