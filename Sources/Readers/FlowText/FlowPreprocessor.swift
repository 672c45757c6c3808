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

    init(_ raw: [String]) {
        let raw = Self.joiningCharacterRuns(raw)
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
            if let (footer, lineCount) = Self.footer(raw, at: index) {
                footers.append(footer)
                footerPage = footer.page
                declaredPageCount = footer.total ?? declaredPageCount
                index += lineCount
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

    /// A footer at `index`, on one line or broken over a few short ones (a
    /// rotated page prints `第` `3` `页` `共` `8` `页` each on its own), and how
    /// many lines it takes.
    static func footer(_ raw: [String], at index: Int) -> (PageNumbering.Footer, Int)? {
        var text = ""
        var found: (PageNumbering.Footer, Int)?
        for count in 1...6 where index + count <= raw.count {
            let line = TextNormalizer.collapseWhitespace(raw[index + count - 1])
            guard count == 1 || (!line.isEmpty && line.count <= 3) else { break }
            text += line
            // The longest reading: `第 3 页` may go on with `共 8 页`.
            if let footer = PageNumbering.footer(text) { found = (footer, count) }
            guard text.count <= 8 else { break }
        }
        return found
    }

    /// A rotated page may print a line character by character, each on a line
    /// of its own (`法` `》` `（` `河` …, digits in groups): such a run, four or
    /// more lines of single characters, is one line again. (No cell wraps at
    /// one character a line: the narrowest print two, 行政 / 处罚.)
    static func joiningCharacterRuns(_ raw: [String]) -> [String] {
        func isPiece(_ line: String) -> Bool {
            let text = TextNormalizer.removingWhitespace(line)
            return text.count == 1 || (1...4).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
        }
        var result: [String] = []
        var index = 0
        while index < raw.count {
            var end = index
            while end < raw.count, isPiece(raw[end]) { end += 1 }
            let singles = raw[index..<end].filter { TextNormalizer.removingWhitespace($0).count == 1 }.count
            if end - index >= 4, singles >= 3 {
                result.append(raw[index..<end].map(TextNormalizer.removingWhitespace).joined())
                index = end
            } else {
                result.append(raw[index])
                index += 1
            }
        }
        return result
    }
}
