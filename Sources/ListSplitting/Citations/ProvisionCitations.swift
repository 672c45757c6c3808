import PowerListModel

/// The citations of one provision: every 《title》 in order (not deduplicated),
/// each with the articles that follow it up to the next 《.
enum ProvisionCitations: ExampleProviding {
    struct Result {
        var citations: [Citation]
        /// Article numbers printed without 第 after a title: (title, printed number).
        var unparsed: [(title: String, article: String)]
    }

    static func extract(from scalars: ArraySlice<Unicode.Scalar>) -> Result {
        var result = Result(citations: [], unparsed: [])
        var index = scalars.startIndex
        while let open = scalars[index...].firstIndex(of: "《") {
            guard let close = closingBracket(in: scalars, after: open) else { break }
            let regionEnd = scalars[(close + 1)...].firstIndex(of: "《") ?? scalars.endIndex
            let title = string(scalars[(open + 1)..<close]).trimmingSpaces
            var articles: [String] = []
            var previous: (range: Range<Int>, isCrossReference: Bool)?
            var position = close + 1
            while position < regionEnd {
                if let (range, article) = ArticleNumber.match(in: scalars[..<regionEnd], at: position) {
                    let isCrossReference = CrossReference.isCrossReference(in: scalars, at: position, previous: previous)
                    if !isCrossReference, !articles.contains(article) { articles.append(article) }
                    previous = (range, isCrossReference)
                    position = range.upperBound
                } else if let unprefixed = UnprefixedArticle.match(in: scalars[..<regionEnd], at: position) {
                    result.unparsed.append((title, string(scalars[unprefixed])))
                    position = unprefixed.upperBound
                } else {
                    position += 1
                }
            }
            if !title.isEmpty { result.citations.append(Citation(title: title, articles: articles)) }
            index = regionEnd
        }
        return result
    }

    /// The 》 closing the 《 at `open`, allowing nested 《》.
    private static func closingBracket(in scalars: ArraySlice<Unicode.Scalar>, after open: Int) -> Int? {
        var depth = 0
        for index in open..<scalars.endIndex {
            switch scalars[index] {
            case "《": depth += 1
            case "》":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    static let examples: [SplittingExample] = [
        SplittingExample(.line("《实施〈中华人民共和国社会保险法〉若干规定》（人力资源和社会保障部令 第13号）第二十五条"),
                         .citations(["实施〈中华人民共和国社会保险法〉若干规定@第二十五条"])),
        SplittingExample(.line("河北省医疗保障局关于印发《河北省医疗保障定点医疗机构协议管理办法（试行）》的通知（冀医保规〔2019〕1号） 第七条"),
                         .citations(["河北省医疗保障定点医疗机构协议管理办法（试行）@第七条"])),
        SplittingExample(.line("《关于印发<外国人在中国永久居留享有相关待遇的办法>的通知》全文：凭《外国人永久居留证》出入国境，或《外国人永久居留证》"),
                         .citations(["关于印发<外国人在中国永久居留享有相关待遇的办法>的通知@", "外国人永久居留证@", "外国人永久居留证@"])),
        SplittingExample(.line("《甲办法》第十六条；《甲办法》第十七条"), .citations(["甲办法@第十六条", "甲办法@第十七条"])),
        SplittingExample(.line("1、《甲法》第一条；2、乙办法（冀医保发【2019】52号）"), .citations(["甲法@第一条"])),
        SplittingExample(.line("《国家医保局、财政部关于做好异地就医工作的通知》 《河北省医疗保障局关于优化异地就医服务的通知》 （冀医保规〔2022〕6号）"),
                         .citations(["国家医保局、财政部关于做好异地就医工作的通知@", "河北省医疗保障局关于优化异地就医服务的通知@"])),
    ]
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
