import PowerListModel

/// A title printed over several columns of a two-row header (`权责内容` over
/// 实施依据 / 责任事项 / 追责情形, `权力事项` over 主项 / 子项): it names no
/// column of its own, the titles under it do. Such a title stands above the
/// header's lower row, with lower titles on both sides of its middle and
/// titles of the upper row (spanning both rows: 序号, 备注) beside them but
/// none between. The upper half of a stacked title (权力 over 类型) makes a
/// title with what stands under it instead; a caption over a one-row header
/// has no upper row beside it.
enum GroupTitle {
    static func isGroupTitle(_ candidate: TextFragment, among fragments: [TextFragment], lineHeight: Double) -> Bool {
        guard isTitle(candidate) else { return false }
        let lowerRowTop = candidate.y1 - 0.3 * lineHeight
        let titles = fragments.filter { $0 != candidate && isTitle($0) && $0.y0 < candidate.y1 + 2.5 * lineHeight }
        let lower = titles.filter { $0.y0 >= lowerRowTop }
        let upper = titles.filter { $0.y0 < lowerRowTop && $0.y1 > candidate.y0 - 0.3 * lineHeight }
        let middle = candidate.midX
        if let under = lower.filter({ $0.x0 < middle && $0.x1 > middle }).min(by: { $0.y0 < $1.y0 }),
           ColumnTitles.knownRole(forHeader: candidate.compactText + under.compactText) != nil {
            return false
        }
        let left = lower.filter { $0.x1 < middle }.max { $0.midX < $1.midX }
        let right = lower.filter { $0.x0 > middle }.min { $0.midX < $1.midX }
        // The data row below may hold short title-like words (赵县, 行政); a
        // known title on one side says this is the header's lower row.
        guard let left, let right, [left, right].contains(where: { ColumnTitles.knownRole(forHeader: $0.compactText) != nil }) else { return false }
        // A title of the upper row beside the group: a caption centred over
        // a one-row header has none.
        let beside = upper.filter { $0.midX < left.midX || $0.midX > right.midX }
        return !beside.isEmpty && !upper.contains { $0.midX > left.midX && $0.midX < right.midX }
    }

    private static func isTitle(_ fragment: TextFragment) -> Bool {
        ColumnTitles.role(forHeader: fragment.compactText) != nil
    }
}
