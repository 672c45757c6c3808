import PowerListModel

/// Recognizes the detail table's header row: it names the item, and at least
/// one of the long content columns. A summary table's header (序号 权力类型 备注)
/// does not qualify.
public enum DetailHeader {
    public static func roles(of cells: [String]) -> [ColumnRole]? {
        var roles: [ColumnRole] = []
        var known = 0
        for cell in cells {
            let title = TextNormalizer.removingWhitespace(cell)
            if title.isEmpty {
                roles.append(.extra(""))
                continue
            }
            guard let role = ColumnHeaderVocabulary.role(forHeader: title) else { return nil }
            if case .extra = role {} else { known += 1 }
            roles.append(role)
        }
        let hasContent = roles.contains(.basis) || roles.contains(.responsibilities) || roles.contains(.accountability)
        guard known >= 3, hasContent, roles.contains(.name) || roles.contains(.seq) else { return nil }
        while case .extra("")? = roles.last { roles.removeLast() }
        return roles
    }
}

/// Shapes of summary-table lines shared by every reassembler.
public enum SummaryShape {
    /// `一、行政处罚 共 3项`, `一、行政许可（0项）`, `二、行政处罚类（7项）`: a Chinese
    /// ordinal (or any ordinal with a declared count) and a category name. A
    /// numbered sentence (`10、其他违反…的行为。`) is not one.
    public static func isCategoryHeading(_ text: String) -> Bool {
        // Most lines have no ordinal separator at all: a scan of scalars turns
        // them away before the slower Character-by-Character reading below.
        guard text.unicodeScalars.contains(where: { $0 == "、" || $0 == "." || $0 == "．" }) else { return false }
        let compact = TextNormalizer.removingWhitespace(text)
        guard let separator = compact.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }) else { return false }
        let ordinal = compact[..<separator]
        let chineseOrdinal = ChineseNumeral.value(of: ArraySlice(ordinal.unicodeScalars)) != nil
        guard chineseOrdinal || (!ordinal.isEmpty && ordinal.allSatisfy(\.isNumber)) else { return false }
        var name = compact[compact.index(after: separator)...]
        let counted = name.hasSuffix("项）") || name.hasSuffix("项)") || (name.hasSuffix("项") && name.contains("共"))
        if let open = name.firstIndex(where: { $0 == "（" || $0 == "(" || $0 == "共" }) { name = name[..<open] }
        guard (1...10).contains(name.count), name.allSatisfy({ !$0.isPunctuation }) else { return false }
        return counted || (chineseOrdinal && PowerCategory.canonicalize(String(name)) != nil)
    }

    /// The summary table's own header: 序号 / 权力类型 / 项目名称 / 备注 and no content column.
    public static func isSummaryHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 2 else { return false }
        return cells.allSatisfy { cell in
            let title = TextNormalizer.removingWhitespace(cell)
            return ["序号", "总序号", "类别序号", "类别及序号", "权力类型", "项目名称", "项目名称及数量", "事项名称", "权力事项", "备注", "类别", "数量"].contains(title)
        }
    }
}
