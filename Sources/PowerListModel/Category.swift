/// The canonical power types of SPEC.md, and how printed types map onto them.
public enum PowerCategory {
    public static let canonical: [String] = [
        "行政许可", "行政处罚", "行政强制", "行政征收", "行政征用", "行政给付", "行政检查",
        "行政确认", "行政奖励", "行政裁决", "行政备案", "行政监督", "公共服务", "其他行政权力",
    ]

    public static let other = "其他行政权力"

    /// The canonical category for a printed type, or `nil` when it is none of them
    /// (a province's own type such as 非行政许可审批 keeps its printed name).
    public static func canonicalize(_ raw: String) -> String? {
        let printed = raw.filter { !$0.isWhitespace }
        if canonical.contains(printed) { return printed }
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
