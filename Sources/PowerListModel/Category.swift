/// The canonical power types of SPEC.md, and how printed types map onto them.
public enum PowerCategory {
    public static let canonical: [String] = [
        "行政许可", "行政处罚", "行政强制", "行政征收", "行政征用", "行政给付", "行政检查",
        "行政确认", "行政奖励", "行政裁决", "行政备案", "行政监督", "公共服务", "其他行政权力",
    ]

    public static let other = "其他行政权力"

    /// Types as lists print them: the canonical ones, the variants of "other",
    /// and types provinces invent (which keep their printed name).
    public static let printedNames: [String] = canonical + [
        "其他", "其他类", "其他权力", "其他职权", "其他行政职权", "其它", "其它权力", "其它行政权力",
        "行政其他权力", "其他行政事项", "非行政许可审批", "行政审批", "审核转报", "内部审批",
    ]

    /// The canonical category for a printed type, or `nil` when it is none of them
    /// (a province's own type such as 非行政许可审批 keeps its printed name).
    ///
    /// - `行政处罚` → 行政处罚; `行政检查类` → 行政检查 (a trailing 类 names the same category)
    /// - `其他`, `其他类`, `其它权力`, `其他行政职权` → 其他行政权力
    /// - `非行政许可审批` → nil
    public static func canonicalize(_ raw: String) -> String? {
        let printed = TextNormalizer.removingWhitespace(raw)
        if canonical.contains(printed) { return printed }
        if printed.hasSuffix("类"), canonical.contains(String(printed.dropLast())) { return String(printed.dropLast()) }
        // Every "other" variant: 其他, 其他类, 其他权力, 其他行政职权, 其他职权, 其它…
        if (printed.hasPrefix("其他") || printed.hasPrefix("其它")) && printed.count <= 8 && !printed.contains(where: \.isPunctuation) {
            return other
        }
        return nil
    }

    /// True when `fragment` could be what is left of a printed type after a lost
    /// line or two (权力 of 其他权力, 处罚 of 行政处罚).
    public static func isFragment(_ fragment: String) -> Bool {
        guard fragment.count >= 2 else { return false }
        return canonical.contains { $0.contains(fragment) } || ["其他权力", "其他职权", "其他类"].contains { $0.contains(fragment) }
    }
}
