import PowerListModel

/// Shares each narrow slot's lines out among its columns (权力类型 权力事项
/// 行政主体, or 备注 行使层级 …), which print one after the other and cannot be
/// told apart line by line:
/// - a category cell spells a category name, a code cell is an ID: their
///   lines are found by shape, in column order;
/// - among the other columns, the piece after a `-raw` join opens the next
///   column; else a column printed the same way on most rows (the
///   department) takes its usual lines at its end of the run.
/// A row broken by a page break is shared out part by part.
struct NarrowCellSplitter {
    let columns: FlowColumns
    private var repeated: [RunKey: RepeatedLines] = [:]

    /// A run of neighbouring free-text columns, and which end the repeated lines sit at.
    private struct RunKey: Hashable {
        var columns: [Int]
        var last: Bool
    }

    /// A stretch of lines for a run of free-text columns.
    private struct Stretch {
        var columns: [Int]
        var lines: [FlowLine]
    }

    /// How many rows print each whole single-line cell (a spreadsheet's department).
    private var wholeCellRows: [String: Int] = [:]
    private let rowCount: Int

    init(rows: [FlowRow], columns: FlowColumns) {
        self.columns = columns
        rowCount = rows.count
        for row in rows {
            for text in Set(row.slots.flatMap { $0 }.filter(\.opensCell).map(\.text)) { wholeCellRows[text, default: 0] += 1 }
        }
        var regions: [[Int]: [[String]]] = [:]
        for row in rows {
            for slot in columns.slots.indices where columns.isNarrow(slot) {
                let parts = Self.parts(of: row.slots[slot])
                guard let first = parts.first else { continue }
                for stretch in stretches(first, slot: slot, lostSeq: row.seq == nil) where stretch.columns.count >= 2 {
                    regions[stretch.columns, default: []].append(stretch.lines.map(\.text))
                }
            }
        }
        for (run, texts) in regions {
            repeated[RunKey(columns: run, last: true)] = RepeatedLines(regions: texts, at: .last)
            repeated[RunKey(columns: run, last: false)] = RepeatedLines(regions: texts, at: .first)
        }
    }

    /// The lines of each narrow column of `row`, by column index.
    func cells(of row: FlowRow) -> [Int: [FlowLine]] {
        var cells: [Int: [FlowLine]] = [:]
        for slot in columns.slots.indices where columns.isNarrow(slot) {
            for (number, part) in Self.parts(of: row.slots[slot]).enumerated() {
                for stretch in stretches(part, slot: slot, lostSeq: row.seq == nil && number == 0) {
                    for (column, lines) in share(stretch, wholePart: number > 0) { cells[column, default: []] += lines }
                }
            }
        }
        return cells
    }

    /// The slot's lines cut where a page break restarted the row's columns.
    private static func parts(of lines: [FlowLine]) -> [[FlowLine]] {
        var parts: [[FlowLine]] = []
        for line in lines {
            if parts.isEmpty || line.opensPagePart { parts.append([]) }
            parts[parts.count - 1].append(line)
        }
        return parts
    }

    /// Takes the category and code cells out by their shape, in column order;
    /// what lies between them goes to the free-text columns there.
    private func stretches(_ lines: [FlowLine], slot: Int, lostSeq: Bool) -> [Stretch] {
        var result: [Stretch] = []
        var cursor = 0
        var free: [Int] = []
        func flush(until end: Int) {
            if !free.isEmpty { result.append(Stretch(columns: free, lines: Array(lines[cursor..<end]))) }
            free = []
            cursor = end
        }
        for column in columns.slots[slot].columns {
            let role = columns.columns[column].role
            guard role == .category || role == .code else {
                free.append(column)
                continue
            }
            let texts = lines.map(\.text)
            // Where the shaped cell starts: right here, or after the free columns' lines.
            let starts = free.isEmpty ? Array(cursor...min(cursor, lines.count)) : Array(cursor...lines.count)
            let found = starts.lazy.compactMap { start -> (Int, Int)? in
                guard start < lines.count else { return nil }
                let count = role == .category
                    ? FlowCues.categoryRun(Array(texts[start...]), allowingFragment: lostSeq && start == 0)
                    : texts[start...].prefix(while: FlowCues.looksLikeCode).count
                return count > 0 ? (start, count) : nil
            }.first
            // Not printed here (a row's part after a page break, a lost cell): no lines.
            guard let (start, count) = found else { continue }
            flush(until: start)
            result.append(Stretch(columns: [column], lines: Array(lines[start..<(start + count)])))
            cursor = start + count
        }
        flush(until: lines.count)
        return result
    }

    /// A stretch's lines among its columns.
    private func share(_ stretch: Stretch, wholePart: Bool = false) -> [Int: [FlowLine]] {
        guard stretch.columns.count >= 2 else { return stretch.columns.first.map { [$0: stretch.lines] } ?? [:] }
        // Pieces of a `-raw` line are cells of their own: one per column, when they match up.
        let pieces = stretch.lines.indices.dropFirst().filter { stretch.lines[$0].opensCell }
        if pieces.count == stretch.columns.count - 1 {
            let bounds = [0] + pieces + [stretch.lines.count]
            return Dictionary(uniqueKeysWithValues: stretch.columns.enumerated().map { index, column in
                (column, Array(stretch.lines[bounds[index]..<bounds[index + 1]]))
            })
        }
        if stretch.lines.allSatisfy(\.opensCell), stretch.lines.count < stretch.columns.count { return shareWholeCells(stretch) }
        let texts = stretch.lines.map(\.text)
        let last = repeated[RunKey(columns: stretch.columns, last: true)]
        if let last, !last.isEmpty {
            let count = last.count(in: texts, allowingAll: wholePart)
            var cells = share(Stretch(columns: Array(stretch.columns.dropLast()), lines: Array(stretch.lines.dropLast(count))))
            cells[stretch.columns.last!] = Array(stretch.lines.suffix(count))
            return cells
        }
        if let first = repeated[RunKey(columns: stretch.columns, last: false)], !first.isEmpty {
            let count = first.count(in: texts, allowingAll: wholePart)
            var cells = share(Stretch(columns: Array(stretch.columns.dropFirst()), lines: Array(stretch.lines.dropFirst(count))))
            cells[stretch.columns.first!] = Array(stretch.lines.prefix(count))
            return cells
        }
        return [stretch.columns[0]: stretch.lines]
    }

    /// Fewer whole cells than columns (the rest wrapped, printed apart): a cell
    /// many rows print alike is no 权力事项, which each row names its own way;
    /// the others take the columns left to right.
    private func shareWholeCells(_ stretch: Stretch) -> [Int: [FlowLine]] {
        let nameColumn = stretch.columns.first { [.name, .mainItem].contains(columns.columns[$0].role) }
        var others = stretch.columns.filter { $0 != nameColumn }[...]
        var cells: [Int: [FlowLine]] = [:]
        for line in stretch.lines {
            let shared = (wholeCellRows[line.text] ?? 0) >= max(2, rowCount / 5)
            if !shared, let nameColumn, cells[nameColumn] == nil {
                cells[nameColumn] = [line]
            } else if let column = others.popFirst() {
                cells[column] = [line]
            } else if let nameColumn {
                cells[nameColumn, default: []].append(line)
            }
        }
        return cells
    }
}
