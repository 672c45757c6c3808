/// A list separates its numbered clauses with `；` (`…的；（二）…的；（三）…`,
/// `…的；2.…的；3.…`), and Tesseract reads such a semicolon as a comma now
/// and then: a Song face's scanned at 200 dpi, its dot faint
/// (`或者变相私分的，（六）在违法案件`, six times on one scan of a land list),
/// and others' (`请不予受理的，2.未严格`, `幅度的，8.违反`): 17 times on 27
/// speckled stand-ins. In the 37 hand-checked lists no comma stands before
/// a clause's number at all (89 cells separate numbered clauses with `；`,
/// none with `，`). So a comma before a clause's number (`（六）`, `(6)`, `6.`,
/// `6、`) that comes next after the cell's last number of its kind (`（五）` …
/// `，（六）`), in a cell where a `；` stands before a number of that kind, is
/// a `；`. A comma before a number out of turn, or in a cell whose clauses
/// no `；` separates, stays as read.
///
/// Applies to the symbols of one cell, after `ClauseNumberSequence`.
enum ClauseSeparators {
    enum Kind: Hashable { case bracketed(ClauseNumberSequence.Family), arabic }

    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        let numbers = texts.indices.compactMap { start in number(at: start, in: texts).map { (start: start, kind: $0.kind, value: $0.value) } }
        let separated = Set(numbers.filter { $0.start > 0 && DottedMarks.semicolons.contains(texts[$0.start - 1]) }.map(\.kind))
        guard !separated.isEmpty else { return }
        var last: [Kind: Int] = [:]
        var changed = false
        for number in numbers {
            if number.start > 0, DottedMarks.commas.contains(texts[number.start - 1]), separated.contains(number.kind), last[number.kind] == number.value - 1 {
                texts[number.start - 1] = "；"
                changed = true
            }
            last[number.kind] = number.value
        }
        if changed { lines.setSymbolTexts(texts) }
    }

    /// The clause number starting at `start`: `（三）` `(3)`, or digits (after no digit) with
    /// `.` or `、` and no digit after (`3.5` is a number, not a clause's).
    static func number(at start: Int, in texts: [String]) -> (kind: Kind, value: Int)? {
        if let (family, value) = ClauseNumberSequence.bracketedNumber(at: start, in: texts) { return (.bracketed(family), value) }
        guard start == 0 || !texts[start - 1].isDigitSymbol, let digits = ClauseNumberSequence.arabicNumberDigits(at: start, in: texts[...]),
              digits.count <= 2, digits.endIndex + 1 < texts.count, let value = Int(digits.joined()) else { return nil }
        return (.arabic, value)
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("的：（一）甲的；（二）乙的，（三）丙的。", "的：（一）甲的；（二）乙的；（三）丙的。"),
        CorrectionExample(lines: ["的；（五）截留、私分或者变相私分的，", "（六）在违法案件中"], "的；（五）截留、私分或者变相私分的；（六）在违法案件中"),
        CorrectionExample("(1)甲;(2)乙,(3)丙", "(1)甲;(2)乙；(3)丙"),
        CorrectionExample("1.对符合法定条件的申请不予受理的，2.未严格审查的；3.其他", "1.对符合法定条件的申请不予受理的；2.未严格审查的；3.其他"),
        // Out of turn, no `；` before a number of that kind, a decimal: as read.
        CorrectionExample("的：（一）甲的；（三）乙的，（二）丙的", "的：（一）甲的；（三）乙的，（二）丙的"),
        CorrectionExample("的：（一）甲的，（二）乙的，（三）丙的", "的：（一）甲的，（二）乙的，（三）丙的"),
        CorrectionExample("1.甲的，2.乙的；（二）丙", "1.甲的，2.乙的；（二）丙"),
        CorrectionExample("1.甲的；2.按1.5倍，3.5万元以下", "1.甲的；2.按1.5倍，3.5万元以下"),
    ]
}
