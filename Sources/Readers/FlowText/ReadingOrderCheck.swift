import PowerListModel

/// A flow dump is read on trust: its lines are taken to follow the table's
/// rows, and each row's cells in column order. A dump that does not (plain
/// `pdftotext` prints a page's cells block by block, column by column) reads
/// into rows whose cells are scrambled, which must never pass as a result.
/// This check looks at what the reading gave and refuses it when the rows
/// show the order was lost:
/// - column titles stand alone among the cells (a header printed over its
///   columns' blocks, not as one header row);
/// - line after line holds several columns' text side by side;
/// - the printed 序号 do not run upwards;
/// - cells hold what other columns hold (a step label in 实施依据, a
///   citation or step in 权力事项, a non-category in 权力类型);
/// - the names the rows print are not the summary table's.
enum ReadingOrderCheck {
    static let advice = "pass the PDF itself, or a `pdftotext -layout` dump"

    static func verify(_ table: Table, lines: [FlowLine]) throws(FlowTextError) {
        let rows = table.rows
        guard !rows.isEmpty else { return }
        if let problem = strayTitles(lines) ?? sideBySideCells(lines) ?? seqOrder(rows) ?? misplacedCells(rows, columns: table.columns)
            ?? namesOutsideSummary(rows, summary: table.summary) {
            throw .readingOrderLost("the text's reading order does not follow the table (\(problem)): \(advice)")
        }
    }

    /// Column titles standing alone among the cells: a header row printed
    /// title by title, each over its column's cells (a plain dump's blocks),
    /// not as one header block.
    private static func strayTitles(_ lines: [FlowLine]) -> String? {
        let titles = lines.filter { line in
            ColumnTitles.knownRole(forHeader: line.text) != nil && !FlowCues.isCategoryName(line.text)
        }
        return titles.count >= 3 ? "\(titles.count) column titles printed among the cells, column by column" : nil
    }

    /// Lines after lines that each hold the lines of two wide cells side by
    /// side: columns printed abreast, line by line, as a plain dump does where
    /// their lines line up. (A `-raw` dump joins only a row's first lines.)
    private static func sideBySideCells(_ lines: [FlowLine]) -> String? {
        var run = 0, longest = 0
        var previous: Int?
        for line in lines {
            // Side by side needs a space between (its byte tells, without walking Characters).
            let wide = line.text.utf8.contains(0x20) && line.text.split(separator: " ").filter { DisplayWidth.of($0) >= 16 }.count >= 2
            run = wide && previous == line.sourceIndex - 1 ? run + 1 : (wide ? 1 : 0)
            longest = max(longest, run)
            previous = line.sourceIndex
        }
        return longest >= 3 ? "\(longest) lines in a row with several columns' text side by side" : nil
    }

    /// More than a few printed numbers that do not follow the one before.
    private static func seqOrder(_ rows: [TableRow]) -> String? {
        let printed = rows.compactMap { PrintedSeq.parse(TextNormalizer.removingWhitespace($0[.seq].text)) }
        guard printed.count >= 2 else { return nil }
        let backwards = zip(printed, printed.dropFirst()).filter { $0.1 <= $0.0 }.count
        let skips = zip(printed, printed.dropFirst()).filter { $0.1 > $0.0 + 3 }.count
        let bad = backwards + skips
        return bad * 5 > printed.count ? "\(bad) of \(printed.count) item numbers out of sequence" : nil
    }

    /// Rows whose cells hold another column's text.
    private static func misplacedCells(_ rows: [TableRow], columns: [Column]) -> String? {
        let roles = Set(columns.map(\.role))
        let misplaced = rows.filter { row in
            let name = row[.name].text, basis = row[.basis].text
            if name.contains("《") || StepLabel.startsLine(name) { return true }
            if roles.contains(.basis), StepLabel.startsLine(basis) { return true }
            if roles.contains(.category), !row[.category].isEmpty,
               PowerCategory.canonicalize(row[.category].text) == nil, !PowerCategory.isFragment(TextNormalizer.removingWhitespace(row[.category].text)) {
                return true
            }
            return false
        }.count
        return misplaced * 4 > rows.count ? "\(misplaced) of \(rows.count) rows with cells in the wrong columns" : nil
    }

    /// Fewer than half the rows print a name the summary table lists.
    private static func namesOutsideSummary(_ rows: [TableRow], summary: [SummaryRow]) -> String? {
        let names = summary.compactMap { row -> String? in
            if case .entry(_, _, let name) = row { return TextNormalizer.removingWhitespace(name) }
            return nil
        }
        guard names.count >= 4 else { return nil }
        // Rows follow the summary's order: each row's entry is looked for from
        // where the last one stood (any order gives the same count; this one
        // keeps a long list from comparing every row with every entry).
        var from = 0
        let matched = rows.filter { row in
            let name = TextNormalizer.removingWhitespace(row[.name].text)
            guard name.count >= 4 else { return false }
            for offset in names.indices {
                let index = (from + offset) % names.count
                let entry = names[index]
                if entry.contains(name) || name.contains(entry) || entry.hasPrefix(name.prefix(6)) {
                    from = index
                    return true
                }
            }
            return false
        }.count
        return matched * 2 < rows.count ? "only \(matched) of \(rows.count) item names are in the summary table" : nil
    }
}
