import PowerListModel

/// The citations of one provision: every 《title》 in order (not deduplicated),
/// each with the articles that follow it up to the next 《.
enum ProvisionCitations {
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
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
