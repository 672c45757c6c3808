import PowerListModel

/// One column title of a located header row, with the ink it spans.
struct HeaderCell: Sendable, Equatable {
    var role: ColumnRole
    var title: String
    var x0: Double
    var x1: Double

    var midX: Double { (x0 + x1) / 2 }
}

/// A detail-table header row found on a page. Its titles may be stacked over
/// two or three lines (权力 / 类型), with single-line titles centered beside them.
struct LocatedHeader: Sendable {
    var page: Int
    var y0: Double
    var y1: Double
    var cells: [HeaderCell]
    /// The fragments the titles are made of: furniture once the header is known.
    var fragments: [TextFragment]
}

/// Finds the detail header by its column titles, whatever their wording and
/// stacking: a band of at most three lines in which every column's top text is a
/// title and at least three are known ones, one of them a content column.
enum DetailHeaderLocator {
    /// A stacked title spans at most this many line heights: four letters of
    /// a narrow column (权 / 力 / 类 / 型), with a text dump's line for the
    /// titles centred beside them in between.
    static let depth = 4.5

    static func headers(in fragments: [TextFragment]) -> [LocatedHeader] {
        // Titles of narrow cells may run together without a gap: each is a title of its own.
        let sorted = fragments.flatMap(\.titles).sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
        // A header holds three known titles: where no fragment near a start is
        // one or begins one, none starts there. Nearly every short fragment of
        // a data page could start an unknown title, and trying each dominated
        // the reading of long text PDFs.
        let known = sorted.map { isKnownTitleOrStart($0.compactText) }
        var found: [LocatedHeader] = []
        var searchFrom = -Double.infinity
        for (index, start) in sorted.enumerated() where start.y0 > searchFrom && couldStartTitle(start.compactText) {
            guard hasKnownTitle(near: index, in: sorted, known: known), var header = header(at: start, in: sorted) else { continue }
            attachGroupTitles(above: &header, in: sorted)
            found.append(header)
            searchFrom = header.y1
        }
        return found
    }

    /// Titles over several columns standing above the titles a header was
    /// found by (its lower row and the titles spanning both rows): header
    /// furniture like the rest.
    private static func attachGroupTitles(above header: inout LocatedHeader, in sorted: [TextFragment]) {
        let lineHeight = header.fragments.map(\.height).max() ?? 1
        let above = sorted.filter { $0.y0 < header.y0 && $0.y0 > header.y0 - 2.5 * lineHeight }
        let groups = GroupTitle.groupTitles(in: above + header.fragments, lineHeight: lineHeight).map(\.title).filter(above.contains)
        guard !groups.isEmpty else { return }
        header.fragments += groups
        header.y0 = min(header.y0, groups.map(\.y0).min()!)
    }

    /// Whether a known title, or the start of one, stands in the band a
    /// header starting at `sorted[index]` would fill (`header(at:in:)`'s window).
    private static func hasKnownTitle(near index: Int, in sorted: [TextFragment], known: [Bool]) -> Bool {
        let lineHeight = sorted[index].height
        let low = sorted[index].y0 - 0.2 * lineHeight, high = sorted[index].y0 + depth * lineHeight
        var other = index
        while other < sorted.count, sorted[other].y0 <= high {
            if known[other] { return true }
            other += 1
        }
        other = index - 1
        while other >= 0, sorted[other].y0 >= low {
            if known[other] { return true }
            other -= 1
        }
        return false
    }

    private static func isKnownTitleOrStart(_ text: String) -> Bool {
        guard isShort(text) else { return false }
        if let role = ColumnTitles.role(forHeader: text), !role.isExtra { return true }
        return beginsKnownTitle(text)
    }

    private static func couldStartTitle(_ text: String) -> Bool {
        guard isShort(text) else { return false }
        return ColumnTitles.role(forHeader: text) != nil || beginsKnownTitle(text)
    }

    /// One to ten characters, counted no further than the eleventh: most
    /// fragments asked are a cell's long lines.
    private static func isShort(_ text: String) -> Bool {
        !text.isEmpty && text.dropFirst(10).isEmpty
    }

    /// `text` is the start of a known title (`序` of `序号`, `权力` of `权力类型`).
    private static func beginsKnownTitle(_ text: String) -> Bool {
        knownTitleStarts.contains(text)
    }

    /// Every start of every known title, whole titles included: one lookup
    /// instead of a comparison with each title, for every short fragment.
    private static let knownTitleStarts: Set<String> = Set(ColumnTitles.roles.keys.flatMap { title in
        (0...title.count).map { String(title.prefix($0)) }
    })

    /// Whether a lower fragment opens a column of its own: a known title or
    /// the start of one (`序` of a title stacked a letter per line) does; an
    /// unknown title must stand alone on its line, for a data line standing
    /// close under a scanned header breaks into fragments at a gap (the
    /// blank half of `立案责任：`'s colon) and each piece looks like a short
    /// title. Neighbouring columns' titles stand at least an em apart (two
    /// cells' padding).
    private static func opensColumn(_ fragment: TextFragment, among line: [TextFragment], lineHeight: Double) -> Bool {
        let text = fragment.compactText
        guard couldStartTitle(text) else { return false }
        guard !beginsKnownTitle(text), case .extra? = ColumnTitles.role(forHeader: text) else { return true }
        return !line.contains { other in
            other != fragment && other.overlapsVertically(fragment)
                && max(other.x0 - fragment.x1, fragment.x0 - other.x1) < lineHeight
        }
    }

    private static func header(at start: TextFragment, in sorted: [TextFragment]) -> LocatedHeader? {
        let lineHeight = start.height
        // `sorted` is in y0 order, so the window is one slice of it: found by
        // bisection rather than a pass over the page for every candidate start.
        let low = start.y0 - 0.2 * lineHeight, high = start.y0 + depth * lineHeight
        var first = 0, end = sorted.count
        while first < end {
            let middle = (first + end) / 2
            if sorted[middle].y0 < low { first = middle + 1 } else { end = middle }
        }
        let window = Array(sorted[first...].prefix { $0.y0 <= high })
        // A title over several columns is found with the header under it.
        let grouped = GroupTitle.groupTitles(in: window, lineHeight: lineHeight).filter { $0.title.y0 <= start.y0 + 0.7 * lineHeight }
        let groupTitles = grouped.map(\.title)
        guard !groupTitles.contains(start) else { return nil }
        // The titles under a group title make the band's lower row, however deep.
        let lowerRow = grouped.flatMap(\.covered).map(\.y0).max().map { $0 + 0.1 * lineHeight } ?? -.infinity
        // Titles start in the band's top lines; the lines below (a stacked title's
        // second half, or the first data row) join the title above them.
        let top = window.filter { $0.y0 <= start.y0 + 0.7 * lineHeight && !groupTitles.contains($0) }
        // Letters of narrow stacked titles one blank apart (`序 力`) are titles' parts side by side.
        let below = window.filter { $0.y0 > start.y0 + 0.7 * lineHeight }.flatMap { fragment in
            // Without a blank it is one word: no need to cut it.
            guard fragment.glyphs.contains(where: { TextNormalizer.isWhitespace($0.scalar) }) else { return [fragment] }
            let words = fragment.words
            return words.count > 1 && words.allSatisfy { $0.compactText.count <= 2 } ? words : [fragment]
        }
        // A title lower in the band stands close under the titles above it (a
        // stacked title's neighbours), or under a group title; the first data
        // line stands apart, after the header's padding.
        let titleBottom = top.map(\.y1).max() ?? start.y1
        let lowestTitle = max(min(start.y0 + 1.6 * lineHeight, titleBottom + 0.45 * lineHeight), lowerRow)
        var groups = mergingSpacedLetters(columnGroups(top, below: below, bandBottom: lowestTitle, lineHeight: lineHeight))
        var knownTitles = groups.map(knownTitle(of:))
        // Titles stacked a letter per line (权 / 力 / 类 / 型) make a deep band,
        // and the titles beside them stand centred in it, lower than two lines.
        let stackBottom = knownTitles.compactMap { $0?.1.last?.y1 }.max() ?? start.y1
        let centredBottom = start.y0 + (stackBottom - start.y0 - lineHeight) / 2 + 0.5 * lineHeight
        if centredBottom > lowestTitle {
            groups = mergingSpacedLetters(columnGroups(top, below: below, bandBottom: centredBottom, lineHeight: lineHeight))
            knownTitles = groups.map(knownTitle(of:))
        }
        completingTitlesStackedAbove(&groups, &knownTitles, titlesTop: start.y0, in: sorted, lineHeight: lineHeight)
        let bandBottom = knownTitles.compactMap { $0?.1.last?.y1 }.max() ?? start.y1
        var cells: [HeaderCell] = []
        var used = groupTitles
        for (group, known) in zip(groups, knownTitles) {
            // Stray marks alone (a speck beside a scanned title read as `”`) are no column.
            if known == nil, group.allSatisfy({ ColumnTitles.printedTitle($0.text).isEmpty || isSpeckRead($0) }) { continue }
            guard let (cell, parts) = known ?? extraTitle(of: group, bandBottom: bandBottom + 0.3 * lineHeight) else {
                // A lower line that only began like a stacked title (`行政` of a
                // category cell) and never completed one is data, not a title.
                if !top.contains(group[0]), ColumnTitles.role(forHeader: group[0].compactText) == nil { continue }
                return nil
            }
            cells.append(cell)
            used.append(contentsOf: parts)
        }
        guard ColumnTitles.isDetailHeader(Set(cells.map(\.role).filter { !$0.isExtra })) else { return nil }
        return LocatedHeader(
            page: start.page, y0: used.map(\.y0).min() ?? start.y0, y1: used.map(\.y1).max() ?? start.y1,
            cells: cells.sorted { $0.midX < $1.midX }, fragments: used
        )
    }

    /// A scanned speck read as a few letters alone in the header band
    /// (`CL` between 追责情形 and 备注 on a 200 dpi scan): the titles of a
    /// Chinese list are Chinese, and a recognized run of at most three Latin
    /// letters and marks with no character beside it titles no column. A
    /// text layer's letters (an `ID` column) are taken at their word.
    static func isSpeckRead(_ fragment: TextFragment) -> Bool {
        let scalars = fragment.compactText.unicodeScalars
        return fragment.isRecognized && scalars.count <= 3
            && scalars.allSatisfy { ($0.isASCII && $0.properties.isAlphabetic) || ColumnTitles.printedTitle(String($0)).isEmpty }
    }

    /// Top fragments grouped by horizontal overlap; each lower fragment joins
    /// the group it overlaps most (so a wide data line never joins two titles),
    /// or opens a group of its own when it is a title, or the start of one
    /// stacked a letter or two per line in a narrow column (序 / 号), centered
    /// lower in the band; every group top to bottom.
    private static func columnGroups(_ top: [TextFragment], below: [TextFragment], bandBottom: Double, lineHeight: Double) -> [[TextFragment]] {
        let minOverlap = 0.3 * lineHeight
        var groups: [[TextFragment]] = []
        var groupRight = -Double.infinity
        for fragment in top.sorted(by: { $0.x0 < $1.x0 }) {
            if !groups.isEmpty, fragment.x0 < groupRight - minOverlap {
                groups[groups.count - 1].append(fragment)
                groupRight = max(groupRight, fragment.x1)
            } else {
                groups.append([fragment])
                groupRight = fragment.x1
            }
        }
        // Each group's horizontal extent, kept up to date rather than recomputed
        // from its fragments for every lower fragment.
        var spans = groups.map { group in (x0: group.map(\.x0).min()!, x1: group.map(\.x1).max()!) }
        for fragment in below.sorted(by: { $0.y0 < $1.y0 }) {
            let overlaps = spans.map { span in min(fragment.x1, span.x1) - max(fragment.x0, span.x0) }
            if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > minOverlap {
                groups[best].append(fragment)
                spans[best] = (min(spans[best].x0, fragment.x0), max(spans[best].x1, fragment.x1))
            } else if fragment.y0 <= bandBottom, opensColumn(fragment, among: below, lineHeight: lineHeight) {
                groups.append([fragment])
                spans.append((fragment.x0, fragment.x1))
            }
        }
        return groups
            .map { $0.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) } }
            .sorted { $0.map(\.x0).min()! < $1.map(\.x0).min()! }
    }

    /// A title stacked over two lines and centred on the one-line titles
    /// beside it (行政 / 主体) has its upper half a whole line above them in a
    /// text dump's line grid (the lower half a line below), outside the band
    /// searched from them: a group that reads as no title completes one with
    /// the fragment right above the titles' line over it.
    private static func completingTitlesStackedAbove(
        _ groups: inout [[TextFragment]], _ knownTitles: inout [(HeaderCell, [TextFragment])?], titlesTop: Double, in sorted: [TextFragment], lineHeight: Double
    ) {
        for index in groups.indices where knownTitles[index] == nil {
            guard let head = groups[index].first else { continue }
            let above = sorted.last { fragment in
                fragment.y1 <= titlesTop + 0.1 * lineHeight && fragment.y0 >= titlesTop - 1.6 * lineHeight
                    && min(fragment.x1, head.x1) - max(fragment.x0, head.x0) > 0.3 * lineHeight
            }
            guard let above, let known = knownTitle(of: [above] + groups[index]) else { continue }
            groups[index] = [above] + groups[index]
            knownTitles[index] = known
        }
    }

    /// Letter-spaced titles (序　号, 备　注) arrive as one group per letter.
    private static func mergingSpacedLetters(_ groups: [[TextFragment]]) -> [[TextFragment]] {
        var result: [[TextFragment]] = []
        for group in groups {
            if let last = result.last, let a = last.first, let b = group.first, a.overlapsVertically(b),
               ColumnTitles.role(forHeader: a.compactText) == nil,
               ColumnTitles.role(forHeader: b.compactText) == nil,
               ColumnTitles.role(forHeader: a.compactText + b.compactText) != nil {
                result[result.count - 1] = (last + group).sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
            } else {
                result.append(group)
            }
        }
        return result
    }

    /// The longest run of top fragments that reads as a known title (权力 + 类型).
    private static func knownTitle(of group: [TextFragment]) -> (HeaderCell, [TextFragment])? {
        var best: (ColumnRole, Int)?
        var text = ""
        for (index, fragment) in group.prefix(4).enumerated() {
            // A title's lower parts are Chinese (权力 / 类型). Specks on the first
            // data line read as `RAR` completed `追责情形RAR` (stray letters are
            // trimmed from a title), stretching the header band over that line,
            // whose text was then removed with the header.
            if index > 0, !fragment.text.unicodeScalars.contains(where: \.properties.isIdeographic) { continue }
            text += fragment.compactText
            guard let role = ColumnTitles.role(forHeader: text) else { continue }
            if case .extra = role { continue }
            best = (role, index + 1)
        }
        guard let (role, count) = best else { return nil }
        return cell(role: role, parts: Array(group.prefix(count)))
    }

    /// An unknown title (行使层级, 承办机构): the top fragments within the band
    /// the known titles span, when they look like a title at all.
    private static func extraTitle(of group: [TextFragment], bandBottom: Double) -> (HeaderCell, [TextFragment])? {
        var parts = Array(group.prefix(1))
        for fragment in group.dropFirst() where fragment.y1 <= bandBottom {
            parts.append(fragment)
        }
        let text = parts.map(\.compactText).joined()
        guard let role = ColumnTitles.role(forHeader: text) else { return nil }
        return cell(role: role, parts: parts)
    }

    private static func cell(role: ColumnRole, parts: [TextFragment]) -> (HeaderCell, [TextFragment]) {
        let title = parts.map(\.compactText).joined()
        let cell = HeaderCell(role: role, title: title, x0: parts.map(\.x0).min()!, x1: parts.map(\.x1).max()!)
        return (cell, parts)
    }
}
