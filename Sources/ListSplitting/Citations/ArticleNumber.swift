import PowerListModel

/// An article reference `第…条`, in Chinese numerals or digits (`第八十四条`,
/// `第12条`). A chapter before it is not part of it (`第三章第八条` → `第八条`), and
/// `第12号` is a document number.
enum ArticleNumber: ExampleProviding {
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

    static let examples: [SplittingExample] = [
        SplittingExample(.line("《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，依照第八十六条处理。"),
                         .citations(["中华人民共和国社会保险法@第八十四条,第八十六条"])),
        SplittingExample(.line("《甲办法》第12条、第一百零四条、第12条"), .citations(["甲办法@第12条,第一百零四条"])),
        SplittingExample(.line("《石家庄市城镇职工基本医疗保险实施办法》（石政规〔2019〕7号）第三章第七条新建用人单位"),
                         .citations(["石家庄市城镇职工基本医疗保险实施办法@第七条"])),
        SplittingExample(.line("《河北省基本医疗保险服务监督管理办法》（河北省人民政府令（2015）第12号）第二十六条"),
                         .citations(["河北省基本医疗保险服务监督管理办法@第二十六条"])),
        SplittingExample(.line("《社会救助暂行办法》（中华人民共和国国务院令 第649号）第六十八条"), .citations(["社会救助暂行办法@第六十八条"])),
        SplittingExample(.line("《甲办法》（甲令 第 12 号）第 16 条"), .citations(["甲办法@第16条"])),
        // Articles with no title before them make no citation.
        SplittingExample(.line("石人社字（2017）8号文中第三条、第四条"), .citations([])),
    ]
}
