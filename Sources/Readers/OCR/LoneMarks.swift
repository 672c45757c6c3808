/// What `StrayHyphens` and `StrayAsterisks` share: a Latin mark standing
/// alone where Chinese print has none of its own, after an ideograph or a
/// clause mark or at a line's start, and not in a run of the same mark
/// (`____`, `**`), is a speck when its rule says the ink under it is one.
enum LoneMarks {
    /// `line` without the lone marks of `marks` that `isSpeck` finds specks
    /// (nil: the ink was not measured, and the mark stays).
    static func remove(_ marks: Set<String>, from line: inout RecognizedLine, isSpeck: (RecognizedSymbol) -> Bool?) {
        let texts = line.words.flatMap { $0.symbols.map(\.text) }
        var position = 0
        for word in line.words.indices {
            line.words[word].symbols.removeAll { symbol in
                defer { position += 1 }
                guard marks.contains(symbol.text), position == 0 || isChinese(texts[position - 1]),
                      position + 1 == texts.count || texts[position + 1] != symbol.text else { return false }
                return isSpeck(symbol) ?? false
            }
        }
        line.words.removeAll { $0.symbols.isEmpty }
    }

    /// An ideograph or a clause mark: no lone hyphen, underscore or asterisk
    /// follows either in a list's text.
    static func isChinese(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.properties.isIdeographic || RepeatedClauseMarks.clauseMarks.contains(text) && !scalar.isASCII
    }
}
