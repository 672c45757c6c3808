import PowerListModel

/// The `1、` a recognized list opens with, lost or misread past knowing
/// (`MisreadFirstNumber` reads what can be read): nothing of it is left
/// (`《关于印发…》…2.《…》…3.《…》`), or OCR read another number or
/// letters for it (`4、检查责任…2、处置责任…`, `J、受理责任`, `1T、受理责任`,
/// `0)《…`, `(D《…`). The cell's printed `2` and `3`, of one style, each
/// at a line start or after a separator, say that a list opens the cell:
/// its text before the `2` is element 1. A list nested in the cell prints
/// its own 1, so a `1` of that style before the `2` leaves the cell as read.
///
/// Element 1 drops what stands for its number only when that cannot be
/// text: one to three characters before its first Chinese character, `《`
/// or `【`, holding a Latin letter or one digit (`0)`, `J、`, `1T、`, `4、`).
/// A character read for it stays (`荆《…`: `依《…》` is text as much).
/// The cell's `text` keeps what OCR read; the split reports it (`ocr-numbering-read`).
enum LostFirstNumber {
    /// The stand-in number 1 of a recognized `cell`: its range is the
    /// misread number's (empty where nothing is left), its style the `2`'s.
    static func token(in cell: JoinedCell) -> NumberingToken? {
        guard cell.isRecognized, let two = anchor(in: cell) else { return nil }
        return NumberingToken(style: two.style, number: 1, range: 0..<debrisEnd(in: cell.scalars[..<two.range.lowerBound]))
    }

    /// The cell's printed `2`, where a `3` of its style follows, both at a
    /// line start or after a separator, and no `1` of that style before it.
    private static func anchor(in cell: JoinedCell) -> NumberingToken? {
        let tokens = separatedTokens(in: cell)
        guard let two = tokens.firstIndex(where: { $0.number == 2 }),
              tokens[(two + 1)...].contains(where: { $0.number == 3 && $0.style == tokens[two].style }),
              !tokens[..<two].contains(where: { $0.number == 1 && $0.style == tokens[two].style }) else { return nil }
        return tokens[two]
    }

    /// The printed tokens of `cell` at a line start or after a separator, in order.
    private static func separatedTokens(in cell: JoinedCell) -> [NumberingToken] {
        let scalars = cell.scalars
        var lines = LineStartCursor(cell.lineStarts)
        var tokens: [NumberingToken] = []
        var index = 1
        while index < scalars.count {
            guard lines.isLineStart(index) || InlineSeparator.precedesElement(scalars[index - 1]),
                  let token = NumberingTokens.token(in: scalars, at: index) else {
                index += 1
                continue
            }
            tokens.append(token)
            index = token.range.upperBound
        }
        return tokens
    }

    /// Where a misread number at the start of `scalars` ends: after one to
    /// three characters, none Chinese nor a title or category mark, holding a
    /// Latin letter or a single digit, before a Chinese character, `《` or `【`.
    private static func debrisEnd(in scalars: ArraySlice<Unicode.Scalar>) -> Int {
        let start = scalars.startIndex
        guard let textStart = scalars.firstIndex(where: { $0.isCJKIdeograph || $0 == "《" || $0 == "【" }),
              (1...3).contains(textStart - start) else { return start }
        let debris = scalars[start..<textStart]
        let digits = debris.count(where: \.isASCIIOrFullWidthDigit)
        let letters = debris.count(where: { $0.properties.isAlphabetic && $0.isASCII })
        guard !debris.contains(where: \.isSpace), digits <= 1, digits + letters > 0 else { return start }
        return textStart
    }
}
