import PowerListModel
import Testing
@testable import ItemSegmentation

extension StrayEndMarks {
    static let ruleExamples = [RuleExample](rule: "StrayEndMarks.trimmed(_:)", [
        Example(",对定点医疗机构的监督检查", "对定点医疗机构的监督检查"),
        Example("-行政强制", "行政强制"),
        Example("对医疗保险经办机构的处罚|_", "对医疗保险经办机构的处罚"),
        Example("对医疗救助的监督检查-", "对医疗救助的监督检查"),
        Example("对其失信行为实施联合惩戒…", "对其失信行为实施联合惩戒"),
        Example("。赵县医疗保障局，", "赵县医疗保障局"),
        Example("对违法行为的处罚。", "对违法行为的处罚。"),
        Example("（主项）--（子项）", "（主项）--（子项）"),
        Example("《条例》规定的检查", "《条例》规定的检查"),
        Example("-", ""),
    ]) { StrayEndMarks.trimmed($0) } + [RuleExample](rule: "StrayEndMarks.trimEntryNames(of:)", [
        Example("土地荒漠化、盐渍化的处罚，", "土地荒漠化、盐渍化的处罚"),
        // Marks alone: an entry names something, and the summary's schema wants a name.
        Example("、", "、"), Example("-", "-"),
    ]) { name in
        var summary = Summary(declaredTotal: 1, groups: [SummaryGroup(category: "行政检查", categoryRaw: "行政检查", declaredCount: 1, entries: [SummaryEntry(seq: 1, name: name)])])
        StrayEndMarks.trimEntryNames(of: &summary)
        return summary.groups[0].entries[0].name
    } + [RuleExample](rule: "StrayEndMarks.category(_:)", [
        Example("其他“权力", "其他权力"), Example("-行政强制.", "行政强制"), Example("行政许可（审批）", "行政许可（审批）"),
    ]) { StrayEndMarks.category($0) }
}
