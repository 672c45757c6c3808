import PowerListModel
import Testing
@testable import ItemSegmentation

extension SpeckMarkInName {
    /// Names read twice (detail row, summary) where one table read a speck
    /// as a mark or as one more character beside a mark.
    static let ruleExamples = [RuleExample](rule: "RecognizedNameChoice.choose: specks read as marks", [
        // A `、` between the two characters of a word, one of which makes no word on its side
        // (`其失`): a speck, at a line's end in the row.
        Example(("纳入共享平台，对其失、信行为按照规定", "纳入共享平台，对其失信行为按照规定"),
                "纳入共享平台，对其失信行为按照规定 | 纳入共享平台，对其失信行为按照规定"),
        // Both characters in words of their own side (`收支`, `管理`): printed so, kept.
        Example(("基金收支、管理相关的资料", "基金收支管理相关的资料"), "基金收支、管理相关的资料 | 基金收支管理相关的资料"),
        // The two make no word (`构零`): a mark the other table lost, kept.
        Example(("定点医疗机构、零售药店", "定点医疗机构零售药店"), "定点医疗机构、零售药店 | 定点医疗机构零售药店"),
        // An unpaired quote one table read: a speck.
        Example(("对投标人的违法行为“进行监督管理", "对投标人的违法行为进行监督管理"),
                "对投标人的违法行为进行监督管理 | 对投标人的违法行为进行监督管理"),
        // A quote that pairs stays: a lost partner's other half is print.
        Example(("落实“三定”规定", "落实三定”规定"), "落实“三定”规定 | 落实三定”规定"),
        // A character one table read after a mark that makes no word with what follows (`有零`, `有零售`).
        Example(("对定点医疗机构、有零售药店", "定点医疗机构、零售药店"), "对定点医疗机构、零售药店 | 定点医疗机构、零售药店"),
        // One that makes a word with what follows (`国有`) may be print the other table lost: as read.
        Example(("机构、国有建设用地", "机构、有建设用地"), "机构、国有建设用地 | 机构、有建设用地"),
        // A lone digit or letter one table read between characters or marks: specks.
        Example(("预告登记、查封登记）", "预告登记、查封登1记C）"), "预告登记、查封登记） | 预告登记、查封登记）"),
        // Beside another letter or digit it may be print the other table lost: as read.
        Example(("通过医保APP查询", "通过医保AP查询"), "通过医保APP查询 | 通过医保AP查询"),
        Example(("第12类", "第1类"), "第12类 | 第1类"),
    ]) { readings in
        let spelling = DocumentSpelling([readings.0, readings.1])
        let lexicon = WordList(["失信", "信行", "行为", "按照", "规定", "收支", "支管", "管理", "资料", "零售", "药店", "机构", "国有", "建设", "用地", "共享", "平台"])
        let chosen = RecognizedNameChoice.choose(detail: readings.0, summary: readings.1, spelling: spelling, lexicon: lexicon)
        return "\(chosen.detail) | \(chosen.summary)"
    }
}
