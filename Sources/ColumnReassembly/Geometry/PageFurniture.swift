import PowerListModel

/// Page numbering printed in a page's margin: the footers `PageFooter` knows,
/// `3/27`, `Page 3 of 27`, or a bare number. Never content.
enum PageNumberPattern {
    static func matches(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        guard !compact.isEmpty else { return false }
        if isExplicit(compact) { return true }
        let dashes: Set<Character> = ["-", "—", "－", "–"]
        let digits = compact.filter { !dashes.contains($0) }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Forms that say "page" themselves, so they are furniture wherever they stand.
    static func isExplicit(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        if PageFooter.parse(compact) != nil { return true }
        // Every line of every page comes here: byte tests first, which lowercasing
        // or splitting the line by Characters could only confirm (profiles).
        if compact.utf8.prefix(4).map({ $0 | 0x20 }).elementsEqual("page".utf8), compact.lowercased().hasPrefix("page") {
            return compact.dropFirst(4).allSatisfy { $0.isASCIIDigit || "of".contains($0.lowercased()) }
        }
        guard compact.utf8.contains(UInt8(ascii: "/")) else { return false }
        let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

struct PageSize: Sendable {
    var width: Double
    var height: Double
}

/// Lines that are page furniture rather than text: page numbers in the top or
/// bottom margin, and running headers/footers repeated at the same height on
/// many pages.
struct PageFurnitureFilter {
    /// Share of the page height, at top and bottom, where furniture lives.
    static let marginShare = 0.15

    /// Running headers and footers, with the page where each first appears:
    /// there it still counts as a title (often the list's only one).
    private var repeated: [RepeatedKey: Int] = [:]

    private struct RepeatedKey: Hashable {
        var text: String
        var band: Int
    }

    init(lines: [PageLine], pageSizes: [Int: PageSize]) {
        var pagesByKey: [RepeatedKey: Set<Int>] = [:]
        for line in lines where Self.inMargin(line, page: pageSizes[line.page]) {
            pagesByKey[Self.key(line), default: []].insert(line.page)
        }
        let pageCount = Set(lines.map(\.page)).count
        repeated = pagesByKey.filter { $0.value.count >= 3 && 2 * $0.value.count >= pageCount }.mapValues { $0.min()! }
    }

    func isFurniture(_ line: PageLine, page: PageSize?) -> Bool {
        if PageNumberPattern.isExplicit(line.text) { return true }
        guard let page, Self.inMargin(line, page: page) else { return false }
        // A bare number stands centered or right; a 序号 alone on its line stands left.
        let midX = (line.fragments.map(\.x0).min()! + line.fragments.map(\.x1).max()!) / 2
        if midX > 0.3 * page.width, PageNumberPattern.matches(line.text) { return true }
        return repeated[Self.key(line)].map { $0 != line.page } ?? false
    }

    private static func inMargin(_ line: PageLine, page: PageSize?) -> Bool {
        guard let page, page.height > 0 else { return false }
        return line.y1 < marginShare * page.height || line.y0 > (1 - marginShare) * page.height
    }

    private static func key(_ line: PageLine) -> RepeatedKey {
        // Digits vary from page to page in a running footer; the height does not.
        let text = String(line.text.filter { !$0.isWhitespace && !$0.isASCIIDigit })
        return RepeatedKey(text: text, band: Int((line.y0 / 4).rounded()))
    }
}
