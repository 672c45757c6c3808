import PowerListModel

/// An article number printed without its `第` (`五十七条`): not counted as an
/// article, but worth a `citation-article-unparsed` note when it follows a title.
/// Only numbers of ten and more are taken (`一条` is ordinary prose).
enum UnprefixedArticle {
    /// The range of the `…条` starting at `start`, if one does.
    static func match(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Range<Int>? {
        guard ChineseNumeral.isNumeral(scalars[start]) else { return nil }
        if start > scalars.startIndex, ChineseNumeral.isNumeral(scalars[start - 1]) { return nil }
        if let before = scalars[..<start].last(where: { !$0.isSpace }), before == "第" { return nil }
        var index = start
        var hasUnit = false
        while index < scalars.endIndex, ChineseNumeral.isNumeral(scalars[index]) {
            hasUnit = hasUnit || ChineseNumeral.unit(scalars[index]) != nil
            index += 1
        }
        guard hasUnit, index < scalars.endIndex, scalars[index] == "条" else { return nil }
        return start..<index + 1
    }
}
