import PowerListModel
import Testing

extension ColumnTitles {
    static let ruleExamples: [RuleExample] =
        [RuleExample](rule: "ColumnTitles.role(forHeader:)", [
            Example("序号", "seq"), Example("编 号", "seq"),
            Example("权力类型", "category"), Example("职权类型", "category"), Example("事项类型", "category"), Example("类型", "category"),
            Example("类别", "category"), Example("权责类型", "category"), Example("职权分类", "category"),
            Example("权力事项", "name"), Example("事项名称", "name"), Example("职权名称", "name"), Example("权力名称", "name"),
            Example("权力事项名称", "name"), Example("项目名称", "name"), Example("权责事项", "name"), Example("权责事项名称", "name"),
            Example("主项", "mainItem"), Example("子项名称", "subItem"),
            Example("行政主体", "subject"), Example("实施主体", "subject"), Example("责任主体", "subject"), Example("执法主体", "subject"), Example("实施机关", "subject"),
            Example("实施依据", "basis"), Example("设定依据", "basis"), Example("法律依据", "basis"), Example("依据", "basis"), Example("法定依据", "basis"), Example("职权依据", "basis"),
            Example("责任事项", "responsibilities"), Example("责任内容", "responsibilities"),
            Example("追责情形", "accountability"), Example("问责情形", "accountability"), Example("追究责任情形", "accountability"), Example("责任追究情形", "accountability"),
            Example("备　注", "remarks"),
            Example("权力编码", "code"), Example("事项编码", "code"), Example("职权编码", "code"), Example("编码", "code"),
            // Titles outside the vocabulary: extra columns keyed by their title.
            Example("行使层级", "extra(\"行使层级\")"), Example("承办机构", "extra(\"承办机构\")"), Example("追责依据", "extra(\"追责依据\")"),
            Example("备注（说明）", "extra(\"备注（说明）\")"),
            // Specks beside a scanned title, read as marks at its ends.
            Example("权力事项 .", "name"), Example("’追责情形", "accountability"), Example("责任事项：", "responsibilities"),
            Example("… 权力 事项", "name"),
            // …and as Latin letters, dropped when a known title is left.
            // A character misread where print touches the row's rules: the one known title a character away.
            Example("妃责情形", "accountability"), Example("不力事项", "name"), Example("相力类型", "category"), Example("责任事顶", "responsibilities"),
            Example("行政处罚", "extra(\"行政处罚\")"), Example("权力类别", "category"), Example("权力类x", "nil"),
            Example("SB追责情形", "accountability"), Example("备注l", "remarks"), Example("ID编码", "code"), Example("A级事项", "nil"),
            // Content is no title.
            Example("1", "nil"), Example("对用人单位不办理医疗保险登记的处罚", "nil"), Example("《中华人民共和国社会保险法》第八十四条", "nil"),
            Example("第 3 页 共 27 页", "nil"), Example("", "nil"), Example("。", "nil"),
            // A title is ideographs and brackets: a digit or a mark inside makes none.
            Example("权力事项2", "nil"), Example("权力、事项", "nil"), Example("依据/说明", "extra(\"依据/说明\")"),
        ]) { described(ColumnTitles.role(forHeader: $0)) }
        + [RuleExample](rule: "ColumnTitles.detailColumns(_:)", [
            Example(["序号", "权力类型", "权力事项", "行政主体", "实施依据"], "seq category name subject basis"),
            Example(["编号", "行使层级", "事项名称", "承办机构", "设定依据"], "seq extra(\"行使层级\") name extra(\"承办机构\") basis"),
            Example(["权力事项", "", "实施依据", "责任事项", "", ""], "name extra(\"\") basis responsibilities"),
            Example(["序号", "权力类型", "权力事项 .", "行政主体", "“实施依据"], "seq category name subject basis"),
            // A summary table's header names no content column.
            Example(["序号", "权力类型", "项目名称", "备注"], "nil"),
            Example(["行使层级", "承办机构", "备注"], "nil"),
            Example(["1", "行政处罚", "对用人单位不办理医疗保险登记的处罚"], "nil"),
        ]) { ColumnTitles.detailColumns($0).map { $0.map { "\($0.role)" }.joined(separator: " ") } ?? "nil" }
        + [RuleExample](rule: "ColumnTitles.printedTitle(_:)", [
            Example("权 力 事 项", "权力事项"), Example("权力事项 .", "权力事项"), Example("’追责情形", "追责情形"),
            Example("备注（说明）", "备注（说明）"), Example("。，", ""),
        ]) { ColumnTitles.printedTitle($0) }
        + [RuleExample](rule: "ColumnTitles.titlesRunTogether(_:)", [
            Example("类别及序号项目名称", "类别及序号|项目名称"), Example("序号权力类型", "序号|权力类型"),
            Example("总序号类别序号项目名称", "总序号|类别序号|项目名称"), Example("实施依据责任事项追责情形", "实施依据|责任事项|追责情形"),
            Example("权力事项", "nil"), Example("事项名称备注说明", "nil"), Example("序号", "nil"), Example("对用人单位不办理", "nil"),
        ]) { ColumnTitles.titlesRunTogether($0)?.joined(separator: "|") ?? "nil" }
        + [RuleExample](rule: "ColumnTitles.isSummaryHeader(_:)", [
            Example(["序号", "权力类型", "项目名称", "备注"], "true"),
            Example(["类别序号", "总序号", "事项名称"], "true"),
            Example(["序号", "类别", "权力事项", "备注"], "true"),
            Example(["序号", "权力事项", "实施依据"], "false"),
            Example(["序号"], "false"),
            // A cell that is no title ends the test, wherever it stands.
            Example(["序号", "对用人单位不办理社会保险登记的处罚", "备注"], "false"),
            Example(["序号", "。", "权力类型", "项目名称及数量"], "true"),
            Example(["数量", "承办机构"], "false"),
        ]) { "\(ColumnTitles.isSummaryHeader($0))" }
}
