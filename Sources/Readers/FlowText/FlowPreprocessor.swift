import PowerListModel

/// Strips a flow dump's page furniture (footers, repeated header rows, form
/// feeds, blank lines) and keeps what it says about pages and columns.
struct FlowPreprocessor {
    var lines: [FlowLine] = []
    /// The columns named by the first header row, when the dump has one.
    var columns: [Column]?
    /// Index into `lines` of the first line after the first header row.
    var firstLineAfterHeader: Int?
    /// `共 M 页` of the footers.
    var declaredPageCount: Int?
    /// True when footers close their page (a `第 1 页` footer exists), false
    /// when they open it (the extractor printed each page's footer first).
    var footersClosePages = false
    var removedHeaderRows = 0

    init(_ raw: [String]) {
        var footerPage: Int?
        var pageBreak = false
        var index = 0
        var footers: [PageNumbering.Footer] = []
        while index < raw.count {
            let line = raw[index]
            if line == "\u{0C}" {
                pageBreak = true
                index += 1
                continue
            }
            let trimmed = TextNormalizer.collapseWhitespace(line)
            if trimmed.isEmpty {
                index += 1
                continue
            }
            if let footer = PageNumbering.footer(trimmed) {
                footers.append(footer)
                footerPage = footer.page
                declaredPageCount = footer.total ?? declaredPageCount
                index += 1
                continue
            }
            if let header = FlowHeaderBlock.match(raw, at: index, expected: columns) {
                if columns == nil {
                    columns = header.columns
                    firstLineAfterHeader = lines.count
                } else {
                    // A header printed again heads a new page.
                    pageBreak = true
                }
                removedHeaderRows += 1
                index += header.lineCount
                continue
            }
            let leadingSpace = line.first.map { $0 == " " || $0 == "\u{3000}" || $0 == "\t" } ?? false
            lines.append(FlowLine(text: trimmed, sourceIndex: index, markedPageStart: leadingSpace, pageBreakBefore: pageBreak, footerPage: footerPage))
            footerPage = nil
            pageBreak = false
            index += 1
        }
        footersClosePages = footers.contains { $0.page == 1 }
    }
}
