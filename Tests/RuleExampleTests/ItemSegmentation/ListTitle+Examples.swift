import PowerListModel
import Testing
@testable import ItemSegmentation

extension ListTitle {
    static let ruleExamples = [RuleExample](rule: "ListTitle.init(_:)", [
        Example("邢台市襄都区医疗保障局权责清单（2025年版）", "邢台市襄都区医疗保障局权责清单 | owner 邢台市襄都区医疗保障局 | edition 2025年版 | caption nil"),
        Example("赵县医疗保障局权责清单事项总表", "赵县医疗保障局权责清单 | owner 赵县医疗保障局 | edition nil | caption nil"),
        Example("某县某局权责清单（示例）", "某县某局权责清单（示例） | owner 某县某局 | edition nil | caption nil"),
        Example("某区某局权力清单和责任清单（行政检查类）", "某区某局权力清单和责任清单 | owner 某区某局 | edition nil | caption 行政检查类"),
        Example("某县某局权责清单（2023年本）（试行）", "某县某局权责清单（试行） | owner 某县某局 | edition 2023年本 | caption nil"),
        Example("邢台市襄都区医疗保障局权责清单《2025年版)", "邢台市襄都区医疗保障局权责清单 | owner 邢台市襄都区医疗保障局 | edition 2025年版 | caption nil"),
        Example("某县某局权责清单〈2024版〉", "某县某局权责清单 | owner 某县某局 | edition 2024版 | caption nil"),
        // One bracket lost: still the edition, ending the line.
        Example("邢台市襄都区医疗保障局权责清单2025年版)", "邢台市襄都区医疗保障局权责清单 | owner 邢台市襄都区医疗保障局 | edition 2025年版 | caption nil"),
        Example("邢台市襄都区医疗保障局权责清单《2025年版", "邢台市襄都区医疗保障局权责清单 | owner 邢台市襄都区医疗保障局 | edition 2025年版 | caption nil"),
        Example("某县某局权责清单2025年版说明", "某县某局权责清单 | owner 某县某局 | edition nil | caption nil"),
        // A book title's marks are no parenthetical of the title's.
        Example("某县某局权责清单《实施细则》", "某县某局权责清单 | owner 某县某局 | edition nil | caption nil"),
        Example("（共六类、26 项）", "nil"),
        Example("清单", "nil"),
    ]) { line in
        ListTitle(line).map { "\($0.title) | owner \($0.owner) | edition \(described($0.edition)) | caption \(described($0.captionCategory))" } ?? "nil"
    }
}

extension ListTitle {
    static let misreadTitleExamples = [RuleExample](rule: "ListTitle.edition(ending:naming:)", [
        Example("潍坊市昌乐县自然资源和规划局权责清音(2024年版) | 潍坊市昌乐县自然资源和规划局", "2024年版"),
        Example("潍坊市昌乐县自然资源和规划局权责清音（2024年版） | 潍坊市昌乐县自然资源和规划局", "2024年版"),
        Example("某县某局工作规则(2024年版) | 某县某局", "nil"),
        Example("潍坊市昌乐县自然资源和规划局权责清音(2024年版)说明 | 潍坊市昌乐县自然资源和规划局", "nil"),
        Example("潍坊市昌乐县水利局权责清音(2024年版) | 潍坊市昌乐县自然资源和规划局", "nil"),
    ]) { input in
        let parts = input.components(separatedBy: " | ")
        return described(ListTitle.edition(ending: parts[0], naming: parts[1]))
    }
}

extension JurisdictionSplitter {
    static let ruleExamples = [RuleExample](rule: "JurisdictionSplitter.split(_:)", [
        Example("邢台市襄都区医疗保障局", "邢台市襄都区 | 医疗保障局"),
        Example("赵县医疗保障局", "赵县 | 医疗保障局"),
        Example("赵县市场监督管理局", "赵县 | 市场监督管理局"),
        Example("石家庄市长安区人民政府办公室", "石家庄市长安区 | 人民政府办公室"),
        Example("河北省石家庄市生态环境局", "河北省石家庄市 | 生态环境局"),
        Example("内蒙古自治区阿拉善盟林业和草原局", "内蒙古自治区阿拉善盟 | 林业和草原局"),
        Example("医疗保障局", "nil | 医疗保障局"),
    ]) { owner in
        let split = JurisdictionSplitter.split(owner)
        return "\(described(split.region)) | \(described(split.department))"
    }
}

extension NameParts {
    static let ruleExamples = [RuleExample](rule: "NameParts.split(_:)", [
        Example("基本医疗保险参保和变更登记（主项）--单位参保登记（子项）", "基本医疗保险参保和变更登记 | 单位参保登记"),
        Example("基本医疗保险参保信息查询和个人账户一次性支取（主项）——参保人员个人账户一次性支取（子项）",
                "基本医疗保险参保信息查询和个人账户一次性支取 | 参保人员个人账户一次性支取"),
        Example("基本医疗保险参保信息查询和个人账户一次性支取（主项）--参保单位参保信息查询", "基本医疗保险参保信息查询和个人账户一次性支取 | 参保单位参保信息查询"),
        Example("对用人单位不办理医疗保险登记的处罚", "nil"),
    ]) { name in NameParts.split(name).map { "\($0.main) | \($0.sub)" } ?? "nil" }
}

extension UnfinishedNote {
    static let ruleExamples = [RuleExample](rule: "UnfinishedNote.find(in:)", [
        Example("…两项保险基金不予支付。 注：两项保险基金支付生育医疗费用（含产前检查费用）", "注：两项保险基金支付生育医疗费用（含产前检查费用）"),
        Example("…不予支付。注：本项由市级统一办理。", "nil"),
        Example("说明：详见附件", "说明：详见附件"),
        // A bracketed note closed by its own bracket is whole; one whose last ）
        // closes an inner bracket is not.
        Example("…按照同类产品的市场价格计算。（注：产品货值金额按照标价计算。）", "nil"),
        Example("…第四十四条。（注：特定矿区执行《通告》（试行）", "注：特定矿区执行《通告》（试行）"),
        Example("《中华人民共和国社会保险法》第八十四条", "nil"),
        Example("注：", "nil"),
        // Half-width colons mark notes too; 明 and 注 without a colon mark none.
        Example("…不予支付。注:本项由县级办理", "注:本项由县级办理"),
        Example("…证明材料。说明:按年度核定", "说明:按年度核定"),
        Example("…应当明确告知申请人需要补正的全部内容", "nil"),
        Example("…注明理由", "nil"),
    ]) { described(UnfinishedNote.find(in: $0)) }
}
