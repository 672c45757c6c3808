import PowerListModel

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
        if PageNumbering.isExplicit(line.text) { return true }
        guard let page, Self.inMargin(line, page: page) else { return false }
        if PageNumbering.isMisreadFooter(line.text) { return true }
        // A bare number stands centered or right; a 序号 alone on its line stands left.
        let midX = (line.fragments.map(\.x0).min()! + line.fragments.map(\.x1).max()!) / 2
        if midX > 0.3 * page.width, PageNumbering.matches(line.text) { return true }
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
