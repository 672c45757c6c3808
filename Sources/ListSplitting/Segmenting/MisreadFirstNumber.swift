import PowerListModel

/// The `1、` a recognized list opens with, misread. OCR reads a cell's first
/// token worst: it stands in the cell's corner beside the rules, where a
/// rule's remnant joins it (`1]、《…`, `1]检查责任`), its mark is lost
/// (`1立案责任`, `1 《…`), stands apart (`1 .受理`), is misread (`1:《…`), or
/// the whole token is read as one character (`上《…`, `工《…`, `二《…`,
/// `工受理责任：…`; `I.没有…` after a preamble; `(T)立案` for `(1)`).
/// Such a start is taken as number 1 only in a recognized cell that goes on
/// with a `2` of the same family at a line start or after a separator, which
/// gives the token its style; a character read there stands for the number
/// only before `《`, `【` or a step label, or before a delimiter. A speck read
/// as a character before the number (`了1.《`, `…1。`, `41、`) goes with it. The cell's `text`
/// keeps what OCR read; the split reports the reading (`ocr-numbering-read`).
enum MisreadFirstNumber {
    /// The misread number 1 of a recognized `cell`, where its list starts
    /// (the cell's start, or after the preamble).
    static func token(in cell: JoinedCell, first placement: NumberedList.FirstElement) -> NumberingToken? {
        guard cell.isRecognized else { return nil }
        let scalars = cell.scalars
        let start: Int
        switch placement {
        case .atCellStart:
            start = 0
        case .afterPreamble:
            guard let end = preambleEnd(in: scalars) else { return nil }
            start = scalars[end...].firstIndex { !$0.isSpace } ?? scalars.count
        }
        // A speck read as a character before it (`了1.《`, `…1。`, `41、`), in the cell's corner.
        for first in [start, start + 1] where first < scalars.count {
            guard first == start || !scalars[start].isSpace else { continue }
            let end = first == start ? misreadEnd(in: scalars, at: first) : printedOrMisreadEnd(in: scalars, at: first)
            if let (end, family) = end, let second = secondToken(in: cell, after: end, family: family) {
                return NumberingToken(style: second.style, number: 1, range: start..<end)
            }
        }
        return nil
    }

    /// Where a `1` as printed (`1.`, `(1)`) or misread starting at `start` ends.
    private static func printedOrMisreadEnd(in scalars: [Unicode.Scalar], at start: Int) -> (Int, NumberingStyle.Family)? {
        if let token = NumberingTokens.token(in: scalars, at: start), token.number == 1 { return (token.range.upperBound, token.style.family) }
        return misreadEnd(in: scalars, at: start)
    }

    /// The diagnostic of a layout that took a misread number 1; `field` names the cell.
    static func diagnostics(_ layout: ListLayout?, in cell: JoinedCell, field: String, seq: Int) -> [Diagnostic] {
        guard let range = layout?.misreadFirstNumber else { return [] }
        let read = cell.string(range).filter { !$0.isWhitespace }
        // `LostFirstNumber` found nothing left of it.
        guard !read.isEmpty else {
            return [Diagnostic(.warning, .ocrNumberingRead, seq: seq, "第\(seq)项\(field)首个序号OCR未识别出，按其后的“2”“3”将其前文字作第1条，请核对原件")]
        }
        return [Diagnostic(.warning, .ocrNumberingRead, seq: seq, "第\(seq)项\(field)首个序号OCR识别为“\(read)”，按其后的“2”作第1条序号，请核对原件")]
    }

    /// Where the preamble ends: after its colon, or, with the colon lost,
    /// after the `责任` it closes with where a `1` follows (`应承担相应责任1 .未按…`).
    private static func preambleEnd(in scalars: [Unicode.Scalar]) -> Int? {
        if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }) { return colon + 1 }
        for index in scalars.indices.dropFirst() where scalars[index - 1] == "责" && scalars[index] == "任" {
            let next = scalars[(index + 1)...].firstIndex { !$0.isSpace }
            if let next, scalars[next] == "1" || scalars[next] == "１" { return index + 1 }
        }
        return nil
    }

    /// Where a misread `1` and its delimiter starting at `start` end, and the
    /// family of list it opens.
    static func misreadEnd(in scalars: [Unicode.Scalar], at start: Int) -> (Int, NumberingStyle.Family)? {
        guard start < scalars.count else { return nil }
        let next = { (index: Int) in index < scalars.count ? scalars[index] : nil }
        var index = start + 1
        if scalars[start] == "1" || scalars[start] == "１" {
            // A rule's remnant and the delimiter after it, or the delimiter lost.
            while let scalar = next(index), ruleRemnants.contains(scalar), index - start <= 2 { index += 1 }
            if let scalar = next(index), delimiters.contains(scalar) {
                // `1.5` is a number.
                return next(index + 1)?.isASCIIOrFullWidthDigit == true ? nil : (index + 1, .arabic)
            }
            if index > start + 1 { return (index, .arabic) }
            // A colon or semicolon for the delimiter, before the element's text.
            if let scalar = next(index), misreadDelimiters.contains(scalar), let after = next(index + 1),
               after.isCJKIdeograph || after == "《" {
                return (index + 1, .arabic)
            }
            while let scalar = next(index), scalar.isSpace { index += 1 }
            // The delimiter set apart (`1 .受理`).
            if index > start + 1, let scalar = next(index), delimiters.contains(scalar), let after = next(index + 1),
               after.isCJKIdeograph || after == "《" {
                return (index + 1, .arabic)
            }
            guard let scalar = next(index), scalar.isCJKIdeograph || scalar == "《" else { return nil }
            return (index, .arabic)
        }
        // `(T)`: the 1 inside brackets read as a letter.
        if ParenthesizedNumbering.canStart(with: scalars[start]), let inner = next(index), bracketedLookalikes.contains(inner),
           let close = next(index + 1), close == ")" || close == "）", let after = next(index + 2), after.isCJKIdeograph {
            return (index + 2, .parenthesizedArabic)
        }
        guard lookalikes.contains(scalars[start]) else { return nil }
        if let scalar = next(index), delimiters.contains(scalar) {
            index += 1
            guard let after = next(index), after.isCJKIdeograph || after == "《" || after == "【" else { return nil }
            return (index, .arabic)
        }
        // A character is a word's start as much as a number: only before what no word goes on with.
        guard scalars[start].isCJKIdeograph, let after = next(index),
              after == "《" || after == "【" || StepLabel.length(in: scalars[...], at: index) != nil else { return nil }
        return (index, .arabic)
    }

    /// The list's `2` of `family` after `offset`, at a line start or after a
    /// separator; or, where its `3` is printed so, the `2` misread before it
    /// (`2调查阶段责任`, its delimiter lost), in the `3`'s style.
    private static func secondToken(in cell: JoinedCell, after offset: Int, family: NumberingStyle.Family) -> NumberingToken? {
        var misreadTwo: Int?
        for index in separatedNumbers(in: cell, after: offset, family: family) {
            if let token = NumberingTokens.token(in: cell.scalars, at: index), token.style.family == family {
                if token.number == 2 { return token }
                if token.number == 3, let misreadTwo {
                    return MisreadNextNumber.token(in: cell, at: misreadTwo, expected: 2, style: token.style)
                }
            } else if misreadTwo == nil, cell.scalars[index + (family == .arabic ? 0 : 1)].digitValue == 2 {
                misreadTwo = index
            }
        }
        return nil
    }

    /// Where a number of `family` may start after `offset`: a `2` or `3` at a
    /// line start or after a separator (with its bracket, in a bracketed family).
    private static func separatedNumbers(in cell: JoinedCell, after offset: Int, family: NumberingStyle.Family) -> [Int] {
        let scalars = cell.scalars
        let lineStarts = Set(cell.lineStarts)
        return (offset..<scalars.count).compactMap { index in
            guard scalars[index].digitValue == 2 || scalars[index].digitValue == 3 else { return nil }
            let tokenStart = family == .arabic ? index : index - 1
            guard tokenStart > 0, lineStarts.contains(tokenStart) || InlineSeparator.precedesElement(scalars[tokenStart - 1]) else { return nil }
            return tokenStart
        }
    }

    /// What a ruling line leaves beside a number (`|` read as a bracket).
    private static let ruleRemnants: Set<Unicode.Scalar> = ["]", "|", "}", "】", "」", "'", "’"]
    private static let delimiters: Set<Unicode.Scalar> = ["、", ".", "．", ",", "，", "。"]
    private static let misreadDelimiters: Set<Unicode.Scalar> = [":", "：", ";", "；"]
    /// What OCR reads `1、` as when it makes one character of it.
    private static let lookalikes = MisreadNextNumber.oneLookalikes.union(["上", "工", "二", "了", "丁", "卫"])
    /// What OCR reads the `1` of `(1)` as.
    private static let bracketedLookalikes = MisreadNextNumber.oneLookalikes.union(["T", "i", "!"])
}
