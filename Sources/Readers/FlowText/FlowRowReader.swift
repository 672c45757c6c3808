import PowerListModel

/// One detail row of a flow dump: its 序号 and the lines of each slot of the
/// columns (`FlowColumns`), in reading order. A narrow slot's lines are
/// shared out among its columns later, once every row has been read.
struct FlowRow {
    var seq: FlowLine?
    var slots: [[FlowLine]]
    /// The row waited for its wrapped cells and has had them (`FlowRowReader+Deferred`).
    var tookDeferredCells = false

    init(slotCount: Int) {
        slots = Array(repeating: [], count: slotCount)
    }

    var isEmpty: Bool { seq == nil && slots.allSatisfy(\.isEmpty) }

    var allLines: [FlowLine] {
        (seq.map { [$0] } ?? []) + slots.flatMap { $0 }
    }

    var firstLine: FlowLine? {
        allLines.min { $0.sourceIndex < $1.sourceIndex }
    }
}

enum FlowEntry {
    case row(FlowRow)
    case heading(SectionHeading)

    var row: FlowRow? {
        if case .row(let row) = self { return row }
        return nil
    }
}

/// Reads the detail table of a flow dump line by line. A row's cells follow
/// one another in the order of the columns its header prints; which column a
/// line belongs to, and where a row starts, is decided from the line's shape
/// (`FlowRowReader+Slots`): a bare number continuing the 序号 sequence, a
/// category name, a line wider than any narrow column, a step label
/// (立案责任：), the accountability preamble (lines leading into a list
/// restarting at 1), a narrow line after the last case. A row broken by a
/// page break runs through its columns again after the break. A `-raw` dump's
/// line that holds the first lines of several cells is cut apart first
/// (`FlowRowReader+Joins`).
struct FlowRowReader {
    let lines: [FlowLine]
    let columns: FlowColumns
    /// Lines wider than this can only be in a wide column (实施依据, 责任事项, 追责情形).
    let narrowLimit: Int
    /// How wide each slot's lines run, from a first reading: a `-raw` line
    /// wider than its slot holds the starts of several cells. nil for a slot
    /// the first reading left empty.
    let slotWidths: [Int?]?
    /// Where each source line's first piece stands in `lines`: looked up for
    /// every line placed, where a search from the top made reading quadratic.
    let firstLineOfSource: [Int: Int]
    /// Rows and the section headings between them, in order.
    var entries: [FlowEntry] = []
    var row: FlowRow
    /// The slot the last line went to; nil at a row's start.
    var slot: Int?
    var lastSeq = 0
    var lastPrintedSeq = 0
    /// Reading the part of a row printed after a page break.
    var continuing = false
    /// Rows whose first printed line came before the cells of the rows above
    /// them (`FlowRowReader+Deferred`), waiting for their cells, in order.
    var deferred: [FlowRow] = []
    /// The dump has shown that pattern: a row's wrapped cells follow its first line apart.
    var printsSingleLineCellsFirst = false
    /// Where the row's current part (its start, or what a page break left) began.
    var partStart = 0
    /// The content cells the last page break cut mid-sentence.
    var cutSlots: [Int] = []

    init(lines: [FlowLine], columns: FlowColumns, slotWidths: [Int?]? = nil) {
        self.lines = lines
        self.columns = columns
        self.slotWidths = slotWidths
        firstLineOfSource = Dictionary(lines.enumerated().map { ($1.sourceIndex, $0) }, uniquingKeysWith: min)
        row = FlowRow(slotCount: columns.slots.count)
        let widths = lines.map(\.width).sorted()
        let wide = widths.isEmpty ? 0 : widths[min(widths.count - 1, widths.count * 9 / 10)]
        narrowLimit = max(wide / 2, 12)
    }

    /// The index of the first line of the detail table: a number followed by
    /// a category; or, after the table's header row, the first number (or
    /// category heading).
    static func detailStart(_ lines: [FlowLine], afterHeader: Int?) -> Int? {
        let byCategory = lines.indices.first { index in
            let text = lines[index].text
            if FlowCues.bareInteger(text) != nil { return FlowCues.categoryRun(lines, at: index + 1, end: lines.count) > 0 }
            guard let (_, rest) = FlowCues.leadingInteger(text), !rest.isEmpty else { return false }
            return FlowCues.startsCategoryName(rest.prefix { $0 != " " })
        }
        guard let afterHeader, byCategory.map({ $0 > afterHeader }) ?? true else { return byCategory }
        return lines.indices.dropFirst(afterHeader).first { index in
            FlowCues.leadingInteger(lines[index].text) != nil || SectionHeading(lines[index].text) != nil
        }
    }

    mutating func read(from start: Int) -> [FlowEntry] {
        for index in start..<lines.count {
            var pending: FlowLine? = lines[index]
            while let line = pending { pending = consume(line, at: index) }
        }
        closeRow()
        return entries
    }

    /// Places `line` (from source line `index`); returns the rest of it when it
    /// held the starts of several cells.
    private mutating func consume(_ line: FlowLine, at index: Int) -> FlowLine? {
        let inRowText = slot != nil && slot == columns.leadingNarrowSlot && !row.isEmpty
        if !inRowText, let heading = SectionHeading(line.text) {
            closeRow()
            entries.append(.heading(heading))
            return nil
        }
        var line = line
        if line.atPageStart, !line.opensCell, !row.isEmpty, !startsRow(line, at: index) {
            cutSlots = slotsCut(before: line)
            continuing = true
            slot = nil
            partStart = line.sourceIndex
            line.opensPagePart = true
        }
        if let (head, tail) = joinedCells(line, at: index) {
            place(head, at: index, next: tail.text)
            return tail
        }
        place(line, at: index, next: line.opensCell ? nil : nextText(after: line, at: index))
        return nil
    }

    /// Whether `line`, at a page's start, opens a row rather than continuing the
    /// row the page break cut.
    private func startsRow(_ line: FlowLine, at index: Int) -> Bool {
        if let (value, rest) = FlowCues.leadingInteger(line.text) {
            let next = rest.isEmpty ? nextText(after: line, at: index) : String(rest)
            if newRowSeq(line.head(String(value)), at: index, next: next) != nil { return true }
        }
        return startsRowWithoutSeq(line, at: index)
    }

    nonisolated(unsafe) static var trace = false
    /// Places one cell line; `next` is the text printed after it.
    private mutating func place(_ line: FlowLine, at index: Int, next: String?) {
        defer { if Self.trace { print("TRACE \(index) slot=\(slot.map(String.init) ?? "-") seq=\(lastSeq) cont=\(continuing) tail=\(line.opensCell) \(line.text.prefix(30))") } }
        if let seq = newRowSeq(line, at: index, next: next) {
            if holdsOnlyItsFirstLine {
                deferRow()
            } else {
                closeRow()
            }
            partStart = line.sourceIndex
            row.seq = line
            lastSeq = seq
            lastPrintedSeq = seq
            slot = columns.seqSlot
            return
        }
        var line = line
        if !deferred.isEmpty, !line.opensCell, (holdsOnlyItsFirstLine && !firstLineGoesOn(line)) || startsDeferredCells(line, at: index) {
            takeDeferredRow()
            line.opensPagePart = true
        } else if printsSingleLineCellsFirst, !line.opensCell, holdsOnlyItsFirstLine {
            // The row's wrapped cells, right after its single-line ones.
            line.opensPagePart = true
        } else if !line.opensCell, startsRowWithoutSeq(line, at: index) {
            closeRow()
            partStart = line.sourceIndex
            lastSeq += 1
        }
        let target = target(for: line, at: index)
        slot = target
        row.slots[target].append(line)
    }

    /// The text after `line`: the next line of the dump.
    func nextText(after line: FlowLine, at index: Int) -> String? {
        index + 1 < lines.count ? lines[index + 1].text : nil
    }

    /// The 序号 `line` prints when it opens the next row: a bare number that
    /// continues the sequence, once the row before has reached its content.
    func newRowSeq(_ line: FlowLine, at index: Int, next: String?) -> Int? {
        guard let value = FlowCues.bareInteger(line.text) else { return nil }
        let followedByCategory = next.map { FlowCues.startsCategoryName($0.prefix { $0 != " " }) } ?? false
        guard row.isEmpty || slot.map(columns.isPastContentStart) == true || (holdsOnlyItsFirstLine && followedByCategory) else { return nil }
        // Rows read without their number count on from the last printed one; a
        // printed number may name one of them as well as the next.
        if value == lastSeq + 1 { return opensText(next) || followedByCategory ? value : nil }
        return value > lastPrintedSeq && value <= lastSeq + 5 && followedByCategory ? value : nil
    }

    /// What follows a 序号 can open a row's text: a line no wider than a
    /// narrow column, or nothing (the number ends the dump).
    private func opensText(_ next: String?) -> Bool {
        guard let next else { return true }
        let first = next.prefix { $0 != " " }
        return DisplayWidth.of(first) <= narrowLimit || SectionHeading(next) != nil || FlowCues.bareInteger(first) != nil
    }

    /// After a complete row (its cases read), a category name or a wide line
    /// that starts a cell afresh opens the next row even though its 序号 (and
    /// maybe more) was lost. At a page's start, only a fresh start does: text
    /// there may continue the row the page break cut.
    func startsRowWithoutSeq(_ line: FlowLine, at index: Int) -> Bool {
        guard let slot, let lastContent = columns.lastContentSlot else { return false }
        let afterCases = slot > lastContent || (slot == lastContent && casesEnded(row.slots[slot]))
        guard afterCases else { return false }
        let atPageStart = line.atPageStart
        let category = FlowCues.categoryRun(lines, at: index, end: lines.count, allowingFragment: atPageStart)
        if category > 1 || (category == 1 && atPageStart) { return true }
        guard line.width > narrowLimit else { return false }
        let number = FlowCues.numbering(line.text)
        if atPageStart { return number?.number == 1 }
        if slot > lastContent { return true }
        // Still in the last content cell: only a list restarting at 1, or a cell that can only be a basis, is a new row.
        if let number { return restarts(row.slots[slot], with: number) }
        return FlowCues.looksLikeBasisStart(line.text) || FlowCues.isStepStart(line.text)
    }

    /// The cell's cases have been read and the last one ended.
    func casesEnded(_ cell: [FlowLine]) -> Bool {
        guard let previous = cell.last, FlowCues.endsElement(previous.text) else { return false }
        return cell.contains { FlowCues.numbering($0.text) != nil }
    }

    /// `number` starts the cell's top-level list again (1, in the style of the
    /// cell's first number): a nested `（一）` inside a `1、` item does not.
    func restarts(_ cell: [FlowLine], with number: NumberingToken) -> Bool {
        guard number.number == 1 else { return false }
        let top = cell.lazy.compactMap { FlowCues.numbering($0.text) }.first
        return top.map { $0.style == number.style } ?? true
    }

    /// The content cells a page break before `line` cut: those that ran to the
    /// page's bottom (as many lines as the longest, give or take one: a page
    /// break cuts every column at once) without ending their sentence.
    private func slotsCut(before line: FlowLine) -> [Int] {
        let textSlots = columns.slots.indices.filter { $0 != columns.seqSlot }
        let counts = textSlots.map { slot in
            // A narrow slot stacks its columns' lines: about half are the tallest one's.
            let lines = row.slots[slot].filter { $0.sourceIndex >= partStart }.count
            return columns.isNarrow(slot) && columns.slots[slot].columns.count > 1 ? (lines + 1) / 2 : lines
        }
        let tallest = counts.max() ?? 0
        let cut = zip(textSlots, counts).filter { slot, count in
            count > 0 && count + 1 >= tallest && (columns.isNarrow(slot) || isUnfinished(row.slots[slot]))
        }.map(\.0)
        // A cell whose last line ran to the column's edge was surely cut; one
        // that stopped short may just end without a full stop.
        return cut.filter { isContinuation(row.slots[$0], slot: $0) } + cut.filter { !isContinuation(row.slots[$0], slot: $0) }
    }

    mutating func closeRow() {
        if !row.isEmpty { entries.append(.row(row)) }
        // Rows still waiting for cells the dump never printed.
        entries += deferred.map { .row($0) }
        deferred = []
        row = FlowRow(slotCount: columns.slots.count)
        slot = nil
        continuing = false
        cutSlots = []
    }
}
