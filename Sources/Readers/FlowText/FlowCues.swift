import PowerListModel

/// What a single line (or a short run of lines) of a flow dump looks like:
/// the structural cues the row reader decides with. None depends on one
/// document: they are the shapes every county's list shares.
enum FlowCues {
    /// A line that is only a number: a 序号 cell.
    static func bareInteger(_ text: String) -> Int? {
        guard text.count <= 4, let value = Int(text), value > 0 else { return nil }
        return value
    }

    /// A category cell's lines joined must spell a printed type (or, when
    /// lines were lost, a piece of one).
    static let categoryNames = PowerCategory.printedNames

    /// How many lines from `start` form a category cell (0 when none). With
    /// `allowingFragment`, a single line that is a piece of a category name
    /// (权力 of 其他权力) counts too: a row whose first lines were lost.
    static func categoryRun(_ lines: [FlowLine], at start: Int, end: Int, allowingFragment: Bool = false) -> Int {
        var joined = ""
        var best = 0
        var index = start
        while index < min(end, start + 4) {
            joined += lines[index].text.filter { !$0.isWhitespace }
            index += 1
            if categoryNames.contains(joined) { best = index - start }
            if !categoryNames.contains(where: { $0.hasPrefix(joined) }) { break }
        }
        if best == 0, allowingFragment, start < end {
            let text = lines[start].text
            if text.count >= 2, text.count <= 4, categoryNames.contains(where: { $0.contains(text) }) { return 1 }
        }
        return best
    }

    /// A step of 责任事项: an optional number, then a label (`1、立案责任：`).
    static func isStepStart(_ text: String) -> Bool {
        StepLabel.startsLine(text)
    }

    static func numbering(_ text: String) -> NumberingToken? {
        NumberingTokens.token(atStartOf: text)
    }

    /// The line without its leading list number and the spaces after it.
    static func afterNumbering(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(text).unicodeScalars
        guard let token = numbering(text) else { return scalars }
        return scalars.dropFirst(token.range.upperBound).drop { $0 == " " || $0 == "\u{3000}" }
    }

    /// A 实施依据 cell starts with a citation, a bracketed kind (`【法律】`) or a
    /// numbered citation (`1、《…`).
    static func looksLikeBasisStart(_ text: String) -> Bool {
        guard let first = afterNumbering(text).first else { return false }
        return first == "《" || first == "【" || first == "〈"
    }

    /// Ends a sentence or list element: what a cell's last line ends with.
    static func endsElement(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return "。；;：:！？".unicodeScalars.contains(last)
    }
}
