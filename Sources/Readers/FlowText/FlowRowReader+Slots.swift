import PowerListModel

/// Which slot a line goes to: the one the row is in, or a later one whose
/// column the line opens, on the cues of that column's role.
extension FlowRowReader {
    func target(for line: FlowLine, at index: Int) -> Int {
        if line.opensCell, let current = slot { return tailTarget(line, at: index, after: current) }
        guard let current = slot, columns.role(of: current) != nil else {
            return targetFromText(line, at: index, after: slot)
        }
        return transition(line, at: index, from: current) ?? current
    }

    /// Before the content cells (in the row's narrow columns, or at its
    /// start): a content cell opens on its cue or with a wide line; anything
    /// else is narrow text.
    private func targetFromText(_ line: FlowLine, at index: Int, after current: Int?) -> Int {
        let later = columns.slots.indices.filter { $0 > (current ?? -1) }
        let text = line.text
        func laterSlot(_ role: ColumnRole) -> Int? {
            columns.slot(of: role).flatMap { later.contains($0) ? $0 : nil }
        }
        if FlowCues.isStepStart(text), let responsibilities = laterSlot(.responsibilities) { return responsibilities }
        if FlowCues.looksLikeBasisStart(text), let basis = laterSlot(.basis) { return basis }
        // After a page break, a narrow line goes on with the narrow cells when the
        // break cut them, else with a content cell the break cut.
        // (A line ending a sentence is no name's or department's.)
        let narrowCut = (current.map(columns.isNarrow) == true || later.contains { columns.isNarrow($0) && cutSlots.contains($0) })
            && !text.hasSuffix("。") && !text.hasSuffix("；")
        if continuing, line.width > narrowLimit || FlowCues.numbering(text) != nil || !narrowCut,
           let continued = continuedCell(line, among: later) {
            return continued
        }
        if FlowCues.startsAccountabilityPreamble(text), line.width > narrowLimit, let accountability = laterSlot(.accountability) {
            return accountability
        }
        if line.width > narrowLimit, let content = later.first(where: { columns.role(of: $0) != nil }) {
            // After a page break, text continues the first cell the break cut.
            if continuing, let cut = cutCell(for: line, among: later) { return cut }
            return content
        }
        if let current, columns.isNarrow(current) { return current }
        // After a page break, the narrow cell the break cut (a long 备注) goes on first.
        if continuing, let cut = later.first(where: { columns.isNarrow($0) && cutSlots.contains($0) }) { return cut }
        return later.first { columns.isNarrow($0) } ?? current ?? columns.firstTextSlot
    }

    /// The rest of a `-raw` line opens a later cell than its start: the one
    /// its cue names, else the next; in the narrow columns, the next of them.
    private func tailTarget(_ line: FlowLine, at index: Int, after current: Int) -> Int {
        if columns.isNarrow(current), line.width <= narrowLimit, !FlowCues.looksLikeBasisStart(line.text), !FlowCues.isStepStart(line.text) {
            return current
        }
        let later = Array((current + 1)..<columns.slots.count)
        guard let next = later.first else { return current }
        let text = line.text
        let cued: [(Bool, ColumnRole)] = [
            (FlowCues.isStepStart(text), .responsibilities), (FlowCues.looksLikeBasisStart(text), .basis),
            (FlowCues.startsAccountabilityPreamble(text), .accountability),
        ]
        for (applies, role) in cued where applies {
            if let slot = columns.slot(of: role), slot > current { return slot }
        }
        if line.width > narrowLimit, let content = later.first(where: { columns.role(of: $0) != nil }) { return content }
        return next
    }

    /// From a content cell: the later slot the line opens, if it opens one.
    private func transition(_ line: FlowLine, at index: Int, from current: Int) -> Int? {
        let cell = row.slots[current]
        let text = line.text
        if continuing, let continued = continuedCell(line, among: Array((current + 1)..<columns.slots.count)) { return continued }
        // Only the next content cell opens on the cues below; the preamble's usual
        // opening words open 追责情形 past an empty 责任事项 too.
        // 因不履行… never runs on from another cell's sentence, even one a page break cut.
        let opensPreamble = FlowCues.startsAccountabilityPreamble(text)
            && (!isContinuation(cell) || text.hasPrefix("因不履行") || text.hasPrefix("因不正确履行"))
        if opensPreamble, let accountability = columns.slot(of: .accountability), accountability > current,
           columns.role(of: current) != .accountability {
            return accountability
        }
        let next = (current + 1)..<columns.slots.count
        let reachable = next.prefix { columns.role(of: $0) == nil } + next.drop { columns.role(of: $0) == nil }.prefix(1)
            + next.filter { columns.isNarrow($0) && $0 > (columns.lastContentSlot ?? 0) }.prefix(1)
        for next in reachable {
            switch columns.slots[next].kind {
            case .content(.responsibilities):
                // A numbered step opens the cell; an unnumbered label (…职责：) may be the
                // previous cell's sentence running on.
                if FlowCues.isStepStart(text), FlowCues.numbering(text) != nil || !isContinuation(cell) || unnumberedStepsFollow(index) {
                    return next
                }
            case .content(.accountability):
                if startsAccountability(at: index, line: line, after: cell) { return next }
            case .content(.basis):
                if FlowCues.looksLikeBasisStart(text), !cell.isEmpty, !isContinuation(cell) { return next }
            case .narrow:
                // A narrow cell wrapped line after line (备注 printed beside empty cells).
                if !cell.isEmpty, !isContinuation(cell), narrowRunFollows(index) { return next }
                // Narrow text after the last content cell (备注 …) once the cell has ended.
                guard next == current + 1, current == columns.lastContentSlot else { continue }
                // A line ending a clause with `；` is one more (unnumbered) case.
                // A page break may have cut the cell: narrow lines that run on without
                // ending a sentence are the narrow cell's all the same.
                if !cell.isEmpty, !isContinuation(cell) || narrowRunStarts(index) || joinsNarrowCells(text, slot: next),
                   line.width <= narrowLimit, FlowCues.numbering(text) == nil, !text.hasSuffix("；"), !text.hasSuffix(";") { return next }
            default:
                continue
            }
        }
        return nil
    }

    /// After a page break, a line that carries on a later cell's list: the next
    /// number of that list, or (unnumbered cases) a case after a finished step.
    private func continuedCell(_ line: FlowLine, among later: [Int]) -> Int? {
        let number = FlowCues.numbering(line.text)
        if let number, number.number > 1 {
            // Several lists may run on with this number: the element's shape names its
            // cell (a step label, a citation); else the cell the row is in goes first.
            let candidates = ((slot.map { [$0] } ?? []) + later).filter { slot in
                columns.role(of: slot) != nil
                    && lastNumber(row.slots[slot]).map { $0.number + 1 == number.number && $0.style.family == number.style.family } == true
            }
            let shaped: ColumnRole? = FlowCues.isStepStart(line.text) ? .responsibilities
                : FlowCues.looksLikeBasisStart(line.text) ? .basis
                : FlowCues.endsLikeCase(nextElementEnd(after: line)) ? .accountability : nil
            return candidates.first { columns.role(of: $0) == shaped } ?? candidates.first
        }
        // Text that starts no element, after a cell that ended: the rest of a
        // later cell the page break cut mid-sentence.
        let current = slot.map { row.slots[$0] } ?? []
        // (A line ending in a colon runs on.)
        let currentRunsOn = isContinuation(current) || current.last.map { $0.text.hasSuffix("：") || $0.text.hasSuffix(":") } == true
        if number == nil, !FlowCues.isStepStart(line.text), !FlowCues.looksLikeBasisStart(line.text), !currentRunsOn,
           let cut = cutCell(for: line, among: later) {
            return cut
        }
        let caseLike = FlowCues.endsLikeCase(nextElementEnd(after: line))
        guard let accountability = columns.slot(of: .accountability), later.contains(accountability),
              !row.slots[accountability].isEmpty, !FlowCues.isStepStart(line.text) else { return nil }
        let previous = slot.map { row.slots[$0] } ?? []
        return previous.isEmpty || !isContinuation(previous) ? (caseLike ? accountability : nil) : nil
    }

    /// The content cell a page break cut that `line` can carry on: 追责情形 takes
    /// the rest of a case (a clause ending in 的, or in `；`), 责任事项 that of a
    /// step (`…应履行的责任。`), and each only those.
    private func cutCell(for line: FlowLine, among later: [Int]) -> Int? {
        let element = nextElementEnd(after: line)
        let trimmed = element.trimmingCharacters(in: "。；;，, ")
        let shaped: ColumnRole? = FlowCues.endsLikeCase(element) || element.hasSuffix("；") ? .accountability
            : trimmed.hasSuffix("责任") || trimmed.hasSuffix("职责") ? .responsibilities : nil
        let cut = cutSlots.filter { later.contains($0) && columns.role(of: $0) != nil }
        if let shaped, let match = cut.first(where: { columns.role(of: $0) == shaped }) { return match }
        return cut.first { columns.role(of: $0) != .accountability }
    }

    /// The last top-level number of a cell's list.
    private func lastNumber(_ cell: [FlowLine]) -> NumberingToken? {
        let numbers = cell.compactMap { FlowCues.numbering($0.text) }
        guard let top = numbers.first?.style.family else { return nil }
        return numbers.last { $0.style.family == top }
    }

    /// The text up to where the element starting at `line` ends (a few lines on).
    private func nextElementEnd(after line: FlowLine) -> String {
        guard let start = firstLineOfSource[line.sourceIndex] else { return line.text }
        var text = line.text
        for next in lines[(start + 1)..<min(lines.count, start + 4)] where !FlowCues.endsElement(text) {
            text += next.text
        }
        return text
    }

    /// The cell stopped mid-sentence: a page break cut it.
    func isUnfinished(_ cell: [FlowLine]) -> Bool {
        guard let last = cell.last else { return false }
        return !FlowCues.endsElement(last.text)
    }

    /// The last line of `cell` ran to the column's edge without ending a
    /// sentence, so the next line continues it.
    func isContinuation(_ cell: [FlowLine], slot: Int? = nil) -> Bool {
        guard let last = cell.last, !FlowCues.endsElement(last.text) else { return false }
        // The column's width: what the cell's own lines show once it has wrapped,
        // else what a first reading found for the slot.
        // The second widest of three or more: a letter-spaced line runs wider than the column.
        let widths = cell.map(\.width).sorted(by: >)
        var columnWidth = widths.count >= 3 ? widths[1] : widths[0]
        if cell.count == 1, let slot = slot ?? self.slot, let width = slotWidths?[slot] ?? nil { columnWidth = max(columnWidth, width) }
        return last.width * 10 >= columnWidth * 9
    }

    /// 追责情形 opens with a preamble (unnumbered lines leading into a list
    /// that restarts at 1, in the phrasing of accountability: 情形, 追究, 承担…;
    /// or the usual opening words, 因不履行…, before unnumbered cases) or,
    /// without one, with the list itself restarting at 1.
    func startsAccountability(at index: Int, line: FlowLine, after cell: [FlowLine]) -> Bool {
        guard !FlowCues.isStepStart(line.text), !isContinuation(cell) else { return false }
        if let number = FlowCues.numbering(line.text) {
            let steps = cell.filter { FlowCues.numbering($0.text) != nil }.count
            return steps >= 2 && restarts(cell, with: number)
        }
        if FlowCues.startsAccountabilityPreamble(line.text) { return true }
        guard !line.opensCell else { return false }
        let nextSeq = row.seq.flatMap { FlowCues.leadingInteger($0.text)?.value }.map { $0 + 1 }
        var block = line.text
        for next in lines[(index + 1)..<min(lines.count, index + 7)] {
            // The preamble starts further on: this line ends the cell before.
            if FlowCues.startsAccountabilityPreamble(next.text) { return false }
            // The next row starts: 追责情形 printed as one unnumbered clause
            // (`…滥用职权…的，依法追究刑事责任。`) ends before it.
            if let nextSeq, FlowCues.leadingInteger(next.text)?.value == nextSeq {
                return FlowCues.hasAccountabilityWording(block) && FlowCues.endsElement(block)
            }
            if let number = FlowCues.numbering(next.text) {
                guard number.number == 1 else { return false }
                return FlowCues.hasAccountabilityWording(block) || FlowCues.endsElement(block)
            }
            block += next.text
        }
        return false
    }

    /// The next step label is unnumbered too: 责任事项 lists its steps by label
    /// alone, so this label opens it (a basis's sentence running on into
    /// `监督职责：` is followed by the numbered steps instead).
    private func unnumberedStepsFollow(_ index: Int) -> Bool {
        for next in lines[(index + 1)..<min(lines.count, index + 40)] {
            if FlowCues.bareInteger(next.text) != nil { return false }
            if FlowCues.isStepStart(next.text) { return FlowCues.numbering(next.text) == nil }
        }
        return false
    }

    /// This line and the two after it are narrow and as wide as each other: a
    /// narrow cell wrapped line after line, not the end of a wide one.
    private func narrowRunFollows(_ index: Int) -> Bool {
        guard index + 2 < lines.count else { return false }
        let run = lines[index...(index + 2)]
        guard run.allSatisfy({ $0.width <= narrowLimit / 2 && !$0.atPageStart && FlowCues.numbering($0.text) == nil }) else { return false }
        let widths = run.map(\.width)
        return widths.max()! - widths.min()! <= 2
    }

    /// This line and the next are narrow, unnumbered, and this one ends no
    /// sentence: the start of a narrow cell wrapped over lines.
    private func narrowRunStarts(_ index: Int) -> Bool {
        let text = lines[index].text
        guard index + 1 < lines.count, !FlowCues.endsElement(text), !FlowCues.endsLikeCase(text) else { return false }
        let next = lines[index + 1]
        return next.width <= narrowLimit && !next.atPageStart && FlowCues.numbering(next.text) == nil && FlowCues.bareInteger(next.text) == nil
    }

    /// A `-raw` line holding the first lines of two narrow cells side by side
    /// (`县级 办公室`): short runs of ideographs apart, in a slot of several columns.
    private func joinsNarrowCells(_ text: String, slot: Int) -> Bool {
        guard columns.slots[slot].columns.count > 1 else { return false }
        let pieces = text.split(separator: " ")
        return pieces.count >= 2 && pieces.allSatisfy { piece in
            piece.unicodeScalars.first?.isCJKIdeograph == true && piece.unicodeScalars.last?.isCJKIdeograph == true
        }
    }
}
