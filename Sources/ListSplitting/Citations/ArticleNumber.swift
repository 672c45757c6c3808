import PowerListModel

/// An article reference `第…条`, in Chinese numerals or digits (`第八十四条`,
/// `第12条`). A chapter before it is not part of it (`第三章第八条` → `第八条`), and
/// `第12号` is a document number.
enum ArticleNumber {
    /// The `第…条` starting at `start`, if one does: its range, and the article as
    /// written without the spaces a PDF puts around digits (`第 12 条` → `第12条`).
    static func match(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> (range: Range<Int>, article: String)? {
        guard scalars[start] == "第" else { return nil }
        var index = skipSpaces(in: scalars, from: start + 1)
        let numerals = index
        while index < scalars.endIndex, scalars[index].isASCIIOrFullWidthDigit || ChineseNumeral.isNumeral(scalars[index]) {
            index += 1
        }
        let numeralsEnd = index
        index = skipSpaces(in: scalars, from: index)
        guard numeralsEnd > numerals, index < scalars.endIndex, scalars[index] == "条" else { return nil }
        var article = String.UnicodeScalarView(["第"])
        article.append(contentsOf: scalars[numerals..<numeralsEnd])
        article.append("条")
        return (start..<index + 1, String(article))
    }

    private static func skipSpaces(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var index = start
        while index < scalars.endIndex, scalars[index].isSpace { index += 1 }
        return index
    }
}
