/// The printed column titles of power-list tables and the roles they name.
/// Counties word their headers differently (权力事项 / 事项名称 / 职权名称 …);
/// every reader asks this one vocabulary, so a new wording is added once.
public enum ColumnTitles {
    public static let roles: [String: ColumnRole] = {
        var titles: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ words: [String]) {
            for word in words { titles[word] = role }
        }
        add(.seq, ["序号", "编号", "总序号"])
        add(.category, ["权力类型", "职权类型", "事项类型", "类型", "类别", "权力类别", "职权类别", "事项类别", "权责类型", "职权分类", "权力分类"])
        add(.name, ["权力事项", "事项名称", "职权名称", "权力名称", "权力事项名称", "项目名称", "职权事项", "权责事项", "权责事项名称", "职权事项名称"])
        add(.mainItem, ["主项", "主项名称"])
        add(.subItem, ["子项", "子项名称"])
        add(.subject, ["行政主体", "实施主体", "责任主体", "执法主体", "行使主体", "实施机关"])
        add(.basis, ["实施依据", "设定依据", "法律依据", "依据", "设定和实施依据", "法定依据", "职权依据", "设立依据"])
        add(.responsibilities, ["责任事项", "责任内容", "责任事项内容"])
        add(.accountability, ["追责情形", "问责情形", "追究责任情形", "责任追究情形"])
        add(.remarks, ["备注"])
        add(.code, ["权力编码", "事项编码", "职权编码", "编码"])
        return titles
    }()

    /// The roles that hold an item's long content.
    public static let contentRoles: Set<ColumnRole> = [.basis, .responsibilities, .accountability]

    /// The role a printed column title names; `.extra(title)` for a title that
    /// looks like a header but is none of the known ones; nil for text that is
    /// no header at all (a cell's content).
    ///
    /// - `权力类型`, `权 力 类 型` → category; `行使层级` → extra(行使层级)
    /// - `对用人单位不办理医疗保险登记的处罚` → nil (too long for a title)
    public static func role(forHeader text: String) -> ColumnRole? {
        guard !TextNormalizer.holdsMoreScalars(than: maxTitleLength + maxStrayMarks, in: text) else { return nil }
        let compact = TextNormalizer.removingWhitespace(text)
        // A few stray marks may stand at a title's ends (`printedTitle`).
        guard compact.unicodeScalars.count <= maxTitleLength + maxStrayMarks else { return nil }
        let title = trimmingStrays(compact)
        // Readers ask about every cell and fragment, mostly long content: turn
        // those away before hashing (Swift hashes a String's normalized form)
        // and counting Characters, which dominated PDF conversion profiles.
        // No title (nor a string canonically equivalent to one) exceeds this.
        guard title.unicodeScalars.count <= maxTitleLength else { return nil }
        // Every title, known or not, is ideographs and brackets (`looksLikeTitle`):
        // a short cell with a digit or a mark is turned away before hashing too.
        guard title.unicodeScalars.allSatisfy(isTitleScalar) else { return nil }
        if let role = roles[title] { return role }
        guard looksLikeTitle(title) else { return nil }
        return misreadRole(title) ?? .extra(title)
    }

    /// The role the known titles of four or more characters that `title`
    /// differs from in one character only all name: OCR misreads a character
    /// of a title where print touches the row's rules (`妃责情形`, `不力事项`).
    /// A title one character from known ones of two roles stays unknown
    /// (`妃责情形` is one from 追责情形 and 问责情形, both accountability).
    ///
    /// - `妃责情形` → accountability; `相力类型` → category; `行政处罚` → nil
    private static func misreadRole(_ title: String) -> ColumnRole? {
        let scalars = Array(title.unicodeScalars)
        guard scalars.count >= 4 else { return nil }
        let near = (titlesByLength[scalars.count] ?? []).filter { known in
            zip(known, scalars).count(where: !=) == 1
        }
        let named = Set(near.compactMap { roles[String(String.UnicodeScalarView($0))] })
        return named.count == 1 ? named.first : nil
    }

    private static let titlesByLength: [Int: [[Unicode.Scalar]]] = Dictionary(grouping: roles.keys.sorted().map { Array($0.unicodeScalars) }, by: \.count)

    /// A cell's text as a title: without white space, and without stray marks
    /// at its ends, which no title carries (a speck beside a scanned title is
    /// read as `.` or `'`).
    ///
    /// - `权 力 事 项` → 权力事项; `权力事项 .` → 权力事项; `’追责情形` → 追责情形
    /// - `SB追责情形` → 追责情形 (a speck at 追's foot read as two letters); `ID编码` kept
    public static func printedTitle(_ text: String) -> String {
        trimmingStrays(TextNormalizer.removingWhitespace(text))
    }

    /// `compact` without stray marks at its ends, and without Latin letters
    /// there too when that leaves a known title: Tesseract reads a speck
    /// beside a scanned title as a letter as well as a mark.
    private static func trimmingStrays(_ compact: String) -> String {
        let title = trimmingStrayMarks(compact)
        guard let first = title.unicodeScalars.first, let last = title.unicodeScalars.last,
              isLatinLetter(first) || isLatinLetter(last), roles[title] == nil else { return title }
        var scalars = Substring(title).unicodeScalars
        while let first = scalars.first, isLatinLetter(first) || isStrayMark(first) { scalars.removeFirst() }
        while let last = scalars.last, isLatinLetter(last) || isStrayMark(last) { scalars.removeLast() }
        let known = String(scalars)
        return roles[known] == nil ? title : known
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isAlphabetic
    }

    /// `compact` (without white space) without stray marks at its ends.
    private static func trimmingStrayMarks(_ compact: String) -> String {
        // Every fragment of every page comes here: most end in no mark, and are kept as they are.
        guard let first = compact.unicodeScalars.first, let last = compact.unicodeScalars.last,
              isStrayMark(first) || isStrayMark(last) else { return compact }
        var scalars = Substring(compact).unicodeScalars
        while let first = scalars.first, isStrayMark(first) { scalars.removeFirst() }
        while let last = scalars.last, isStrayMark(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// Marks a scan's specks are read as (a switch, not a set: no hashing
    /// for every fragment of every page).
    private static func isStrayMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ":", ";", "'", "`", "\"", "*", "^", "-", "_", "|", "~", "°", "·", "‘", "’", "“", "”", "•", "…", "⋯",
             "、", "。", "，", "：", "；": true
        default: false
        }
    }

    /// The most stray marks `role(forHeader:)` looks past at a title's ends.
    private static let maxStrayMarks = 4

    /// The role of a known title only (`.extra` titles count as none).
    public static func knownRole(forHeader text: String) -> ColumnRole? {
        guard let role = role(forHeader: text), !role.isExtra else { return nil }
        return role
    }

    /// The detail table's header, when `cells` are one: every filled cell a
    /// title, at least three known ones, one of them a content column, and the
    /// item's name or number among them. A summary table's header (序号 权力类型
    /// 备注) does not qualify. Empty cells become untitled extra columns;
    /// trailing ones are dropped.
    ///
    /// - `序号 权力类型 权力事项 行政主体 实施依据 责任事项 追责情形 备注` → eight columns
    /// - `序号 权力类型 项目名称 备注` → nil
    public static func detailColumns(_ cells: [String]) -> [Column]? {
        var columns: [Column] = []
        var known = Set<ColumnRole>()
        for cell in cells {
            let title = printedTitle(cell)
            guard !title.isEmpty else {
                columns.append(Column(title: "", role: .extra("")))
                continue
            }
            guard let role = role(forHeader: title) else { return nil }
            if !role.isExtra { known.insert(role) }
            columns.append(Column(title: title, role: role))
        }
        guard isDetailHeader(known) else { return nil }
        while columns.last?.title.isEmpty == true { columns.removeLast() }
        return columns
    }

    /// Whether the known roles of a header row make it a detail table's header.
    public static func isDetailHeader(_ known: Set<ColumnRole>) -> Bool {
        known.count >= 3 && !known.isDisjoint(with: contentRoles) && (known.contains(.name) || known.contains(.seq))
    }

    /// The summary table's own header: column titles only (序号 / 类别 /
    /// 项目名称 / 备注 …), none of them a detail table's content column.
    ///
    /// - `序号 权力类型 项目名称 备注` → true
    /// - `序号 权力事项 实施依据` → false
    public static func isSummaryHeader(_ cells: [String]) -> Bool {
        // Every line of a detail page is asked: the first cell that is neither
        // a summary title nor any title ends the test, before the others are read.
        var count = 0, allSummaryTitles = true, allTitles = true, namesContent = false, namesKey = false
        for cell in cells {
            let title = printedTitle(cell)
            guard !title.isEmpty else { continue }
            count += 1
            let role = role(forHeader: title)
            // No summary title is longer than a title (hashing a long cell costs).
            let isSummaryTitle = title.unicodeScalars.count <= maxTitleLength && summaryTitles.contains(title)
            guard role != nil || isSummaryTitle else { return false }
            allSummaryTitles = allSummaryTitles && isSummaryTitle
            guard let role else { allTitles = false; continue }
            namesContent = namesContent || contentRoles.contains(role)
            namesKey = namesKey || [.seq, .category, .name].contains(role)
        }
        guard count >= 2 else { return false }
        return allSummaryTitles || (allTitles && !namesContent && namesKey)
    }

    /// Known titles printed without a gap between them (narrow spreadsheet
    /// cells filled to their edge), in order; nil unless `text` is two or
    /// more known titles and nothing else.
    ///
    /// - `类别及序号项目名称` → 类别及序号, 项目名称
    /// - `序号权力类型` → 序号, 权力类型
    /// - `权力事项`, `事项名称备注说明` → nil
    public static func titlesRunTogether(_ text: String) -> [String]? {
        let scalars = Array(TextNormalizer.removingWhitespace(text).unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 4 * maxTitleLength else { return nil }
        // Every fragment of every page comes here: text that does not start
        // and end as known titles do is none, without building candidates.
        guard let first = scalars.first, let last = scalars.last,
              knownTitleEdges.first.contains(first), knownTitleEdges.last.contains(last) else { return nil }
        func isKnown(_ range: Range<Int>) -> Bool {
            var title = String.UnicodeScalarView()
            title.append(contentsOf: scalars[range])
            return roles[String(title)] != nil || summaryTitles.contains(String(title))
        }
        // The fewest titles covering the text, each known (shortest split, then leftmost cuts).
        var best: [[Int]?] = Array(repeating: nil, count: scalars.count + 1)
        best[0] = []
        for end in 1...scalars.count {
            for start in 0..<end where end - start <= maxTitleLength {
                guard let before = best[start], isKnown(start..<end) else { continue }
                if best[end] == nil || before.count + 1 < best[end]!.count { best[end] = before + [end] }
            }
        }
        guard let ends = best[scalars.count], ends.count >= 2 else { return nil }
        return zip([0] + ends.dropLast(), ends).map { start, end in
            var title = String.UnicodeScalarView()
            title.append(contentsOf: scalars[start..<end])
            return String(title)
        }
    }

    /// The first and last scalars of the known titles.
    private static let knownTitleEdges: (first: Set<Unicode.Scalar>, last: Set<Unicode.Scalar>) = {
        let titles = Array(roles.keys) + Array(summaryTitles)
        return (Set(titles.compactMap(\.unicodeScalars.first)), Set(titles.compactMap(\.unicodeScalars.last)))
    }()

    private static let summaryTitles: Set<String> = [
        "序号", "总序号", "类别序号", "类别及序号", "权力类型", "项目名称", "项目名称及数量",
        "事项名称", "权力事项", "备注", "类别", "数量",
    ]

    /// The longest title `looksLikeTitle` accepts, longer than every known one.
    private static let maxTitleLength = 10

    /// A header is a short run of ideographs (行使层级, 承办机构, 追责依据),
    /// possibly with a parenthesized note; content cells are longer or carry
    /// digits and sentence punctuation.
    private static func looksLikeTitle(_ title: String) -> Bool {
        guard (2...maxTitleLength).contains(title.unicodeScalars.count) else { return false }
        return title.unicodeScalars.allSatisfy(isTitleScalar) && title.unicodeScalars.contains(where: \.isCJKIdeograph)
    }

    private static func isTitleScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "（", "）", "(", ")", "/": true
        default: scalar.isCJKIdeograph
        }
    }
}

extension ColumnRole {
    public var isExtra: Bool {
        if case .extra = self { return true }
        return false
    }
}
