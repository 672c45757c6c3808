/// A title is followed by its issuer and number in parentheses,
/// `《…实施条例》（国务院令第360号）`, and Tesseract reads that `（` as `【`
/// or `〔` now and then (`施条例》【国务院令第721号）`, `的通知》〔冀医保规…`:
/// seven times on 27 stand-in scans, the `）` read right each time). The
/// development lists print 3,512 brackets straight after a `》`, every one
/// `（` or `(`; so a `【`, `〔` or `[` there is a `（`.
///
/// Applies to the symbols of one cell (a title may close at a line's end),
/// after `FullWidthPunctuation`.
enum TitleParentheses {
    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        var changed = false
        for index in texts.indices.dropFirst() where texts[index - 1] == "》" && misread.contains(texts[index]) {
            texts[index] = "（"
            changed = true
        }
        if changed { lines.setSymbolTexts(texts) }
    }

    /// What a `（` after a title is read as.
    private static let misread: Set<String> = ["【", "〔", "["]

    static let examples: [CorrectionExample] = [
        CorrectionExample("施条例》【国务院令第721号）第六十七条", "施条例》（国务院令第721号）第六十七条"),
        CorrectionExample("的通知》〔冀医保规〔2019〕6号）全文", "的通知》（冀医保规〔2019〕6号）全文"),
        CorrectionExample(lines: ["《中华人民共和国社会保险法》", "[2018年修正）"], "《中华人民共和国社会保险法》（2018年修正）"),
        // Elsewhere brackets stay: a tag, a document number's year.
        CorrectionExample("【法律】《中华人民共和国社会保险法》", "【法律】《中华人民共和国社会保险法》"),
        CorrectionExample("冀医保规〔2019〕6号", "冀医保规〔2019〕6号"),
    ]
}
