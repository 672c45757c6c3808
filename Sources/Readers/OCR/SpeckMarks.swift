/// A speck right beside print stays on the page (`Speckles` keeps what
/// stands near a character), and Tesseract reads it as a Latin mark between
/// Chinese characters: `行为-的处罚`, `资_料`, `.调查取证`; where a line
/// ends short of its cell, it may read the blank paper after it as `|`
/// (`的；|`, a box of 2 by 3 pixels far right of `；`); a speck in a cell's
/// margin, before a line's first character, it reads as `“` (`。` /
/// `“7、执行责任`: quotes were twice as many as printed), or a row of grain
/// as `…` (`相应责任：…1、`). Tesseract boxes
/// such a mark no larger than the speck, a fifth of an em or less both ways;
/// a printed hyphen or dash is wider, a bar of a rule taller (`RulingBars` drops it),
/// a printed quote (two commas side by side) wider, and a printed full stop or colon of
/// Latin print follows a digit or letter (`1.立案责任`, `No.`). So these
/// marks, that small and not after a digit or letter, go. A lone `.` goes
/// whatever its box (Tesseract may box a speck as wide as the character
/// beside it): a Chinese list prints a Latin full stop only after a digit
/// or letter, never after a Chinese character or mark (`行为.的`, `；.应当`).
/// Chinese marks (，、。) stay whatever their box: Tesseract boxes printed
/// ones that small too. A Latin letter standing alone (no letter beside
/// it) boxed that small is a speck too (`处罚；a 3.`): a printed
/// letter's x-height is half an em.
enum SpeckMarks {
    /// Marks read from specks.
    static let marks: Set<String> = [".", "-", "_", ":", "'", "`", "~", "·", "|", "“", "”", "\"", "…"]
    /// A box no larger than this share of the em, both ways, is a speck's.
    static let largestShare = 0.2

    /// `onDots(line, position)` tells whether the ink where the line's symbol at
    /// `position` was read is a colon's or semicolon's two dots (`DottedMarks`):
    /// small print's colon (5 pt, an em of 17 pixels at 300 dpi) is boxed on
    /// one dot, 3 by 3 pixels, as small as a speck (`2、调查责任:医疗保障部门`).
    static func apply(to line: inout RecognizedLine, em: Int, onDots: (RecognizedLine, Int) -> Bool = { _, _ in false }) {
        let largest = Int(largestShare * Double(em))
        let original = line
        let texts = line.words.flatMap { $0.symbols.map(\.text) }
        var position = 0
        for word in line.words.indices {
            line.words[word].symbols.removeAll { symbol in
                defer { position += 1 }
                let previous = position > 0 ? texts[position - 1] : nil
                let afterLatin = previous.map(isLatinOrDigit) ?? false
                // A letter standing alone, as small as a speck: no letter of print is (its x-height is half an em).
                if isLetter(symbol.text), !(previous.map(isLetter) ?? false), !(position + 1 < texts.count && isLetter(texts[position + 1])) {
                    return symbol.box.width <= largest && symbol.box.height <= largest
                }
                guard marks.contains(symbol.text), !afterLatin else { return false }
                if symbol.text == ":", onDots(original, position) { return false }
                // Dots in a row are an ellipsis (`……` read as `......`), not specks.
                let inDots = previous == "." || position + 1 < texts.count && texts[position + 1] == "."
                return symbol.text == "." && !inDots || symbol.box.width <= largest && symbol.box.height <= largest
            }
        }
        line.words.removeAll { $0.symbols.isEmpty }
    }

    private static func isLatinOrDigit(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    private static func isLetter(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    /// Text, left, right, top, bottom of each symbol, in an em of 30 pixels.
    static let examples: [CorrectionExample] = [
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), ("-", 34, 38, 14, 18), ("的", 40, 70, 0, 30)], "为的"),
        CorrectionExample(boxes: [("资", 0, 30, 0, 30), ("_", 32, 36, 27, 30), ("料", 40, 70, 0, 30)], "资料"),
        CorrectionExample(boxes: [(".", 0, 4, 26, 30), ("调", 8, 38, 0, 30)], "调"),
        CorrectionExample(boxes: [("的", 0, 30, 0, 30), ("；", 36, 41, 9, 32), ("|", 600, 602, 1, 4)], "的；"),
        CorrectionExample(boxes: [("“", 0, 5, 2, 7), ("8", 10, 25, 0, 30), ("、", 28, 34, 24, 30)], "8、"),
        // A hyphen printed between characters is wider; a full stop after a digit is Latin print.
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), ("-", 32, 42, 14, 17), ("的", 44, 74, 0, 30)], "为-的"),
        CorrectionExample(boxes: [("6", 0, 15, 0, 30), (".", 16, 20, 26, 30), ("应", 24, 54, 0, 30)], "6.应"),
        // A bar as tall as the line is no speck's; `RulingBars` takes it (lists print none).
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), ("|", 34, 37, 0, 30), ("的", 40, 70, 0, 30)], "为的"),
        CorrectionExample(boxes: [("：", 0, 8, 5, 28), ("“", 30, 43, 2, 10), ("应", 45, 75, 0, 30)], "：“应"),
        CorrectionExample(boxes: [("，", 0, 4, 26, 30), ("对", 8, 38, 0, 30)], "，对"),
        // A lone letter as small as a speck goes, beside a digit too; a printed one (A级), or one of a Latin word, stays.
        CorrectionExample(boxes: [("罚", 0, 30, 0, 30), ("；", 32, 38, 10, 30), ("a", 44, 49, 20, 25), ("3", 60, 75, 0, 30)], "罚；3"),
        CorrectionExample(boxes: [("等", 0, 30, 0, 30), ("A", 34, 52, 6, 30), ("级", 54, 84, 0, 30)], "等A级"),
        CorrectionExample(boxes: [("P", 0, 5, 0, 5), ("D", 6, 11, 0, 5), ("F", 12, 17, 0, 5)], "PDF"),
        CorrectionExample(boxes: [("3", 0, 15, 0, 30), ("a", 16, 21, 20, 25), ("项", 24, 54, 0, 30)], "3项"),
        // A full stop boxed as wide as a character, after a Chinese character or mark.
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), (".", 30, 52, 0, 30), ("的", 52, 82, 0, 30)], "为的"),
        CorrectionExample(boxes: [("；", 0, 15, 0, 30), (".", 15, 37, 0, 30), ("1", 40, 55, 0, 30), ("0", 55, 70, 0, 30)], "；10"),
        CorrectionExample(boxes: [("等", 0, 30, 0, 30), (".", 31, 45, 0, 30), (".", 46, 60, 0, 30), (".", 61, 75, 0, 30)], "等..."),
        // An ellipsis read from a speck's grain is as small; a printed one is an em wide.
        CorrectionExample(boxes: [("：", 0, 8, 5, 28), ("…", 12, 17, 24, 28), ("1", 20, 35, 0, 30), (".", 36, 40, 26, 30)], "：1."),
        CorrectionExample(boxes: [("查", 0, 30, 0, 30), ("；", 32, 38, 10, 30), ("…", 40, 70, 24, 28), ("…", 70, 100, 24, 28)], "查；……"),
    ]
}
