import PowerListModel

/// The `1、` a recognized list opens with, misread. OCR reads a cell's first
/// token worst: it stands in the cell's corner beside the rules, where a
/// rule's remnant joins it (`1]、《…`, `1]检查责任`), its mark is lost
/// (`1立案责任`, `1 《…`), or the whole token is read as one character
/// (`上《…`, `工《…`, `二《…`, `工受理责任：…`; `I.没有…` after a preamble).
/// Such a start is taken as number 1 only in a recognized cell that goes on
/// with a `2` of an Arabic style at a line start or after a separator, which
/// gives the token its style; a character read there stands for the number
/// only before `《` or a step label, or before a delimiter. The cell's `text`
/// keeps what OCR read; the split reports the reading (`ocr-numbering-read`).
enum MisreadFirstNumber {
    /// The misread number 1 of a recognized `cell`, where its list starts
    /// (the cell's start, or after the preamble's colon).
    static func token(in cell: JoinedCell, first placement: NumberedList.FirstElement) -> NumberingToken? {
        guard cell.isRecognized else { return nil }
        let scalars = cell.scalars
        let start: Int
        switch placement {
        case .atCellStart:
            start = 0
        case .afterPreamble:
            guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
            start = scalars[(colon + 1)...].firstIndex { !$0.isSpace } ?? scalars.count
        }
        guard let end = misreadEnd(in: scalars, at: start), let second = secondToken(in: cell, after: end) else { return nil }
        return NumberingToken(style: second.style, number: 1, range: start..<end)
    }

    /// The diagnostic of a layout that took a misread number 1; `field` names the cell.
    static func diagnostics(_ layout: ListLayout?, in cell: JoinedCell, field: String, seq: Int) -> [Diagnostic] {
        guard let range = layout?.misreadFirstNumber else { return [] }
        let read = cell.string(range).filter { !$0.isWhitespace }
        return [Diagnostic(.warning, .ocrNumberingRead, seq: seq, "第\(seq)项\(field)首个序号OCR识别为“\(read)”，按其后的“2”作第1条序号，请核对原件")]
    }

    /// Where a misread `1` and its delimiter starting at `start` end.
    static func misreadEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let next = { (index: Int) in index < scalars.count ? scalars[index] : nil }
        var index = start + 1
        if scalars[start] == "1" || scalars[start] == "１" {
            // A rule's remnant and the delimiter after it, or the delimiter lost.
            while let scalar = next(index), ruleRemnants.contains(scalar), index - start <= 2 { index += 1 }
            if let scalar = next(index), delimiters.contains(scalar) {
                // `1.5` is a number.
                return next(index + 1)?.isASCIIOrFullWidthDigit == true ? nil : index + 1
            }
            if index > start + 1 { return index }
            while let scalar = next(index), scalar.isSpace { index += 1 }
            guard let scalar = next(index), scalar.isCJKIdeograph || scalar == "《" else { return nil }
            return index
        }
        guard lookalikes.contains(scalars[start]) else { return nil }
        if let scalar = next(index), delimiters.contains(scalar) {
            index += 1
            guard let after = next(index), after.isCJKIdeograph || after == "《" else { return nil }
            return index
        }
        // A character is a word's start as much as a number: only before what no word goes on with.
        guard scalars[start].isCJKIdeograph, let after = next(index),
              after == "《" || StepLabel.length(in: scalars[...], at: index) != nil else { return nil }
        return index
    }

    /// The list's `2` (Arabic) after `offset`, at a line start or after a separator.
    private static func secondToken(in cell: JoinedCell, after offset: Int) -> NumberingToken? {
        let scalars = cell.scalars
        let lineStarts = Set(cell.lineStarts)
        for index in offset..<scalars.count where scalars[index] == "2" || scalars[index] == "２" {
            guard index > 0, lineStarts.contains(index) || InlineSeparator.precedesElement(scalars[index - 1]),
                  let token = ArabicNumbering.token(in: scalars, at: index), token.number == 2 else { continue }
            return token
        }
        return nil
    }

    /// What a ruling line leaves beside a number (`|` read as a bracket).
    private static let ruleRemnants: Set<Unicode.Scalar> = ["]", "|", "}", "】", "」", "'", "’"]
    private static let delimiters: Set<Unicode.Scalar> = ["、", ".", "．", ",", "，"]
    /// What OCR reads `1、` as when it makes one character of it.
    private static let lookalikes = MisreadNextNumber.oneLookalikes.union(["上", "工", "二", "了", "丁", "卫"])
}

/// The later numbers of a recognized list, misread. Each case of a 追责情形
/// starts a line with its number, and one misread number (`7:` for `7.`, a
/// `6` lost in a speck) would end the list there: every case after it ran
/// into one. In a recognized cell the expected number is taken with a
/// misread delimiter, and the list goes on past a number lost from the next
/// one at a line start; the lost number's text stays in the element before.
enum MisreadNextNumber {
    /// `7:` `7;` `7]` where a recognized list expects 7, before a Chinese
    /// character; or `]1.` where it expects 11 (a `1` read as a bracket or
    /// a bar, as beside a rule) with the list's own delimiter.
    static func token(in cell: JoinedCell, at index: Int, expected: Int, style: NumberingStyle) -> NumberingToken? {
        guard cell.isRecognized, style.family == .arabic else { return nil }
        let scalars = cell.scalars
        var end = index, number = 0, lookalike = false
        while end < scalars.count, end - index < 3, let digit = scalars[end].digitValue ?? (oneLookalikes.contains(scalars[end]) ? 1 : nil) {
            lookalike = lookalike || scalars[end].digitValue == nil
            number = number * 10 + digit
            end += 1
        }
        guard end > index, number == expected, end + 1 < scalars.count, scalars[end + 1].isCJKIdeograph else { return nil }
        // A misread digit with a misread delimiter is too little left of a number.
        let delimited = lookalike
            ? ArabicNumbering.token(in: [Unicode.Scalar("1")] + scalars[end...].prefix(2), at: 0)?.style == style
            : misreadDelimiters.contains(scalars[end])
        guard delimited, lookalike || scalars[index].digitValue != nil else { return nil }
        return NumberingToken(style: style, number: expected, range: index..<(end + 1))
    }

    /// What OCR reads a `1` as beside a rule.
    static let oneLookalikes: Set<Unicode.Scalar> = ["]", "|", "l", "I"]

    /// `token` is the number after the expected one, of the list's style, at
    /// a line start of a recognized cell: the list resumes from it.
    static func resumes(_ cell: JoinedCell, _ token: NumberingToken, expected: Int, style: NumberingStyle, atLineStart: Bool) -> Bool {
        cell.isRecognized && atLineStart && token.number == expected + 1 && token.style == style
    }

    private static let misreadDelimiters: Set<Unicode.Scalar> = [":", "：", ";", "]", "|"]
}
