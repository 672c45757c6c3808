import PowerListModel

/// `pdftotext -raw` prints the first lines of neighbouring cells that share a
/// baseline on one line, a space between them (`1 行政`, `的处罚 令退回…`,
/// `《…》第八十四条 立案责任：…`). Lines of one cell never share a line, so
/// a piece after a space opens a later cell when it starts the way that cell
/// starts, when the piece before it is a whole cell of its own (a 序号, a
/// category name, a code), or when the line is wider than its cell's column.
/// Any other space is the text's own (`第 12 号`, `审查责任 按照…`).
extension FlowRowReader {
    func joinedCells(_ line: FlowLine, at index: Int) -> (head: FlowLine, tail: FlowLine)? {
        let text = line.text
        // A 序号 glued to the category beside it (`10行政检查`) is a join without the space.
        let digits = text.prefix { $0.isASCIIDigit }
        if !digits.isEmpty, digits.count < text.count, FlowCues.startsCategoryName(text.dropFirst(digits.count).prefix { $0 != " " }),
           opensLaterCell(head: line.head(String(digits)), tail: String(text.dropFirst(digits.count)), at: index) {
            return (line.head(String(digits)), line.tail(String(text.dropFirst(digits.count))))
        }
        // Only a space compares equal to a space: its byte tells (`contains` walks Characters).
        guard text.utf8.contains(0x20) else { return nil }
        let spaces = text.indices.filter { text[$0] == " " }
        for space in spaces {
            let head = String(text[..<space]), tail = String(text[text.index(after: space)...])
            // A list number is printed apart from its element (`1. 《…`): no cell of its own.
            guard !head.isEmpty, !tail.isEmpty, !isBareNumbering(head) else { continue }
            if opensLaterCell(head: line.head(head), tail: tail, at: index) { return (line.head(head), line.tail(tail)) }
        }
        // Wider than the column its start goes to: cut after the longest start that fits there.
        guard let slotWidths else { return nil }
        for space in spaces.reversed() {
            let head = line.head(String(text[..<space])), tail = String(text[text.index(after: space)...])
            guard !tail.isEmpty, !isBareNumbering(head.text), let headSlot = slotOf(head, at: index), headSlot + 1 < columns.slots.count,
                  let width = slotWidths[headSlot] else { continue }
            if head.width <= width + 1, line.width > width * 23 / 20 + 4 { return (head, line.tail(tail)) }
        }
        return nil
    }

    /// Whether `tail`, printed after `head` on one line, opens a later cell.
    private func opensLaterCell(head: FlowLine, tail: String, at index: Int) -> Bool {
        // A 序号 that opens the next row, then the row's first cell.
        if newRowSeq(head, at: index, next: tail) != nil { return true }
        guard let headSlot = slotOf(head, at: index) else { return false }
        let after = { (role: ColumnRole) in columns.slot(of: role).map { $0 > headSlot } ?? false }
        if FlowCues.isStepStart(tail), after(.responsibilities) { return true }
        if FlowCues.looksLikeBasisStart(tail), after(.basis) { return true }
        if FlowCues.startsAccountabilityPreamble(tail), after(.accountability) { return true }
        guard columns.isNarrow(headSlot) || headSlot == columns.seqSlot else { return false }
        let narrowTail = DisplayWidth.of(tail.prefix { $0 != " " }) <= narrowLimit
        // A whole cell of the narrow columns before it: a category name, a code.
        if FlowCues.isCategoryName(head.text), columns.holdsCategory(headSlot), narrowTail || FlowCues.looksLikeBasisStart(tail) { return true }
        if FlowCues.looksLikeCode(head.text), !FlowCues.looksLikeCode(tail), hasCode(headSlot) { return true }
        // Between two ideographs, in a run of narrow columns (行使层级 承办机构): two cells.
        if columns.slots[headSlot].columns.count > 1, let last = head.text.unicodeScalars.last, let first = tail.unicodeScalars.first,
           last.isCJKIdeograph, first.isCJKIdeograph, narrowTail { return true }
        if FlowCues.startsCategoryName(tail.prefix { $0 != " " }), columns.holdsCategory(headSlot), !FlowCues.isCategoryName(head.text + tail) {
            return !columns.slots[headSlot].columns.prefix(while: { columns.columns[$0].role != .category }).isEmpty
        }
        return false
    }

    private func hasCode(_ slot: Int) -> Bool {
        columns.slots[slot].columns.contains { columns.columns[$0].role == .code }
    }

    /// The slot `line` would go to where the row stands now.
    private func slotOf(_ line: FlowLine, at index: Int) -> Int? {
        if newRowSeq(line, at: index, next: nil) != nil { return columns.seqSlot }
        return target(for: line, at: index)
    }

    private func isBareNumbering(_ text: String) -> Bool {
        guard let token = FlowCues.numbering(text) else { return false }
        return token.range.upperBound >= text.unicodeScalars.count
    }
}
