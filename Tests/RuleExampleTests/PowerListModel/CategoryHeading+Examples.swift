import PowerListModel
import Testing

extension CategoryHeading {
    static let ruleExamples: [RuleExample] =
        [RuleExample](rule: "CategoryHeading.parse(_:)", [
            Example("一、行政处罚 共 3项", "行政处罚 3"),
            // Colons and commas at the name's ends are no part of it.
            Example("一、行政处罚：共 3项", "行政处罚 3"),
            Example("二、：行政强制，（2项）", "行政强制 2"),
            Example("一、行政许可（0项）", "行政许可 0"),
            Example("二、行政处罚类（7项）", "行政处罚类 7"),
            Example("十一、其他类（1项）", "其他类 1"),
            Example("六、其他权力 共 10 项", "其他权力 10"),
            Example("三、非行政许可审批（2项）", "非行政许可审批 2"),
            Example("三、行政许可", "行政许可 nil"),
            Example("1、行政许可（3项）", "行政许可 3"),
            Example("行政检查（4项）", "行政检查 4"),
            // A scan's slips round the count.
            Example("一、行政许可“0项)", "行政许可 0"),
            Example("七、行政确认(3项) |", "行政确认 3"),
            Example("三、行政强制(LT项)", "行政强制 nil"),
            Example("三、行政给付(1)", "行政给付 1"),
            Example("三、行政给付(1)的", "nil"),
            // The count's 1 read as a stroke; beside a digit, the digit is the count.
            Example("十、行政备案〈]项)", "行政备案 1"),
            Example("十、行政备案〈]2项)", "行政备案 2"),
            Example("二、行政处罚“7项)的", "nil"),
            // A bold ordinal read as a mark or two: counted and canonical.
            Example("= 行政给付 共1 项", "行政给付 1"),
            Example("=.行政给付共1项", "行政给付 1"),
            Example("= 行政给付", "nil"),
            Example("= 某某事项 共1项", "nil"),
            // A mark after the count.
            Example("四、行政检查共4 项 。", "行政检查 4"),
            Example("三、行政给付共 1 项 |", "行政给付 1"),
            // Numbered sentences and entries are no headings.
            Example("10、其他违反法律法规规章文件规定的行为。", "nil"),
            Example("1、行政许可", "nil"),
            Example("三、总则", "nil"),
            Example("（共六类、26 项）", "nil"),
            Example("对用人单位不办理医疗保险登记的处罚", "nil"),
        ]) { text in CategoryHeading.parse(text).map { "\($0.category) \(described($0.declaredCount))" } ?? "nil" }
}

extension DepartmentHeading {
    static let ruleExamples = [RuleExample](rule: "DepartmentHeading.parse(_:)", [
        Example("一、区发展和改革委员会", "区发展和改革委员会"),
        Example("二、县医疗保障局", "县医疗保障局"),
        Example("十二、区人民政府办公室", "区人民政府办公室"),
        Example("一、行政许可", "nil"),
        Example("一、总则", "nil"),
        Example("1、县医疗保障局", "nil"),
    ]) { described(DepartmentHeading.parse($0)) }
}

extension SectionHeading {
    static let ruleExamples = [RuleExample](rule: "SectionHeading.init(_:)", [
        Example("二、行政处罚（7项）", "category(\"行政处罚\") 7"),
        Example("一、区发展和改革委员会", "department(\"区发展和改革委员会\") nil"),
        Example("赵县医疗保障局权责清单", "nil"),
    ]) { text in SectionHeading(text).map { "\($0.kind) \(described($0.declaredCount))" } ?? "nil" }
}

extension ItemCount {
    static let ruleExamples =
        [RuleExample](rule: "ItemCount.parse(_:)", [
            Example("17项", "17"), Example("（0项）", "0"), Example("（共六类、26 项）", "26"), Example("共五类", "nil"),
        ]) { described(ItemCount.parse($0)) }
        + [RuleExample](rule: "ItemCount.declaredTotal(in:)", [
            Example("（共六类、26 项）", "26"), Example("合计17项", "nil"), Example("赵县医疗保障局权责清单", "nil"),
        ]) { described(ItemCount.declaredTotal(in: $0)) }
}

extension TotalRow {
    static let ruleExamples = [RuleExample](rule: "TotalRow.parse(_:)", [
        Example(["合计", "17项"], "total 17"),
        Example(["共计：17项"], "total 17"),
        Example(["总计"], "total nil"),
        Example(["1", "合计"], "nil"),
    ]) { cells in TotalRow.parse(cells).map { "total \(described($0))" } ?? "nil" }
}

extension PrintedSeq {
    static let ruleExamples = [RuleExample](rule: "PrintedSeq.parse(_:)", [
        Example("12", "12"), Example("999999", "999999"), Example("0", "nil"), Example("-3", "nil"),
        Example("1234567", "nil"), Example("1.5", "nil"), Example("一", "nil"),
    ]) { described(PrintedSeq.parse($0)) }
        + [RuleExample](rule: "PrintedSeq.parse(cell:)", [
            Example("12", "12"), Example("1.", "1"), Example("3、", "3"), Example("1。", "1"), Example("18-", "18"),
            Example("1.5", "nil"), Example("1..", "nil"), Example("。", "nil"),
        ]) { described(PrintedSeq.parse(cell: $0)) }
        + [RuleExample](rule: "PrintedSeq.isUnreadable(cell:)", [
            Example("]1", "true"), Example("“4.", "true"), Example("0", "true"), Example("12", "false"), Example("1.", "false"),
            Example("合计", "false"), Example("一", "false"), Example("1a", "false"),
        ]) { "\(PrintedSeq.isUnreadable(cell: $0))" }
}

extension SummaryRow {
    static let ruleExamples = [RuleExample](rule: "SummaryRow.init(cells:)", [
        Example(["一、行政处罚 共 3项"], "heading(category: \"行政处罚\", declaredCount: Optional(3))"),
        Example(["1", "1", "对甲的处罚"], "entry(seq: Optional(1), category: nil, name: \"对甲的处罚\")"),
        Example(["2", "行政处罚", "对乙的处罚", "备注"], "entry(seq: Optional(2), category: Optional(\"行政处罚\"), name: \"对乙的处罚\")"),
        Example(["3", "", "对丙的检查"], "entry(seq: Optional(3), category: nil, name: \"对丙的检查\")"),
        Example(["合计", "17项"], "total(Optional(17))"),
        Example(["]1", "2", "对丁的确认"], "entry(seq: nil, category: nil, name: \"对丁的确认\")"),
        Example(["13", "“4.", "对戊的确认"], "entry(seq: Optional(13), category: nil, name: \"对戊的确认\")"),
        Example(["口", "3", "对己的处罚"], "entry(seq: nil, category: nil, name: \"对己的处罚\")"),
        Example(["注：", "1", "本表为统计口径"], "nil"),
        Example(["口", "对己的处罚"], "nil"),
        Example(["序号"], "nil"),
        Example(["12"], "nil"),
        Example(["注：本表为统计口径"], "nil"),
    ]) { described(SummaryRow(cells: $0)) }
}
