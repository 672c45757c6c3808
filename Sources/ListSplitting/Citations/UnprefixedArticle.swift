import PowerListModel

/// An article number printed without its `第` (`五十七条`): not counted as an
/// article, but worth a `citation-article-unparsed` note when it follows a title.
/// Only numbers of ten and more are taken (`一条` is ordinary prose).
enum UnprefixedArticle: ExampleProviding {
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

    static let examples: [SplittingExample] = [
        SplittingExample(
            .line("1、《中华人民共和国社会保险法》（主席令第35号）五十七条用人单位应当申请办理社会保险登记。第五十八条用人单位应当自用工之日起三十日内申请登记。"),
            .citations(["中华人民共和国社会保险法@第五十八条"])
        ),
        SplittingExample(.line("《中华人民共和国社会保险法》五十七条"), .diagnostics(["citation-article-unparsed"])),
        SplittingExample(.line("石政规（2019）7号文中三十八条；《甲目录》全文"), .diagnostics([])),
        SplittingExample(.line("《甲办法》第五十七条，每一条均适用"), .diagnostics([])),
        SplittingExample(.line("《甲办法》第 五十七 条"), .diagnostics([])),
    ]
}
