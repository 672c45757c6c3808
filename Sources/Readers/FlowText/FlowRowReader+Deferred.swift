import PowerListModel

/// A spreadsheet printed to PDF draws a page's single-line cells first, row
/// by row (`1 行政处罚 赵县医疗保障局`, `2 行政处罚 赵县医疗保障局` …), and only
/// then each row's wrapped cells, row after row. In a `-raw` dump the rows'
/// first lines thus stand together, and the blocks of wrapped cells follow
/// in the same order: each row so printed waits (`deferred`) for the next
/// block, which starts where the cells' column order starts again.
extension FlowRowReader {
    /// The row is only its first printed line: its 序号 and the cells beside it
    /// (or, in a dump that prints each cell line apart, a few narrow lines).
    var holdsOnlyItsFirstLine: Bool {
        guard let seq = row.seq, !row.tookDeferredCells else { return false }
        let lines = row.allLines
        if lines.count >= 2, lines.allSatisfy({ $0.sourceIndex == seq.sourceIndex }) { return true }
        return (2...5).contains(lines.count) && row.slots.indices.allSatisfy { columns.role(of: $0) == nil || row.slots[$0].isEmpty }
    }

    /// In a dump that prints each cell line apart, a row's single-line cells
    /// take as many printed lines as those of the row waiting before it: until
    /// then a narrow line is one more of them, not the first wrapped cell.
    func firstLineGoesOn(_ line: FlowLine) -> Bool {
        guard let previous = deferred.last, line.width <= narrowLimit else { return false }
        let printedLines = { (row: FlowRow) in Set(row.allLines.map(\.sourceIndex)).count }
        return printedLines(row) < printedLines(previous)
    }

    /// Sets the row aside until its wrapped cells come.
    mutating func deferRow() {
        printsSingleLineCellsFirst = true
        // Each line printed with the 序号 is a whole single-line cell.
        for slot in row.slots.indices {
            for index in row.slots[slot].indices { row.slots[slot][index].opensCell = true }
        }
        deferred.append(row)
        row = FlowRow(slotCount: columns.slots.count)
        slot = nil
    }

    /// The next waiting row takes the lines that follow: the row read so far is
    /// done (or, when it is only a first line itself, waits its turn).
    mutating func takeDeferredRow() {
        if holdsOnlyItsFirstLine {
            deferRow()
        } else if !row.isEmpty {
            entries.append(.row(row))
        }
        row = deferred.removeFirst()
        row.tookDeferredCells = true
        slot = row.slots.indices.last { !row.slots[$0].isEmpty } ?? columns.seqSlot
        partStart = row.seq?.sourceIndex ?? partStart
        continuing = false
    }

    /// Whether `line` opens the next waiting row's block: the block read so
    /// far has reached its cases, which ended, and the line starts a cell
    /// afresh (a basis, or a narrow cell wider than the narrow text after the cases).
    func startsDeferredCells(_ line: FlowLine, at index: Int) -> Bool {
        guard let slot, let lastContent = columns.lastContentSlot, slot >= lastContent,
              let last = row.slots[lastContent].last, FlowCues.endsElement(last.text) || slot > lastContent else { return false }
        let text = line.text
        if FlowCues.looksLikeBasisStart(text) { return FlowCues.numbering(text).map { $0.number == 1 } ?? true }
        // No narrow cell after the cases runs this wide.
        if line.width > narrowLimit { return slot > lastContent && (FlowCues.numbering(text)?.number ?? 1) == 1 }
        guard line.width <= narrowLimit, !FlowCues.endsElement(text), FlowCues.numbering(text) == nil else { return false }
        // Wider than the narrow cells after the cases (备注) run: the next block's first cell.
        guard let trailing = columns.slots.indices.first(where: { $0 > lastContent && columns.isNarrow($0) }) else { return true }
        if let widest = row.slots[trailing].map(\.width).max() { return line.width > widest + 2 }
        guard let width = slotWidths?[trailing] ?? nil else { return false }
        return line.width > width + 2
    }
}
