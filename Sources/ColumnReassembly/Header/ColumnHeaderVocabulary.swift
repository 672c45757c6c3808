import PowerListModel

/// The printed column titles of power-list tables and the roles they name.
/// Counties word their headers differently (权力事项 / 事项名称 / 职权名称 …);
/// every reassembler asks this one vocabulary, so a new wording is added once.
public enum ColumnHeaderVocabulary {
    static let titles: [String: ColumnRole] = {
        var titles: [String: ColumnRole] = [:]
        func add(_ role: ColumnRole, _ words: [String]) {
            for word in words { titles[word] = role }
        }
        add(.seq, ["序号", "编号", "总序号"])
        add(.category, ["权力类型", "职权类型", "事项类型", "类型", "类别", "权力类别", "职权类别", "事项类别"])
        add(.name, ["权力事项", "事项名称", "职权名称", "权力名称", "权力事项名称", "项目名称", "职权事项"])
        add(.subject, ["行政主体", "实施主体", "责任主体", "执法主体", "行使主体"])
        add(.basis, ["实施依据", "设定依据", "法律依据", "依据", "设定和实施依据"])
        add(.responsibilities, ["责任事项"])
        add(.accountability, ["追责情形", "问责情形", "追究责任情形"])
        add(.remarks, ["备注"])
        add(.code, ["权力编码", "事项编码", "职权编码", "编码"])
        return titles
    }()

    /// The role a printed column title names; `.extra(title)` for a title that
    /// looks like a header but is none of the known ones; `nil` for text that is
    /// no header at all (a cell's content).
    public static func role(forHeader text: String) -> ColumnRole? {
        let title = TextNormalizer.removingWhitespace(text)
        // Callers ask about every cell and fragment, mostly long content: turn
        // those away before hashing (Swift hashes a String's normalized form)
        // and counting Characters, which dominated PDF conversion profiles.
        // No title (nor a string canonically equivalent to one) exceeds this.
        guard title.unicodeScalars.count <= maxTitleLength else { return nil }
        if let role = titles[title] { return role }
        return looksLikeTitle(title) ? .extra(title) : nil
    }

    /// The longest title `looksLikeTitle` accepts, longer than every known one.
    private static let maxTitleLength = 10

    /// True when at least three cells are known column titles: a header row,
    /// not a content row that happens to hold a short word.
    public static func isHeaderRow(_ cells: [String]) -> Bool {
        cells.count { cell in
            guard let role = role(forHeader: cell) else { return false }
            if case .extra = role { return false }
            return true
        } >= 3
    }

    /// A header is a short run of ideographs (行使层级, 承办机构, 追责依据),
    /// possibly with a parenthesized note; content cells are longer or carry
    /// digits and sentence punctuation.
    private static func looksLikeTitle(_ title: String) -> Bool {
        guard (2...maxTitleLength).contains(title.count) else { return false }
        return title.unicodeScalars.allSatisfy { scalar in
            isIdeograph(scalar) || "（）()/".unicodeScalars.contains(scalar)
        } && title.unicodeScalars.contains(where: isIdeograph)
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
