import PowerListModel

/// A list whose elements carry printed numbers. The first token (number 1) fixes
/// the top-level style; after it, only the next expected number of that style
/// starts an element, so nested numbering (`（一）` inside `1、`, `1.…2.` inside an
/// element of a `1、` list) stays inside its element.
///
/// A wrapped PDF line cannot be told from a new element except by its start, so a
/// token at a line start splits when it is the next number of the same family
/// (`4.` among `1、` is accepted). A token inside a line splits only after a
/// separator (`InlineSeparator`) and only with exactly the first token's style.
enum NumberedList {
    enum FirstElement {
        /// The list must open the cell (实施依据, 责任事项): a cell that opens with
        /// text is one element, however many numbers it holds.
        case atCellStart
        /// The list may follow a preamble (追责情形).
        case afterPreamble
    }

    static func layout(of cell: JoinedCell, first placement: FirstElement) -> ListLayout? {
        let scalars = cell.scalars
        var lines = LineStartCursor(cell.lineStarts)
        guard let (first, misread) = firstToken(in: cell, placement: placement, lines: &lines) else { return nil }
        var starts = [(element: first.range.lowerBound, text: first.range.upperBound)]
        var expected = first.number + 1
        // Styles that restarted at 1 inside the current element: a nested list, whose
        // later numbers must not be taken for the next top-level one.
        var nestedStyles: Set<NumberingStyle> = []
        // A lost number 1 (`LostFirstNumber`) takes no characters: nothing before its element.
        var index = max(first.range.upperBound, 1)
        while index < scalars.count {
            // `第2、` wrapped before `3、4条` is an enumeration running on, not a new line of the list.
            let atLineStart = lines.isLineStart(index) && scalars[index - 1] != "、"
            // A list introduced by a colon (`需提供以下材料：1.…`) is nested in the
            // current element: never an element start, but its style is noted.
            let afterColon = scalars[index - 1] == "：" || scalars[index - 1] == ":"
            let separated = atLineStart || afterColon || InlineSeparator.precedesElement(scalars[index - 1])
            guard let token = separated
                ? misreadOrPrinted(in: cell, at: index, expected: expected, style: first.style, atLineStart: atLineStart)
                : MisreadNextNumber.runningOn(in: cell, at: index, expected: expected, style: first.style)
                    ?? MisreadNextNumber.afterComma(in: cell, at: index, expected: expected, style: first.style) else {
                index += 1
                continue
            }
            let continuesList = token.style == first.style
                || (atLineStart && token.style.family == first.style.family && !nestedStyles.contains(token.style))
            let outOfTurn = token.number != expected
                && MisreadNextNumber.isOutOfTurn(token, in: cell, expected: expected, style: first.style) { nextToken(in: cell, after: $0, style: first.style) }
            let resumes = MisreadNextNumber.resumes(cell, token, expected: expected, style: first.style, atLineStart: atLineStart)
            let lostDigit = token.number != expected
                && MisreadNextNumber.lostDigit(token, in: cell, expected: expected, style: first.style, nested: nestedStyles.contains(token.style)) {
                    nextToken(in: cell, after: $0, style: first.style)
                }
            if token.number == expected || resumes || outOfTurn || lostDigit, continuesList, atLineStart || !afterColon {
                if !outOfTurn && !lostDigit { expected = token.number }
                starts.append((token.range.lowerBound, token.range.upperBound))
                expected += 1
                nestedStyles.removeAll()
            } else if token.number == 1 {
                nestedStyles.insert(token.style)
            }
            index = token.range.upperBound
        }
        var layout = ListLayout(count: scalars.count, starts: starts)
        layout.misreadFirstNumber = misread ? first.range : nil
        return layout
    }

    /// The token at `index`: as printed, or as OCR misread the expected number
    /// (or, at a line start, the one after it, which resumes the list).
    private static func misreadOrPrinted(in cell: JoinedCell, at index: Int, expected: Int, style: NumberingStyle, atLineStart: Bool) -> NumberingToken? {
        if let printed = NumberingTokens.token(in: cell.scalars, at: index) {
            let restyled = MisreadNextNumber.restyled(printed, in: cell, expected: expected, style: style)
            return MisreadNextNumber.labelled(restyled, in: cell, expected: expected, style: style)
        }
        return MisreadNextNumber.token(in: cell, at: index, expected: expected, style: style)
            ?? (atLineStart ? MisreadNextNumber.token(in: cell, at: index, expected: expected + 1, style: style) : nil)
    }

    /// The next token of `style` after `offset`, after a separator, if any.
    private static func nextToken(in cell: JoinedCell, after offset: Int, style: NumberingStyle) -> NumberingToken? {
        let scalars = cell.scalars
        for index in offset..<scalars.count where index > 0 && InlineSeparator.precedesElement(scalars[index - 1]) {
            if let token = NumberingTokens.token(in: scalars, at: index), token.style == style { return token }
        }
        return nil
    }

    /// The list's number 1, and whether OCR misread it (`MisreadFirstNumber`).
    private static func firstToken(in cell: JoinedCell, placement: FirstElement, lines: inout LineStartCursor) -> (NumberingToken, Bool)? {
        let scalars = cell.scalars
        switch placement {
        case .atCellStart:
            guard let token = NumberingTokens.token(in: scalars, at: 0), token.number == 1 else {
                let misread = MisreadFirstNumber.token(in: cell, first: placement) ?? LostFirstNumber.token(in: cell)
                return misread.map { ($0, true) }
            }
            return (token, false)
        case .afterPreamble:
            for index in scalars.indices {
                let atLineStart = lines.isLineStart(index)
                guard atLineStart || InlineSeparator.precedesFirstElement(scalars[index - 1]) else { continue }
                if let token = NumberingTokens.token(in: scalars, at: index), token.number == 1 { return (token, false) }
            }
            guard let token = MisreadFirstNumber.token(in: cell, first: placement) else { return nil }
            lines = LineStartCursor(cell.lineStarts)
            return (token, true)
        }
    }
}

/// Walks a cell's line starts alongside an ascending scan.
struct LineStartCursor {
    private let starts: [Int]
    private var next = 0

    init(_ starts: [Int]) {
        self.starts = starts
    }

    /// Whether a line starts at `offset`; offsets must be asked in ascending order.
    mutating func isLineStart(_ offset: Int) -> Bool {
        while next < starts.count, starts[next] < offset { next += 1 }
        return next < starts.count && starts[next] == offset
    }
}
