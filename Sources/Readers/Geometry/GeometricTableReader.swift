import PowerListModel

/// Rebuilds a power list's tables from where each glyph sits on the page, not
/// from text order: finds the detail header by its titles, derives column
/// bands, cuts every column into lines and the lines into rows, and reads the
/// summary table and the titles printed before it. Serves every input whose
/// text has positions: PDF glyphs, OCR symbols, `pdftotext -layout` columns.
public enum GeometricTableReader {
    public static func read(_ pages: consuming [GlyphPage], as reading: GlyphReading = .pdf) throws(NoTableFound) -> Table {
        let builder = TextFragmentBuilder(wordGap: reading.wordGap)
        var fragmentsByPage = pages.map(builder.fragments(of:))
        let sizes = Dictionary(pages.map { ($0.number, PageSize(width: $0.width, height: $0.height)) }, uniquingKeysWith: { a, _ in a })
        let frames = Dictionary(pages.map { ($0.number, $0.frame) }, uniquingKeysWith: { a, _ in a })
        let rules = Dictionary(pages.map { ($0.number, $0.rules) }, uniquingKeysWith: { a, _ in a })
        let columnRules = Dictionary(pages.map { ($0.number, $0.columnRules) }, uniquingKeysWith: { a, _ in a })
        let pageCount = pages.count
        // Every glyph is in a fragment now: the pages' own copies, a fifth of a
        // long list's peak memory, can go (the caller hands them over).
        pages = []
        let headers = fragmentsByPage.map(DetailHeaderLocator.headers(in:))
        guard let pageIndex = headers.firstIndex(where: { !$0.isEmpty }) else {
            throw NoTableFound("no header row naming 权力事项/实施依据/责任事项 … on any page")
        }
        var header = headers[pageIndex][0]
        header.cells = Self.fullestTitles(headers.compactMap(\.first)) ?? header.cells

        for (index, pageHeaders) in headers.enumerated() {
            for found in pageHeaders {
                fragmentsByPage[index].removeAll { fragment in
                    found.fragments.contains(fragment) || (fragment.y0 >= found.y0 - 0.1 * fragment.height && fragment.y1 <= found.y1 + 0.1 * fragment.height)
                }
            }
        }
        let allLines = fragmentsByPage.map(PageLine.lines(of:))
        let furniture = PageFurnitureFilter(lines: allLines.flatMap { $0 }, pageSizes: sizes)
        let lines = allLines.map { $0.filter { !furniture.isFurniture($0, page: sizes[$0.page]) } }

        // Before the first detail header: titles and the summary table. After it:
        // the detail table, with whatever stands above a repeated header as titles.
        var before: [PageLine] = lines[..<pageIndex].flatMap { $0 }
        var detailPages: [DetailTableReader.Page] = []
        var titles: [PageLine] = []
        for index in pageIndex..<lines.count {
            let top = headers[index].first?.y0 ?? -.infinity
            let above = lines[index].filter { $0.y1 <= top }
            if index == pageIndex { before += above } else { titles += above }
            detailPages.append(.init(lines: lines[index].filter { $0.y1 > top }, header: headers[index].first))
        }

        let (table, trailing) = Self.splittingTrailingSummary(detailPages)
        let detail = DetailTableReader(header: header, reading: reading, frames: frames, rules: rules, columnRules: columnRules).read(table)
        var summary = SummaryTableReader(reading: reading, rules: rules, columnRules: columnRules).read(before, detailPage: header.page)
        if !trailing.isEmpty {
            // A summary printed after the detail table; no detail page follows it.
            let after = SummaryTableReader(reading: reading, rules: rules, columnRules: columnRules).read(trailing, detailPage: .max)
            summary.rows += after.rows
            summary.titles += after.titles
            summary.unread += after.unread
        }
        titles += summary.titles + detail.titles
        let titleLines = titles.sorted { ($0.page, $0.y0) < ($1.page, $1.y0) }.map(\.text)
        let titlesRecognized = titles.contains(where: \.isRecognized)
        return Table(
            titleLines: titleLines, columns: detail.columns, body: detail.body, summary: summary.rows,
            pageCount: pageCount, diagnostics: summary.unread.map(Self.unreadSummaryRow) + detail.diagnostics, titlesRecognized: titlesRecognized
        )
    }
}

extension GeometricTableReader {
    /// The column titles of the header repeated on every page that names
    /// the most known columns, all the first one names among them; nil when
    /// none names more than the first. OCR may skip a title on one page
    /// (`责任事项` unread over a 250 dpi page's blank top rows), and the first
    /// page's header would then merge that column into its neighbour on
    /// every page.
    static func fullestTitles(_ headers: [LocatedHeader]) -> [HeaderCell]? {
        func known(_ header: LocatedHeader) -> Set<ColumnRole> { Set(header.cells.map(\.role).filter { !$0.isExtra }) }
        guard let first = headers.first else { return nil }
        let firstRoles = known(first)
        let fuller = headers.filter { known($0).isStrictSuperset(of: firstRoles) }
        return fuller.max { known($0).count < known($1).count }?.cells
    }

    static func unreadSummaryRow(_ text: String) -> Diagnostic {
        Diagnostic(.warning, .textUnassigned, seq: nil, "总表中一行既非类别、事项也非合计，未归入总表：\(text)")
    }

    /// The detail pages without any summary table printed among them (from
    /// its header to the next page that repeats the detail header), and the
    /// lines of those summaries.
    static func splittingTrailingSummary(_ pages: [DetailTableReader.Page]) -> ([DetailTableReader.Page], [PageLine]) {
        var table: [DetailTableReader.Page] = []
        var summaries: [PageLine] = []
        var inSummary = false
        for page in pages {
            if page.header != nil { inSummary = false }
            guard !inSummary else {
                summaries += page.lines
                continue
            }
            guard let start = page.lines.firstIndex(where: SummaryTableReader.isHeader) else {
                table.append(page)
                continue
            }
            table.append(.init(lines: Array(page.lines[..<start]), header: page.header))
            summaries += page.lines[start...]
            inSummary = true
        }
        return (table, summaries)
    }
}

/// What kind of page geometry the glyphs carry.
public struct GlyphReading: Sendable {
    /// A gap wider than this many line heights separates two fragments.
    var wordGap: Double
    /// Whether vertical spacing is measured finely enough to show row padding.
    var gapsAreInformative: Bool
    /// Sampling step, in line heights, of the ink coverage that places column boundaries.
    var coverageResolution: Double
    /// Whether glyphs go to columns word by word (a text dump drifts) or one by one.
    var assignsWords: Bool
    /// How many column boundaries a word must reach across to be a title
    /// rather than a cell line (a text dump's long lines overrun one).
    var titleCrossings: Int

    /// Column bands under `cells` for the body glyphs (spaces included, in line order).
    /// Any collection, so that a document's glyphs need not be copied into one array.
    func bands(under cells: [HeaderCell], body glyphs: some Collection<Glyph>, lineHeight: Double) -> ColumnBands {
        // One pass into a reserved array: `filter` then `map` held a whole second
        // copy of the glyphs (grown by doubling), the peak of a long list's memory.
        var ink: [(x0: Double, x1: Double)] = []
        ink.reserveCapacity(glyphs.count)
        for glyph in glyphs where !TextNormalizer.isWhitespace(glyph.scalar) { ink.append((glyph.x0, glyph.x1)) }
        if assignsWords {
            let glyphs = Array(glyphs)
            // A column's start is shared by many of its lines; a few stray starts are noise.
            let lineCount = Set(glyphs.map(\.y0)).count
            let starts = TextDumpWords.starts(of: glyphs)
            return ColumnBands(cells: cells, wordStarts: starts, minimumSupport: max(2, lineCount / 10), ink: ink)
        }
        return ColumnBands(cells: cells, bodyInk: ink, resolution: coverageResolution * lineHeight)
    }

    /// PDF glyphs (and OCR symbols): boxes measured in points.
    public static let pdf = GlyphReading(wordGap: 0.5, gapsAreInformative: true, coverageResolution: 0.02, assignsWords: false, titleCrossings: 1)
    /// `pdftotext -layout` text: one character per column, one line per row.
    public static let layoutText = GlyphReading(wordGap: 1.5, gapsAreInformative: false, coverageResolution: 0.5, assignsWords: true, titleCrossings: 2)
}
