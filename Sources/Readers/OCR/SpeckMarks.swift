/// A speck right beside print stays on the page (`Speckles` keeps what
/// stands near a character), and Tesseract reads it as a Latin mark between
/// Chinese characters: `行为-的处罚`, `资_料`, `.调查取证`. Tesseract boxes
/// such a mark no larger than the speck, a fifth of an em or less both ways;
/// a printed hyphen or dash is wider, and a printed full stop or colon of
/// Latin print follows a digit or letter (`1.立案责任`, `No.`). So these
/// marks, that small and not after a digit or letter, go. Chinese marks
/// (，、。) stay whatever their box: Tesseract boxes printed ones that small
/// too.
enum SpeckMarks {
    /// Marks read from specks.
    static let marks: Set<String> = [".", "-", "_", ":", "'", "`", "~", "·"]
    /// A box no larger than this share of the em, both ways, is a speck's.
    static let largestShare = 0.2

    static func apply(to line: inout RecognizedLine, em: Int) {
        let largest = Int(largestShare * Double(em))
        var previous: String?
        for word in line.words.indices {
            line.words[word].symbols.removeAll { symbol in
                defer { previous = symbol.text }
                let afterLatin = previous?.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false
                return marks.contains(symbol.text) && !afterLatin && symbol.box.width <= largest && symbol.box.height <= largest
            }
        }
        line.words.removeAll { $0.symbols.isEmpty }
    }

    /// Text, left, right, top, bottom of each symbol, in an em of 30 pixels.
    static let examples: [CorrectionExample] = [
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), ("-", 34, 38, 14, 18), ("的", 40, 70, 0, 30)], "为的"),
        CorrectionExample(boxes: [("资", 0, 30, 0, 30), ("_", 32, 36, 27, 30), ("料", 40, 70, 0, 30)], "资料"),
        CorrectionExample(boxes: [(".", 0, 4, 26, 30), ("调", 8, 38, 0, 30)], "调"),
        // A hyphen printed between characters is wider; a full stop after a digit is Latin print.
        CorrectionExample(boxes: [("为", 0, 30, 0, 30), ("-", 32, 42, 14, 17), ("的", 44, 74, 0, 30)], "为-的"),
        CorrectionExample(boxes: [("6", 0, 15, 0, 30), (".", 16, 20, 26, 30), ("应", 24, 54, 0, 30)], "6.应"),
        CorrectionExample(boxes: [("，", 0, 4, 26, 30), ("对", 8, 38, 0, 30)], "，对"),
    ]
}
