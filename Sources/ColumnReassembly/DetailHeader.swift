import PowerListModel

/// Recognizes the detail table's header row: it names the item, and at least
/// one of the long content columns. A summary table's header (序号 权力类型 备注)
/// does not qualify.
public enum DetailHeader {
    public static func roles(of cells: [String]) -> [ColumnRole]? {
        var roles: [ColumnRole] = []
        var known = 0
        for cell in cells {
            let title = cell.filter { !$0.isWhitespace }
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
    /// `一、行政处罚 共 3项`, `一、行政许可（0项）`, `二、行政处罚类（7项）`.
    public static func isCategoryHeading(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        guard let separator = compact.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }) else { return false }
        let ordinal = compact[..<separator]
        guard !ordinal.isEmpty, ordinal.allSatisfy({ ChineseNumeral.digits.keys.contains($0) || $0.isNumber }) else { return false }
        let rest = compact[compact.index(after: separator)...]
        return rest.hasSuffix("项）") || rest.hasSuffix("项)") || rest.hasSuffix("项") || PowerCategory.canonicalize(String(rest)) != nil
    }

    /// The summary table's own header: 序号 / 权力类型 / 项目名称 / 备注 and no content column.
    public static func isSummaryHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 2 else { return false }
        return cells.allSatisfy { cell in
            let title = cell.filter { !$0.isWhitespace }
            return ["序号", "总序号", "类别序号", "类别及序号", "权力类型", "项目名称", "项目名称及数量", "事项名称", "权力事项", "备注", "类别", "数量"].contains(title)
        }
    }
}

public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "十": 10, "百": 100, "两": 2,
    ]

    /// 十一 → 11, 二十 → 20, 一百零四 → 104; nil when not a numeral.
    public static func value(of text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0, current = 0
        for character in text {
            guard let digit = digits[character] else { return nil }
            switch digit {
            case 10, 100:
                total += max(current, 1) * digit
                current = 0
            default:
                current = digit
            }
        }
        return total + current
    }
}
