import PowerListModel
import Testing
@testable import ItemSegmentation

extension RecognizedRemarksChoice {
    static let lexicon = WordList(["市级", "县级", "事项", "医疗", "保险", "管理", "中心", "执法"])

    /// A recognized remark, and how many rows print each spelling (it included).
    static let ruleExamples = [RuleExample](rule: "RecognizedRemarksChoice.choice(for:counts:lexicon:)", [
        Example(("走县医疗保险管理中心", ["赵县医疗保险管理中心": 15, "走县医疗保险管理中心": 1]), "赵县医疗保险管理中心"),
        Example(("六县医疗保险管理中心", ["赵县医疗保险管理中心": 15, "六县医疗保险管理中心": 1, "二县医疗保险管理中心": 1]), "赵县医疗保险管理中心"),
        // A speck read as a mark; a character read twice over.
        Example(("赵县医疗保险，管理中心", ["赵县医疗保险管理中心": 15, "赵县医疗保险，管理中心": 1]), "赵县医疗保险管理中心"),
        Example(("赵赵县医疗保险管理中心", ["赵县医疗保险管理中心": 15, "赵赵县医疗保险管理中心": 1]), "赵县医疗保险管理中心"),
        // The character read makes a word: a remark may differ for real.
        Example(("市级事项", ["县级事项": 5, "市级事项": 1]), "nil"),
        // Printed once, or not twice as often as its misreadings: nothing decides.
        Example(("执法移查队", ["执法稽查队": 1, "执法移查队": 1]), "nil"),
        Example(("走县医疗保险管理中心", ["赵县医疗保险管理中心": 3, "走县医疗保险管理中心": 1, "起县医疗保险管理中心": 1]), "nil"),
        // More than one character apart, or a character lost: stays.
        Example(("走县医疗保险管理甲心", ["赵县医疗保险管理中心": 15, "走县医疗保险管理甲心": 1]), "nil"),
        Example(("县医疗保险管理中心", ["赵县医疗保险管理中心": 15, "县医疗保险管理中心": 1]), "nil"),
    ]) { described(RecognizedRemarksChoice.choice(for: $0.0, counts: $0.1, lexicon: lexicon)) }

    /// Without a lexicon a replaced character is never taken for a misreading; debris still goes.
    static let lexiconlessExamples = [RuleExample](rule: "RecognizedRemarksChoice.choice(for:counts:lexicon:) without a lexicon", [
        Example(("走县医疗保险管理中心", ["赵县医疗保险管理中心": 15, "走县医疗保险管理中心": 1]), "nil"),
        Example(("赵县医疗保险，管理中心", ["赵县医疗保险管理中心": 15, "赵县医疗保险，管理中心": 1]), "赵县医疗保险管理中心"),
    ]) { described(RecognizedRemarksChoice.choice(for: $0.0, counts: $0.1, lexicon: nil)) }
}
