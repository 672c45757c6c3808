import PowerListModel

/// A mark only one table read in a name, where the print has none: a speck
/// beside the characters, read as `、` or as a quote. Two kinds are sure:
///
/// - A quote the reading leaves unpaired (`…违法行为“进行监督管理`: a speck
///   at a line's start). A list's quotes come in pairs within their cell
///   (182 quotes of the development lists' texts, none unpaired).
/// - A small mark between two characters that make a word, one of which
///   makes no word with the characters on its own side (`对其失、信行为`:
///   `失信`, and no word ends in `失` there). A printed mark stands between
///   words: of 1,950 `、` printed between two Chinese characters in the
///   development lists' texts, 154 stand between two that make a word, and
///   23 of those leave one of them outside every word on its side (`在乡、村庄`,
///   `收、支`); of 2,483 `，`, 26 (`予以审核，发给`). The other table must
///   have lost such a printed mark too, which OCR rarely does.
/// - A lone Latin letter or digit between two Chinese characters or marks
///   (`查封登1记C）` against `查封登记）`). A name prints letters and digits
///   in runs both tables read (`APP`, `第1类`); OCR reads specks as them.
///
/// Only where the other table read no mark there: a mark both read is print.
enum SpeckMarkInName {
    /// Whether `read`, which one reading holds at `range` of `text` and the
    /// other lacks, is a speck read as a mark.
    static func isSpeck(_ read: ArraySlice<Unicode.Scalar>, in text: [Unicode.Scalar], at range: Range<Int>, lexicon: (any Lexicon)?) -> Bool {
        guard read.count == 1, let mark = read.first else { return false }
        if quotes.contains(mark) { return isUnpaired(text) }
        if mark.isASCII, mark.properties.isAlphabetic || ("0"..."9").contains(mark) {
            return range.lowerBound > 0 && range.upperBound < text.count && !text[range.lowerBound - 1].isASCII && !text[range.upperBound].isASCII
        }
        guard let lexicon, RecognizedNameChoice.speckMarks.contains(mark), range.lowerBound > 0, range.upperBound < text.count else { return false }
        let left = text[range.lowerBound - 1], right = text[range.upperBound]
        guard left.properties.isIdeographic, right.properties.isIdeographic, lexicon.isChineseWord([left, right]) else { return false }
        // Words ending at `left` from before it, and words starting at `right` running on.
        let before = Array(text[..<range.lowerBound].suffix(RecognizedNameChoice.longestWord))
        let after = Array(text[range.upperBound...].prefix(RecognizedNameChoice.longestWord))
        let endsWord = (0..<(before.count - 1)).contains { lexicon.isChineseWord(before[$0...]) }
        let startsWord = after.count >= 2 && (2...after.count).contains { lexicon.isChineseWord(after[..<$0]) }
        return !endsWord || !startsWord
    }

    private static let quotes: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’"]

    /// Opening and closing quotes of `text` do not pair up in order.
    private static func isUnpaired(_ text: [Unicode.Scalar]) -> Bool {
        var open = 0
        for scalar in text {
            if scalar == "“" || scalar == "‘" { open += 1 }
            if scalar == "”" || scalar == "’" {
                guard open > 0 else { return true }
                open -= 1
            }
        }
        let straight = text.count { $0 == "\"" }
        return open > 0 || straight % 2 == 1
    }
}
