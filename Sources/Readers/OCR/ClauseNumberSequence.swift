/// A clause's number in brackets, misread where its neighbours show what it
/// is: the lists number a cell's clauses `（一）（二）（三）…` or `(1)(2)(3)…`,
/// each after a separator (`；（二）应当由…`), and Tesseract reads a numeral
/// as the next one (`（一）…；（三）…；（三）…`), as a look-alike (`（西）`
/// for 四, `(=)` for 二 or 三, `(—)` for 一), or a digit as a letter (`(l)`).
/// Where the number the sequence expects is read as a look-alike, or as
/// another number where the next clause's number is the one after the
/// expected (`（一）（三）（三）` is `（一）（二）（三）`), it is the expected
/// number. A `（一）` starts the sequence again (a nested list); anything
/// else leaves it as read (`（一）（三）（四）`: 二 may be missing for real).
///
/// Applies to the symbols of one cell, after `FullWidthPunctuation`.
enum ClauseNumberSequence {
    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        let numbers = clauseNumbers(in: texts)
        guard numbers.count > 1 else { return }
        var last: [Family: Int] = [:]
        for (position, number) in numbers.enumerated() {
            let expected = (last[number.family] ?? 0) + 1
            let next = numbers[(position + 1)...].first { $0.family == number.family }?.value
            var value = number.value
            if value != expected, value != 1 {
                let outOfTurn = value != nil && last[number.family] != nil && next == expected + 1
                let lookalike = number.lookalikes.contains(expected) && (last[number.family] != nil || next == expected + 1)
                if outOfTurn || lookalike, let printed = number.family.text(of: expected) {
                    texts[number.index] = printed
                    value = expected
                }
            }
            if let value { last[number.family] = value }
        }
        lines.setSymbolTexts(texts)
    }

    enum Family { case chinese, digits
        func text(of value: Int) -> String? {
            switch self {
            case .chinese: (1...numerals.count).contains(value) ? String(numerals[value - 1]) : nil
            case .digits: (1...9).contains(value) ? String(value) : nil
            }
        }
    }

    private static let numerals = Array("一二三四五六七八九十")
    /// What Tesseract reads a bracketed numeral or digit as.
    private static let lookalikes: [String: (Family, Set<Int>)] = [
        "西": (.chinese, [4]), "=": (.chinese, [2, 3]), "—": (.chinese, [1]), "－": (.chinese, [1]), "-": (.chinese, [1]), "–": (.chinese, [1]),
        "l": (.digits, [1]), "I": (.digits, [1]), "|": (.digits, [1]),
    ]
    private static let separators: Set<String> = ["；", ";", "。", "：", ":"]

    /// The clause number in brackets opening at `open` (`（三）`, `(3)`), read as printed: its family and value.
    static func bracketedNumber(at open: Int, in texts: [String]) -> (family: Family, value: Int)? {
        guard ["（", "("].contains(texts[open]), open + 2 < texts.count, ["）", ")"].contains(texts[open + 2]) else { return nil }
        let content = texts[open + 1]
        if let numeral = numerals.firstIndex(where: { String($0) == content }) { return (.chinese, numeral + 1) }
        if content.count == 1, let digit = Int(content), digit > 0 { return (.digits, digit) }
        return nil
    }

    /// The digits of a clause's arabic number opening at `start`: digits, then
    /// `、` or a full stop that no digit follows (`2、`, `10.`; not `2.5`, `9:30`);
    /// nil where none opens there.
    static func arabicNumberDigits(at start: Int, in texts: ArraySlice<String>) -> ArraySlice<String>? {
        let digits = texts[start...].prefix(while: \.isDigitSymbol)
        guard !digits.isEmpty, let mark = texts[digits.endIndex...].first, arabicDelimiters.contains(mark) else { return nil }
        return texts[(digits.endIndex + 1)...].first?.isDigitSymbol == true ? nil : digits
    }

    private static let arabicDelimiters: Set<String> = [".", "、", "．"]

    /// One symbol in brackets after a separator or at the cell's start: its index, family and value.
    private static func clauseNumbers(in texts: [String]) -> [(index: Int, family: Family, value: Int?, lookalikes: Set<Int>)] {
        texts.indices.compactMap { open in
            guard ["（", "("].contains(texts[open]), open + 2 < texts.count, ["）", ")"].contains(texts[open + 2]),
                  open == 0 || separators.contains(texts[open - 1]) else { return nil }
            if let (family, value) = bracketedNumber(at: open, in: texts) { return (open + 1, family, value, []) }
            guard let (family, values) = lookalikes[texts[open + 1]] else { return nil }
            return (open + 1, family, nil, values)
        }
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("有下列行为之一：（一）不予受理的；（三）应当由第三人负担的；（三）违法的", "有下列行为之一：（一）不予受理的；（二）应当由第三人负担的；（三）违法的"),
        CorrectionExample("的：（一）甲；（二）乙；（三）丙；（西）发现未依法处理的；（五）戊", "的：（一）甲；（二）乙；（三）丙；（四）发现未依法处理的；（五）戊"),
        CorrectionExample("分别为：（—）自然分娩；（二）难产；（=）剖宫产", "分别为：（一）自然分娩；（二）难产；（三）剖宫产"),
        CorrectionExample(lines: ["(l)受理阶段责任：受理。", "(2)审查阶段责任：审查。"], "(1)受理阶段责任：受理。(2)审查阶段责任：审查。"),
        // A numeral missing for real, a nested list started again, a lone number: as read.
        CorrectionExample("的：（一）甲；（三）丙；（四）丁", "的：（一）甲；（三）丙；（四）丁"),
        CorrectionExample("的：（一）甲；（二）乙：（一）子；（二）丑；（三）丙", "的：（一）甲；（二）乙：（一）子；（二）丑；（三）丙"),
        CorrectionExample("罚款：（西）", "罚款：（西）"),
    ]
}
