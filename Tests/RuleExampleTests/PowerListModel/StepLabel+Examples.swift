import PowerListModel
import Testing

extension StepLabel {
    static let ruleExamples =
        [RuleExample](rule: "StepLabel.split(_:)", [
            Example("立案责任：予以审查", "立案责任|予以审查"),
            Example("决定责任:当场告知", "决定责任|当场告知"),
            Example("审查责任 按照“事项清单”审核", "审查责任|按照“事项清单”审核"),
            Example("事后监管责任： 生成单位申报单", "事后监管责任|生成单位申报单"),
            Example("受理阶段责任：公示", "受理阶段责任|公示"),
            Example("审查和决定阶段责任：审查", "审查和决定阶段责任|审查"),
            Example("记录职责：建立信用记录制度", "记录职责|建立信用记录制度"),
            Example("其他责任：法律法规规章等规定应履行的责任。", "其他责任|法律法规规章等规定应履行的责任。"),
            // Sentences, not labels: too long, or closed by 。, or naming nothing.
            Example("其他法律法规规章文件规定应履行的责任。", "nil"),
            Example("违反法律法规规章规定的责任：审查", "nil"),
            Example("责任：审查", "nil"),
        ]) { text in
            let (name, rest) = StepLabel.split(Array(text.unicodeScalars)[...])
            return name.map { "\($0)|\(String(String.UnicodeScalarView(rest)))" } ?? "nil"
        }
        + [RuleExample](rule: "StepLabel.startsLine(_:)", [
            Example("1、立案责任：发现违法行为", "true"),
            Example("事后监管责任：抽查", "true"),
            Example("（2）审查责任 对材料审查", "true"),
            Example("1、没有法律和事实依据实施行政处罚的；", "false"),
            Example("因不履行或不正确履行行政职责，有下列情形的", "false"),
        ]) { "\(StepLabel.startsLine($0))" }
}

extension PageNumbering {
    static let ruleExamples =
        [RuleExample](rule: "PageNumbering.footer(_:)", [
            Example("第 3 页 共 25 页", "3 of 25"), Example("第3页", "3 of nil"), Example("- 3 -", "3 of nil"), Example("— 12 —", "12 of nil"),
            Example("第0页", "nil"), Example("- -3 -", "nil"), Example("第三条", "nil"), Example("3/27", "nil"),
        ]) { line in PageNumbering.footer(line).map { "\($0.page) of \(described($0.total))" } ?? "nil" }
        + [RuleExample](rule: "PageNumbering.isExplicit(_:)", [
            Example("3/27", "true"), Example("Page 3 of 27", "true"), Example("第 3 页", "true"), Example("3", "false"), Example("1/2/3", "false"),
        ]) { "\(PageNumbering.isExplicit($0))" }
        + [RuleExample](rule: "PageNumbering.matches(_:)", [
            Example("3", "true"), Example("- 3 -", "true"), Example("12a", "false"), Example("", "false"),
        ]) { "\(PageNumbering.matches($0))" }
        + [RuleExample](rule: "PageNumbering.isMisreadFooter(_:)", [
            Example("第9页共9员", "true"), Example("第 12 页 共 27 贝", "true"), Example("弟3页共25页", "true"),
            Example("第9页共9页", "false"), Example("第9员共9员", "false"), Example("第9页共9", "false"),
            Example("第9页共9.", "false"), Example("第三页共9员", "false"), Example("第9项共9项", "false"),
        ]) { "\(PageNumbering.isMisreadFooter($0))" }
}

extension PowerCategory {
    static let ruleExamples = [RuleExample](rule: "PowerCategory.canonicalize(_:)", [
        Example("行政处罚", "行政处罚"), Example("行 政 处 罚", "行政处罚"), Example("行政检查类", "行政检查"),
        Example("其他", "其他行政权力"), Example("其他类", "其他行政权力"), Example("其它权力", "其他行政权力"),
        Example("其他行政职权", "其他行政权力"), Example("公共服务", "公共服务"),
        Example("非行政许可审批", "nil"), Example("其他违反法律法规的行为，", "nil"),
    ]) { described(PowerCategory.canonicalize($0)) }
}
