import PowerListModel

/// Recognizes the detail table's header row in a flow dump, where its titles
/// are split over lines (`序号` `权力` `类型` `权力事项` … `实施依据 责任事项 追责情形 备注`):
/// a run of lines whose pieces (a line, or a part of it between spaces) make
/// a sequence of column titles. Titles the vocabulary does not know
/// (行使层级, 承办机构) count when they look like titles; a group title over
/// two-row titles (权责内容 over 实施依据 / 责任事项 / 追责情形) gives way to them.
enum FlowHeaderBlock {
    struct Match {
        var lineCount: Int
        var columns: [Column]
    }

    /// The header block starting at `start` in `lines` (blank lines skipped).
    /// A block after the first must name `expected` again (a repeated header).
    static func match(_ lines: [String], at start: Int, expected: [Column]? = nil) -> Match? {
        var pieces: [String] = []
        var best: Match?
        var index = start
        var consumed = 0
        while index < lines.count, consumed < 16 {
            let line = lines[index]
            index += 1
            let linePieces = line.split(whereSeparator: \.isWhitespace).map(String.init)
            if linePieces.isEmpty { continue }
            guard linePieces.allSatisfy(couldBeTitlePiece) else { break }
            pieces += linePieces
            consumed += 1
            guard pieces.joined().count <= maxHeaderLength else { break }
            // A header opens with a title the vocabulary knows (序号, 权力编码 …),
            // of at most `longestTitle` pieces: asked before segmenting, which
            // weighs every run of pieces. Six pieces opening with none open no header.
            if !opensWithKnownTitle(pieces) {
                if pieces.count >= longestTitle { break }
                continue
            }
            guard let titles = segment(pieces), titles.count >= 4, ColumnTitles.knownRole(forHeader: titles[0]) != nil else { continue }
            let columns = distinct(regrouped(titles))
            if let expected, columns != expected { continue }
            let known = Set(columns.map(\.role).filter { !$0.isExtra })
            guard ColumnTitles.isDetailHeader(known) else { continue }
            // Unknown titles after the last known one are column titles only when a row follows.
            if titles.last.map({ ColumnTitles.knownRole(forHeader: $0) == nil }) == true, !rowFollows(lines, from: index) { continue }
            best = Match(lineCount: index - start, columns: columns)
        }
        return best
    }

    /// The most pieces one title is made of (`segment`).
    static let longestTitle = 6

    /// The first pieces, one to `longestTitle` of them, make a known title.
    static func opensWithKnownTitle(_ pieces: [String]) -> Bool {
        var title = ""
        for piece in pieces.prefix(longestTitle) {
            title += piece
            if ColumnTitles.knownRole(forHeader: title) != nil { return true }
        }
        return false
    }

    /// Longer than any header (over twenty titles of up to seven characters).
    private static let maxHeaderLength = 160

    private static func couldBeTitlePiece(_ piece: String) -> Bool {
        // The scalars first: a line of text fails at its first mark, while
        // counting walks every Character (and needs no more than eleven).
        piece.unicodeScalars.allSatisfy { $0.isCJKIdeograph || titleMarks.contains($0) } && piece.prefix(11).count <= 10
    }

    private static let titleMarks = Set("（）()/".unicodeScalars)

    /// The next non-empty line starts with a number (a row's 序号) or is a section heading.
    private static func rowFollows(_ lines: [String], from index: Int) -> Bool {
        guard let next = lines[index...].lazy.map(TextNormalizer.collapseWhitespace).first(where: { !$0.isEmpty }) else { return false }
        return next.first?.isASCIIDigit == true || SectionHeading(next) != nil
    }

    /// Splits the pieces into titles, each a run of whole pieces (权力 + 类型):
    /// known titles first, then as few unknown ones as possible, of a title's
    /// usual length (three to six characters). Nil when the pieces are no header.
    static func segment(_ pieces: [String]) -> [String]? {
        // best[i]: cost and titles covering pieces[..<i].
        var best: [(cost: Int, titles: [String])?] = Array(repeating: nil, count: pieces.count + 1)
        best[0] = (0, [])
        for end in 1...max(pieces.count, 1) where end <= pieces.count {
            var title = ""
            var holdsKnownPiece = false
            for start in stride(from: end - 1, through: max(0, end - longestTitle), by: -1) {
                title = pieces[start] + title
                holdsKnownPiece = holdsKnownPiece || ColumnTitles.knownRole(forHeader: pieces[start]) != nil
                // A piece that is a known title is that title, never part of an unknown one.
                if start < end - 1, holdsKnownPiece, ColumnTitles.knownRole(forHeader: title) == nil { continue }
                guard let prefix = best[start], let cost = cost(of: title) else { continue }
                if best[end].map({ prefix.cost + cost < $0.cost }) ?? true {
                    best[end] = (prefix.cost + cost, prefix.titles + [title])
                }
            }
        }
        return best[pieces.count]?.titles
    }

    /// Known titles cost least; unknown ones of a usual length more, odd lengths most.
    private static func cost(of title: String) -> Int? {
        guard let role = ColumnTitles.role(forHeader: title) else { return nil }
        guard role.isExtra else { return 1 }
        return (3...6).contains(title.count) ? 3 : 8
    }

    /// Roles printed under a group title spanning them (权责内容, or 权力事项 over 主项 / 子项).
    private static let subRoles: Set<ColumnRole> = [.basis, .responsibilities, .accountability, .mainItem, .subItem]

    /// A two-row header reads as its first row, then its second: the
    /// second-row titles (the trailing run of sub-titles) take the place of
    /// the group title over them.
    static func regrouped(_ titles: [String]) -> [String] {
        let roles = titles.map { ColumnTitles.role(forHeader: $0) }
        var runStart = titles.count
        while runStart > 0, let role = roles[runStart - 1], subRoles.contains(role) { runStart -= 1 }
        let run = Array(titles[runStart...])
        guard run.count >= 2 else { return titles }
        let runRoles = Set(run.compactMap { ColumnTitles.role(forHeader: $0) })
        let isItemGroup = runRoles.isSubset(of: [.mainItem, .subItem])
        // An unknown title is a group when a first-row title stands between it and
        // the run (the run was printed after the first row), or it says 内容.
        let group = titles[..<runStart].indices.last { index in
            guard let role = roles[index] else { return false }
            if isItemGroup { return role == .name }
            return role.isExtra && (index < runStart - 1 || titles[index].hasSuffix("内容"))
        }
        guard let group else { return titles }
        var result = Array(titles[..<runStart])
        result.replaceSubrange(group...group, with: run)
        return result
    }

    /// Columns for the titles; a second column of one role is known by its title.
    static func distinct(_ titles: [String]) -> [Column] {
        var seen: Set<ColumnRole> = []
        return titles.enumerated().map { index, title in
            var role = ColumnTitles.role(forHeader: title) ?? .extra(title)
            if seen.contains(role) { role = .extra(title) }
            if seen.contains(role) { role = .extra("\(title)\(index + 1)") }
            seen.insert(role)
            return Column(title: title, role: role)
        }
    }
}
