import PowerListModel

/// One detail row of a flow dump, its lines sorted into the standard columns
/// (序号 权力类型 权力事项+行政主体 实施依据 责任事项 追责情形 备注). The name and the
/// subject are split later, once every row has been read (`SubjectSplitter`).
struct FlowRow {
    var seq: FlowLine?
    var category: [FlowLine] = []
    var nameAndSubject: [FlowLine] = []
    var basis: [FlowLine] = []
    var responsibilities: [FlowLine] = []
    var accountability: [FlowLine] = []
    var remarks: [FlowLine] = []

    var firstLine: FlowLine? {
        seq ?? [category, nameAndSubject, basis, responsibilities, accountability, remarks].lazy.compactMap(\.first).first
    }

    var allLines: [FlowLine] {
        (seq.map { [$0] } ?? []) + category + nameAndSubject + basis + responsibilities + accountability + remarks
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
/// one another in column order; which column a line belongs to, and where a
/// row starts, is decided from the line's shape: a bare number continuing the
/// 序号 sequence, a category name, a line wider than any narrow column, a
/// step label (立案责任：), the accountability preamble (unnumbered lines that
/// lead into a list restarting at 1), a narrow line after the last case.
struct FlowRowReader {
    enum Phase: Int, Comparable {
        case start, nameAndSubject, basis, responsibilities, accountability, remarks

        static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let lines: [FlowLine]
    /// Lines wider than this can only be in a wide column (实施依据, 责任事项, 追责情形).
    let narrowLimit: Int
    /// Rows and the section headings between them, in order.
    private(set) var entries: [FlowEntry] = []
    private var row = FlowRow()
    private var phase = Phase.start
    private var lastSeq = 0

    init(lines: [FlowLine]) {
        self.lines = lines
        let widths = lines.map(\.width).sorted()
        let wide = widths.isEmpty ? 0 : widths[min(widths.count - 1, widths.count * 9 / 10)]
        narrowLimit = max(wide / 2, 12)
    }

    /// The index of the first line of the detail table: a bare number followed
    /// by a category; or, in a list that prints no category column, the first
    /// bare number (or category heading) after the table's header row.
    static func detailStart(_ lines: [FlowLine], afterHeader: Int?) -> Int? {
        let byCategory = lines.indices.first { index in
            guard FlowCues.bareInteger(lines[index].text) != nil else { return false }
            return FlowCues.categoryRun(lines, at: index + 1, end: lines.count) > 0
        }
        guard let afterHeader, byCategory.map({ $0 > afterHeader }) ?? true else { return byCategory }
        return lines.indices.dropFirst(afterHeader).first { index in
            FlowCues.bareInteger(lines[index].text) != nil || SectionHeading(lines[index].text) != nil
        }
    }

    mutating func read(from start: Int) -> [FlowEntry] {
        var index = start
        while index < lines.count {
            index += consume(at: index)
        }
        closeRow()
        return entries
    }

    /// Places the line at `index` (and, for a category, the lines after it); returns how many were consumed.
    private mutating func consume(at index: Int) -> Int {
        let line = lines[index]
        if phase != .nameAndSubject, let heading = SectionHeading(line.text) {
            closeRow()
            entries.append(.heading(heading))
            return 1
        }
        if let seq = newRowSeq(at: index) {
            closeRow()
            row.seq = line
            lastSeq = seq
            return 1 + takeCategory(at: index + 1, allowingFragment: false)
        }
        if startsRowWithoutSeq(at: index) {
            closeRow()
            lastSeq += 1
            let category = takeCategory(at: index, allowingFragment: true)
            if category > 0 { return category }
            phase = FlowCues.isStepStart(line.text) ? .responsibilities : .basis
            append(line)
            return 1
        }
        advancePhase(for: index)
        append(line)
        return 1
    }

    private mutating func takeCategory(at index: Int, allowingFragment: Bool) -> Int {
        let count = FlowCues.categoryRun(lines, at: index, end: lines.count, allowingFragment: allowingFragment)
        row.category = Array(lines[index..<(index + count)])
        phase = .nameAndSubject
        return count
    }

    private func newRowSeq(at index: Int) -> Int? {
        guard let value = FlowCues.bareInteger(lines[index].text) else { return nil }
        guard phase >= .basis || row.allLines.isEmpty else { return nil }
        if value == lastSeq + 1 { return value }
        let followedByCategory = FlowCues.categoryRun(lines, at: index + 1, end: lines.count) > 0
        return value > lastSeq && value <= lastSeq + 5 && followedByCategory ? value : nil
    }

    /// After a complete row (its cases read), a category name or a wide line
    /// starts the next row even though its 序号 (and maybe more) was lost.
    private func startsRowWithoutSeq(at index: Int) -> Bool {
        let line = lines[index]
        let afterCases = phase == .remarks || (phase == .accountability && casesEnded)
        guard afterCases else { return false }
        let atPageStart = line.markedPageStart || line.footerPage != nil
        let category = FlowCues.categoryRun(lines, at: index, end: lines.count, allowingFragment: atPageStart)
        if category > 1 || (category == 1 && atPageStart) { return true }
        guard line.width > narrowLimit else { return false }
        if phase == .remarks { return true }
        // Still in 追责情形: only a list restarting at 1, or a cell that can only be a basis, is a new row.
        if let number = FlowCues.numbering(line.text) { return restarts(row.accountability, with: number) }
        return FlowCues.looksLikeBasisStart(line.text) || FlowCues.isStepStart(line.text)
    }

    /// The row's cases have been read and the last one ended.
    private var casesEnded: Bool {
        guard let previous = row.accountability.last, FlowCues.endsElement(previous.text) else { return false }
        return row.accountability.contains { FlowCues.numbering($0.text) != nil }
    }

    private mutating func advancePhase(for index: Int) {
        let line = lines[index]
        switch phase {
        case .start, .nameAndSubject:
            if FlowCues.isStepStart(line.text) {
                phase = .responsibilities
            } else if line.width > narrowLimit || FlowCues.looksLikeBasisStart(line.text) {
                phase = .basis
            } else {
                phase = .nameAndSubject
            }
        case .basis:
            if FlowCues.isStepStart(line.text), !isContinuation(row.basis) { phase = .responsibilities }
        case .responsibilities:
            if startsAccountability(at: index) { phase = .accountability }
        case .accountability:
            if !row.accountability.isEmpty, !isContinuation(row.accountability),
               line.width <= narrowLimit, FlowCues.numbering(line.text) == nil {
                phase = .remarks
            }
        case .remarks:
            break
        }
    }

    /// `number` starts the cell's top-level list again (1, in the style of the
    /// cell's first number): a nested `（一）` inside a `1、` item does not.
    private func restarts(_ cell: [FlowLine], with number: NumberingToken) -> Bool {
        guard number.number == 1 else { return false }
        let top = cell.lazy.compactMap { FlowCues.numbering($0.text) }.first
        return top.map { $0.style == number.style } ?? true
    }

    /// The last line of `cell` ran to the column's edge without ending a
    /// sentence, so the next line continues it.
    private func isContinuation(_ cell: [FlowLine]) -> Bool {
        guard let last = cell.last else { return false }
        let columnWidth = cell.map(\.width).max() ?? 0
        return !FlowCues.endsElement(last.text) && last.width * 10 >= columnWidth * 9
    }

    /// 追责情形 opens with a preamble (unnumbered lines leading into a list
    /// that restarts at 1, in the phrasing of accountability: 情形, 追究, 承担…)
    /// or, without one, with the list itself restarting at 1.
    private func startsAccountability(at index: Int) -> Bool {
        let line = lines[index]
        guard !FlowCues.isStepStart(line.text), !isContinuation(row.responsibilities) else { return false }
        if let number = FlowCues.numbering(line.text) {
            let steps = row.responsibilities.filter { FlowCues.numbering($0.text) != nil }.count
            return steps >= 2 && restarts(row.responsibilities, with: number)
        }
        var block = line.text
        for next in lines[(index + 1)..<min(lines.count, index + 7)] {
            if let number = FlowCues.numbering(next.text) {
                guard number.number == 1 else { return false }
                let phrased = ["情形", "追究", "承担", "问责"].contains { block.contains($0) }
                return phrased || FlowCues.endsElement(block)
            }
            block += next.text
        }
        return false
    }

    private mutating func append(_ line: FlowLine) {
        switch phase {
        case .start, .nameAndSubject: row.nameAndSubject.append(line)
        case .basis: row.basis.append(line)
        case .responsibilities: row.responsibilities.append(line)
        case .accountability: row.accountability.append(line)
        case .remarks: row.remarks.append(line)
        }
    }

    private mutating func closeRow() {
        if !row.allLines.isEmpty { entries.append(.row(row)) }
        row = FlowRow()
        phase = .start
    }
}
