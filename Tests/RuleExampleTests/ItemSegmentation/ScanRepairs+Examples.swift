import PowerListModel
import Testing
@testable import ItemSegmentation

extension RecognizedNameChoice {
    /// A name read twice (detail row, summary), and the document's other texts.
    struct Readings {
        var detail: String
        var summary: String
        var elsewhere: [String]
    }

    /// A dash run read with a stroke in one table, as a lone 一 in the other.
    static let dashExamples = [RuleExample](rule: "RecognizedNameChoice.dashRun(_:_:lexicon:)", [
        Example(("支取（主项）一参保人员", "支取（主项）——一参保人员"), "支取（主项）——参保人员"),
        Example(("登记（主项）--一单位参保", "登记（主项）一单位参保"), "登记（主项）--单位参保"),
        // The 一 makes a word with what follows (`一次`): perhaps printed so.
        Example(("（主项）一次性支取", "（主项）——一次性支取"), "nil"),
        // Otherwise alike, or one dash: no dash run.
        Example(("（主项）一参保人员", "（主项）——一参保单位"), "nil"),
        Example(("（主项）一参保", "（主项）-一参保"), "nil"),
    ]) { described(RecognizedNameChoice.dashRun($0.0, $0.1, lexicon: WordList(["一次", "参保"]))) }

    static let ruleExamples = [RuleExample](rule: "RecognizedNameChoice.choose(detail:summary:spelling:)", [
        // `驴取` once elsewhere (its 立案责任, misread alike), `骗取` three times.
        Example(Readings(detail: "对以手段，驴取医保基金的处罚", summary: "对以手段，骗取医保基金的处罚", elsewhere: [
            "立案责任：对以手段，驴取医保基金的违法行为", "以欺诈手段，骗取医疗保险", "以伪造手段，骗取医保待遇", "其他手段，骗取基金",
        ]), "对以手段，骗取医保基金的处罚 | 对以手段，骗取医保基金的处罚"),
        // A speck read as a mark.
        Example(Readings(detail: "遵守法律、法，规情况", summary: "遵守法律、法规情况", elsewhere: ["法规规章", "法律法规"]),
                "遵守法律、法规情况 | 遵守法律、法规情况"),
        // The majority spelling decides for both tables (`ocr-name-chosen` names both readings).
        Example(Readings(detail: "县本级医疗保险稽核", summary: "市本级医疗保险稽核", elsewhere: ["县本级医保经办", "县本级参保"]),
                "县本级医疗保险稽核 | 县本级医疗保险稽核"),
        // Once each elsewhere: nothing decided.
        Example(Readings(detail: "县本级医疗保险稽核", summary: "市本级医疗保险稽核", elsewhere: ["县本级医保经办", "市本级参保"]),
                "县本级医疗保险稽核 | 市本级医疗保险稽核"),
        // A Latin letter read from a split stroke, the words around it spelled elsewhere.
        Example(Readings(detail: "襄都区单位医疗保险l登记", summary: "襄都区单位医疗保险登记", elsewhere: ["基本医疗保险登记", "医疗保险登记"]),
                "襄都区单位医疗保险登记 | 襄都区单位医疗保险登记"),
        // A character more, not a mark, was printed so; the misread 衷 is still mended.
        Example(Readings(detail: "襄都区门诊慢特病种认定", summary: "衷都区门诊慢特病病种认定", elsewhere: ["襄都区医疗保障局", "襄都区医保", "病病"]),
                "襄都区门诊慢特病种认定 | 襄都区门诊慢特病病种认定"),
        Example(Readings(detail: "对医保定点机构的监督", summary: "医保定点机构的监督", elsewhere: ["医保局", "医疗", "医药"]),
                "对医保定点机构的监督 | 医保定点机构的监督"),
        // A character one table lost between two both read (print flush under its rule),
        // spelled there elsewhere twice: taken into both.
        Example(Readings(detail: "对骗取批，非法占用土地的处罚", summary: "对骗取批准，非法占用土地的处罚", elsewhere: [
            "未经批准或者采取欺骗手段骗取批准，非法占用土地的", "以欺骗手段骗取批准，",
        ]), "对骗取批准，非法占用土地的处罚 | 对骗取批准，非法占用土地的处罚"),
        // Spelled there once: nothing decided.
        Example(Readings(detail: "对骗取批，非法占用土地的处罚", summary: "对骗取批准，非法占用土地的处罚", elsewhere: ["骗取批准，非法"]),
                "对骗取批，非法占用土地的处罚 | 对骗取批准，非法占用土地的处罚"),
        // The other way round: a character one table read more (a speck read as 了), the two
        // beside each other spelled elsewhere twice and never with it: dropped from both.
        Example(Readings(detail: "对采取虚报、隐了瞒、伪造等手段", summary: "对采取虚报、隐瞒、伪造等手段", elsewhere: [
            "立案责任：对采取虚报、隐瞒、伪造等手段", "对虚报、隐瞒的",
        ]), "对采取虚报、隐瞒、伪造等手段 | 对采取虚报、隐瞒、伪造等手段"),
        Example(Readings(detail: "对采取上虚报、隐瞒", summary: "对采取虚报、隐瞒", elsewhere: ["采取虚报", "以采取虚报"]),
                "对采取虚报、隐瞒 | 对采取虚报、隐瞒"),
        // Beside a mark alike: `、零` spelled twice, `、有零` never.
        Example(Readings(detail: "对定点医疗机构、有零售药店", summary: "定点医疗机构、零售药店", elsewhere: ["医疗机构、零售药店", "机构、零售"]),
                "对定点医疗机构、零售药店 | 定点医疗机构、零售药店"),
        // Spelled once, or with the character elsewhere too: nothing decided (without a lexicon).
        Example(Readings(detail: "对采取虚报、隐了瞒", summary: "对采取虚报、隐瞒", elsewhere: ["隐瞒"]),
                "对采取虚报、隐了瞒 | 对采取虚报、隐瞒"),
        Example(Readings(detail: "收支管理", summary: "收管理", elsewhere: ["收管", "收管", "收支管理"]), "收支管理 | 收管理"),
        // Beside a mark the pairs are rare either way: a run of three holding the character decides.
        Example(Readings(detail: "不动产登记（集体土地所有权、有建设用地使用权）", summary: "不动产登记（集体土地所有权、国有建设用地使用权）", elsewhere: [
            "向国有建设用地使用权人发出通知", "与国有建设用地使用权人签订合同",
        ]), "不动产登记（集体土地所有权、国有建设用地使用权） | 不动产登记（集体土地所有权、国有建设用地使用权）"),
        // A place name misread alike in every row outnumbers its true spelling: nothing decided.
        Example(Readings(detail: "衷都区参保登记", summary: "襄都区参保登记", elsewhere: ["衷都区医保局", "衷都区医保局", "衷都区医保局", "襄都区权责清单", "襄都区医保局"]),
                "衷都区参保登记 | 襄都区参保登记"),
        // A character replaced where a new pair is beside it (`员医` spelled nowhere else):
        // a run of three holding it (`医疗费`), spelled twice, against none.
        Example(Readings(detail: "参保人员放疗费用报销", summary: "参保人员医疗费用报销", elsewhere: ["住院医疗费用", "门诊医疗费用"]),
                "参保人员医疗费用报销 | 参保人员医疗费用报销"),
        // Once against once: nothing decided.
        Example(Readings(detail: "参保人员放疗费用报销", summary: "参保人员医疗费用报销", elsewhere: ["住院医疗费用", "放疗费"]),
                "参保人员放疗费用报销 | 参保人员医疗费用报销"),
        // Each table misread another character of the name's end: the mix spelled elsewhere.
        Example(Readings(detail: "对占用耕地建房的处了", summary: "对占用耕地建房的父罚", elsewhere: ["对非法占用土地的处罚", "对违法建设的处罚", "的处罚"]),
                "对占用耕地建房的处罚 | 对占用耕地建房的处罚"),
        // And one table read a character twice.
        Example(Readings(detail: "对占用耕地建房的处了", summary: "对占用耕地建房的的父罚", elsewhere: ["对非法占用土地的处罚", "对违法建设的处罚", "的处罚"]),
                "对占用耕地建房的处罚 | 对占用耕地建房的处罚"),
        // Spelled once elsewhere: nothing decided.
        Example(Readings(detail: "对占用耕地建房的处了", summary: "对占用耕地建房的父罚", elsewhere: ["对非法占用土地的处罚"]),
                "对占用耕地建房的处了 | 对占用耕地建房的父罚"),
        // Neither reading spelled elsewhere.
        Example(Readings(detail: "对虚报、隐瞻、伪造", summary: "对虚报、隐有瞒、伪造", elsewhere: ["虚报"]),
                "对虚报、隐瞻、伪造 | 对虚报、隐有瞒、伪造"),
        // The thin line of a dash read as 一 in one table, as dashes in the other.
        Example(Readings(detail: "支取（主项）一参保人员", summary: "支取（主项）——参保人员", elsewhere: []),
                "支取（主项）——参保人员 | 支取（主项）——参保人员"),
        Example(Readings(detail: "登记（主项）--单位参保", summary: "登记（主项）一单位参保", elsewhere: []),
                "登记（主项）--单位参保 | 登记（主项）--单位参保"),
        // One dash against 一 decides nothing (Tesseract reads a printed 一 as `-` too).
        Example(Readings(detail: "支取一参保", summary: "支取-参保", elsewhere: []), "支取一参保 | 支取-参保"),
        // 一 and a character as many as the dashes: the line's broken end read as a stroke;
        // the dashes come first, however often the names misread them alike (`）一`, `一人`).
        Example(Readings(detail: "（主项）一人参保", summary: "（主项）——参保", elsewhere: []), "（主项）——参保 | （主项）——参保"),
        Example(Readings(detail: "（主项）一人参保", summary: "（主项）——参保", elsewhere: ["（主项）一个人参保", "（主项）一个人参保", "一人"]),
                "（主项）——参保 | （主项）——参保"),
        // A character read as a Latin sign in one table: the other's character.
        Example(Readings(detail: "药品零售企业许可(&筹建、验收)", summary: "药品零售企业许可（含筹建、验收）", elsewhere: []),
                "药品零售企业许可（含筹建、验收） | 药品零售企业许可（含筹建、验收）"),
        Example(Readings(detail: "GSP认证检查", summary: "G5P认证检查", elsewhere: []), "GSP认证检查 | G5P认证检查"),
        // Print one table could not read (`〓`): the other's reading.
        Example(Readings(detail: "对在产品中〓〓〓〓假，以假充真", summary: "对在产品中挨杂、挨假，以假充真", elsewhere: []),
                "对在产品中挨杂、挨假，以假充真 | 对在产品中挨杂、挨假，以假充真"),
        // A bracket at half width in one table: the full width.
        Example(Readings(detail: "许可（含筹建、换证)", summary: "许可（含筹建、换证）", elsewhere: []), "许可（含筹建、换证） | 许可（含筹建、换证）"),
        // A 一 and more characters than the dashes are no dash.
        Example(Readings(detail: "（主项）一人员参保", summary: "（主项）——参保", elsewhere: []), "（主项）一人员参保 | （主项）——参保"),
    ]) { readings in
        let spelling = DocumentSpelling(readings.elsewhere + [readings.detail, readings.summary])
        let chosen = RecognizedNameChoice.choose(detail: readings.detail, summary: readings.summary, spelling: spelling)
        return "\(chosen.detail) | \(chosen.summary)"
    } + [RuleExample](rule: "RecognizedNameChoice.choose(detail:summary:spelling:lexicon:)", [
        // Spelled nowhere else: the reading making a word wins.
        Example(Readings(detail: "管理相关的次料予以封存", summary: "管理相关的资料予以封存", elsewhere: []),
                "管理相关的资料予以封存 | 管理相关的资料予以封存"),
        Example(Readings(detail: "对虚报、隐瞒、伪造", summary: "对虚报、隐上伪造", elsewhere: []), "对虚报、隐瞒、伪造 | 对虚报、隐瞒、伪造"),
        // A character one table read more, spelled nowhere else: `隐瞒` a word, `隐了` and `了瞒` none.
        Example(Readings(detail: "对采取虚报、隐了瞒、伪造", summary: "对采取虚报、隐瞒、伪造", elsewhere: ["隐瞒"]),
                "对采取虚报、隐瞒、伪造 | 对采取虚报、隐瞒、伪造"),
        // It makes a word with a neighbour (`零星`): nothing decided.
        Example(Readings(detail: "医疗费用零星售药店", summary: "医疗费用零售药店", elsewhere: []), "医疗费用零星售药店 | 医疗费用零售药店"),
        // Words on both sides, leaving no character outside one, or on neither: nothing decided.
        Example(Readings(detail: "对虚报、隐瞻、伪造", summary: "对虚报、隐有瞒、伪造", elsewhere: []),
                "对虚报、隐瞻、伪造 | 对虚报、隐有瞒、伪造"),
        Example(Readings(detail: "资料管理", summary: "资料处理", elsewhere: []), "资料管理 | 资料处理"),
        // Both make words (`医生`, `备案`): the one leaving no character outside every word (`案`).
        Example(Readings(detail: "参保人员异地就医生案", summary: "参保人员异地就医备案", elsewhere: []),
                "参保人员异地就医备案 | 参保人员异地就医备案"),
        // Marks are no words.
        Example(Readings(detail: "手工《零星）报销", summary: "手工（零星）报销", elsewhere: []), "手工《零星）报销 | 手工（零星）报销"),
        // The document's spelling comes first.
        Example(Readings(detail: "县本级资料", summary: "市本级资料", elsewhere: ["县本级医保经办", "县本级参保"]), "县本级资料 | 县本级资料"),
        // A mark read a character off: the reading whose mark stands inside a word (`零售`) misread it.
        Example(Readings(detail: "对定点医疗机构零、售药店", summary: "定点医疗机构、零售药店", elsewhere: []),
                "对定点医疗机构、零售药店 | 定点医疗机构、零售药店"),
        // Inside a word in both, or in neither: as read.
        Example(Readings(detail: "机构甲、乙店", summary: "机构、甲乙店", elsewhere: []), "机构甲、乙店 | 机构、甲乙店"),
    ]) { readings in
        let spelling = DocumentSpelling(readings.elsewhere + [readings.detail, readings.summary])
        let lexicon = WordList(["资料", "管理", "处理", "隐瞒", "伪造", "虚报", "报销", "零星", "零售", "参保", "人员", "异地", "就医", "医生", "备案"])
        let chosen = RecognizedNameChoice.choose(detail: readings.detail, summary: readings.summary, spelling: spelling, lexicon: lexicon)
        return "\(chosen.detail) | \(chosen.summary)"
    } + [RuleExample](rule: "RecognizedNameChoice.readsInsertedTwice", [
        // A character more in each table, a different one: the word without them, spelled elsewhere.
        Example(Readings(detail: "对采取虚报、隐了瞒、伪造", summary: "对采取虚报、隐有瞒、伪造", elsewhere: ["立案责任：对采取虚报、隐瞒、伪造"]),
                "对采取虚报、隐瞒、伪造 | 对采取虚报、隐瞒、伪造"),
        // Not spelled elsewhere: kept.
        Example(Readings(detail: "对采取虚报、隐了瞒、伪造", summary: "对采取虚报、隐有瞒、伪造", elsewhere: ["伪造"]),
                "对采取虚报、隐了瞒、伪造 | 对采取虚报、隐有瞒、伪造"),
        // The readings' characters make words (`人大`, `为民`): kept.
        Example(Readings(detail: "服务人大民群众", summary: "服务人为民群众", elsewhere: ["人民"]), "服务人大民群众 | 服务人为民群众"),
        // Three characters more are no speck: kept.
        Example(Readings(detail: "隐了一二瞒", summary: "隐有三四瞒", elsewhere: ["隐瞒"]), "隐了一二瞒 | 隐有三四瞒"),
    ]) { readings in
        let spelling = DocumentSpelling(readings.elsewhere + [readings.detail, readings.summary])
        let lexicon = WordList(["隐瞒", "伪造", "虚报", "人民", "人大", "为民", "群众"])
        let chosen = RecognizedNameChoice.choose(detail: readings.detail, summary: readings.summary, spelling: spelling, lexicon: lexicon)
        return "\(chosen.detail) | \(chosen.summary)"
    }
}

extension NameMarkRuns {
    /// A name read two ways (detail, summary) differing in marks, and the list's other names.
    static let ruleExamples = [RuleExample](rule: "RecognizedNameChoice.choose(detail:summary:spelling:markRuns:)", [
        Example(("医保基金收支：管理", "医保基金收支、管理", ["收、支、管理", "对隐瞒、伪造的处罚"]), "医保基金收支、管理 | 医保基金收支、管理"),
        Example(("变更登记（主项）-单位参保", "变更登记（主项）--单位参保", ["参保（主项）--职工", "参保（主项）--居民", "变更（主项）--单位", "参保（主项）-城乡"]),
                "变更登记（主项）--单位参保 | 变更登记（主项）--单位参保"),
        // Printed once each elsewhere: nothing decided.
        Example(("制度；纳入", "制度，纳入", ["甲；乙", "丙，丁"]), "制度；纳入 | 制度，纳入"),
        // A mark against none: one the names never print goes; one they print may be either.
        Example(("信用记录制：度，纳入", "信用记录制度，纳入", ["甲、乙", "丙，丁"]), "信用记录制度，纳入 | 信用记录制度，纳入"),
        Example(("单位职工、医疗保险", "单位职工医疗保险", ["甲、乙", "丙、丁"]), "单位职工、医疗保险 | 单位职工医疗保险"),
        // A bracket one table lost is no speck the other read, printed elsewhere or not.
        Example(("手工（零星）报销", "手工零星）报销", ["甲、乙"]), "手工（零星）报销 | 手工零星）报销"),
        // Each stretch on its own: the marks by the names', the characters left as read.
        Example(("隐瞒、伪造", "隐瞒，伪浩", ["甲，乙", "丙，丁"]), "隐瞒，伪造 | 隐瞒，伪浩"),
    ]) { readings in
        let (detail, summary, others) = readings
        let spelling = DocumentSpelling([detail, summary])
        let chosen = RecognizedNameChoice.choose(detail: detail, summary: summary, spelling: spelling, markRuns: NameMarkRuns(others))
        return "\(chosen.detail) | \(chosen.summary)"
    }
}

extension SummarySeqInference {
    static let ruleExamples = [RuleExample](rule: "SummarySeqInference.inferred(before:after:atStart:atEnd:)", [
        Example((10, 12, false, false), "11"), Example((nil, 2, true, false), "1"), Example((25, nil, false, true), "26"),
        Example((5, 8, false, false), "nil"), Example((nil, 7, false, false), "nil"), Example((nil, nil, true, true), "nil"),
    ]) { described(SummarySeqInference.inferred(before: $0.0, after: $0.1, atStart: $0.2, atEnd: $0.3)) }
}

extension RecognizedSubjectChoice {
    /// A recognized subject, and how many rows print each spelling (it included).
    static let ruleExamples = [RuleExample](rule: "RecognizedSubjectChoice.choice(for:counts:)", [
        Example(("起县医疗保障局", ["赵县医疗保障局": 20, "起县医疗保障局": 1]), "赵县医疗保障局"),
        // Marks the spelling never prints, with or without a misread character.
        Example(("赵县医疗，保障局", ["赵县医疗保障局": 20, "赵县医疗，保障局": 1, "赵县“医疗保障局": 1]), "赵县医疗保障局"),
        Example(("衷都区医疗,保障局", ["襄都区医疗保障局": 6, "衷都区医疗,保障局": 1]), "襄都区医疗保障局"),
        Example(("邢台市圳都区医疗保障局", ["邢台市襄都区医疗保障局": 2, "邢台市圳都区医疗保障局": 1]), "邢台市襄都区医疗保障局"),
        // A rare character misread in most rows: its plurality may be the misreading.
        Example(("衷都区医疗保障局", ["训都区医疗保障局": 6, "襄都区医疗保障局": 4, "衷都区医疗保障局": 3]), "nil"),
        Example(("襄都区医疗保障局", ["训都区医疗保障局": 6, "襄都区医疗保障局": 4, "衷都区医疗保障局": 3]), "nil"),
        // Not twice as often: perhaps a real difference.
        Example(("市医疗保障局", ["区医疗保障局": 3, "市医疗保障局": 2]), "nil"),
        // Debris (Latin letters, marks, a space) is no rival reading: printed twice decides.
        Example(("邢台T市H 襄都区医疗保障局", ["邢台市襄都区医疗保障局": 3, "邢台T市H 襄都区医疗保障局": 2]), "邢台市襄都区医疗保障局"),
        Example(("邢台T市H 襄都区医疗保障局", ["邢台市襄都区医疗保障局": 1, "邢台T市H 襄都区医疗保障局": 2]), "nil"),
        // Once is no spelling.
        Example(("训都区医疗保障局", ["襄都区医疗保障局": 1, "训都区医疗保障局": 1]), "nil"),
        // More than one character apart.
        Example(("襄都区医疗保障局", ["邢台市襄都区医疗保障局": 5, "襄都区医疗保障局": 1]), "nil"),
        // Latin letters where characters were: the spelling that fits, if one is far the most printed.
        Example(("A都区医疗保障局", ["襄都区医疗保障局": 5, "A都区医疗保障局": 1]), "襄都区医疗保障局"),
        Example(("PAR XI保障局", ["襄都区医疗保障局": 12, "邢台市襄都区医疗保障局": 5, "PAR XI保障局": 1]), "襄都区医疗保障局"),
        Example(("PAR XI保障局", ["襄都区医疗保障局": 6, "邢台市襄都区医疗保障局": 5, "PAR XI保障局": 1]), "nil"),
        Example(("PAR XI保障局", ["襄都区卫生健康局": 12, "PAR XI保障局": 1]), "nil"),
        Example(("AB局", ["襄都区医疗保障局": 12, "AB局": 1]), "nil"),
        // A character read twice over, with debris.
        Example(("邢台台T市H襄都区医疗保障局", ["邢台市襄都区医疗保障局": 4, "襄都区医疗保障局": 12, "邢台台T市H襄都区医疗保障局": 1]), "邢台市襄都区医疗保障局"),
        Example(("邢台台市襄都区医疗保障局", ["邢台市襄都区医疗保障局": 1, "邢台台市襄都区医疗保障局": 1]), "nil"),
        // A speck in the cell's margin read as one more character at either end, in one row.
        Example(("和莲池区卫生健康局", ["莲池区卫生健康局": 10, "和莲池区卫生健康局": 1]), "莲池区卫生健康局"),
        Example(("莲池区卫生健康局人", ["莲池区卫生健康局": 10, "莲池区卫生健康局人": 1]), "莲池区卫生健康局"),
        // A place's two characters misread: its unit names no place, the rest as printed.
        Example(("邢台市亡者区医疗保障局", ["邢台市襄都区医疗保障局": 3, "襄都区医疗保障局": 12, "邢台市亡者区医疗保障局": 1]), "邢台市襄都区医疗保障局"),
        // A real place (任泽区), or a department unlike: no misreading.
        Example(("邢台市任泽区医疗保障局", ["邢台市襄都区医疗保障局": 3, "邢台市任泽区医疗保障局": 1]), "nil"),
        Example(("邢台市亡者区卫生健康局", ["邢台市襄都区医疗保障局": 3, "邢台市亡者区卫生健康局": 1]), "nil"),
        // Latin letters for two characters and one misread, among six read: the spelling far the most printed.
        Example(("昌乐县目RB源和规划局", ["昌乐县自然资源和规划局": 11, "昌乐县目RB源和规划局": 1]), "昌乐县自然资源和规划局"),
        Example(("县目RB局", ["昌乐县自然资源和规划局": 11, "县目RB局": 1]), "nil"),
        // Two characters misread in a long spelling printed widely; not in a short one, nor against a rare one.
        Example(("昌乐其目然资源和规划局", ["昌乐县自然资源和规划局": 12, "昌乐其目然资源和规划局": 1]), "昌乐县自然资源和规划局"),
        Example(("昌乐其目然资源和规划局", ["昌乐县自然资源和规划局": 3, "昌乐其目然资源和规划局": 1]), "nil"),
        Example(("某县卫生健康局", ["某县医疗健康局": 12, "某县卫生健康局": 1]), "nil"),
        // Read so in two rows: perhaps printed so; or the spelling not decisive.
        Example(("区医疗保障局", ["医疗保障局": 10, "区医疗保障局": 2]), "nil"),
        Example(("区医疗保障局", ["医疗保障局": 1, "区医疗保障局": 1]), "nil"),
    ]) { described(RecognizedSubjectChoice.choice(for: $0.0, counts: $0.1)) }

    /// A recognized subject, the rows' spellings, and the title's owner.
    static let ownerExamples = [RuleExample](rule: "RecognizedSubjectChoice.ownersEnd(filling:owner:counts:)", [
        Example(("昌乐县自ZSBt源和规划局", ["昌乐县自然资源和规划局": 2, "昌乐县自然次源和规划局": 1, "昌乐县自源和规划局": 1], "潍坊市昌乐县自然资源和规划局"), "昌乐县自然资源和规划局"),
        // Digits and unread print stand for characters too: a department's name prints no digit.
        Example(("昌乐县自442资源和规划局", ["昌乐县自然资源和规划局": 1], "潍坊市昌乐县自然资源和规划局"), "昌乐县自然资源和规划局"),
        Example(("昌乐县自〓源和规划局", ["昌乐县自然资源和规划局": 1], "潍坊市昌乐县自然资源和规划局"), "昌乐县自然资源和规划局"),
        // A character misread besides (自 as 目) fits no end of the owner.
        Example(("昌乐县目RB源和规划局", ["昌乐县自然资源和规划局": 2], "潍坊市昌乐县自然资源和规划局"), "nil"),
        // No row prints the owner's end: nothing to take.
        Example(("昌乐县自ZSBt源和规划局", ["昌乐县自然次源和规划局": 1], "潍坊市昌乐县自然资源和规划局"), "nil"),
        // The title names another owner.
        Example(("昌乐县自ZSBt源和规划局", ["昌乐县自然资源和规划局": 2], "潍坊市昌乐县住房和城乡建设局"), "nil"),
    ]) { described(RecognizedSubjectChoice.ownersEnd(filling: $0.0, owner: $0.2, counts: $0.1)) }
}

extension RecognizedTitleChoice {
    /// A title line, and how many rows print each subject (the title's own readings counted).
    static let ruleExamples = [RuleExample](rule: "RecognizedTitleChoice.mended(_:counts:)", [
        Example(("邢台市事都区医疗保障局权责清单", ["邢台市襄都区医疗保障局": 2, "襄都区医疗保障局": 6, "邢台市事都区医疗保障局": 1]), "邢台市襄都区医疗保障局权责清单"),
        // Only the shorter spelling is printed by rows.
        Example(("邢台市事都区医疗保障局权责清单", ["襄都区医疗保障局": 6, "事都区医疗保障局": 1]), "邢台市襄都区医疗保障局权责清单"),
        // OCR misread the rows alike three times each: nothing decides against the title.
        Example(("邢台市襄都区医疗保障局权责清单", ["陪都区医疗保障局": 3, "衰都区医疗保障局": 3, "襄都区医疗保障局": 2]), "nil"),
        // The rows' spelling names no place: it is itself a misreading.
        Example(("邢台市襄都区医疗保障局权责清单", ["邢台市衷都区医疗保障局": 3, "邢台市圳都区医疗保障局": 1]), "nil"),
        // The title already holds a subject as printed.
        Example(("赵县医疗保障局权责清单", ["赵县医疗保障局": 9]), "nil"),
        Example(("某县卫生健康局权责清单", ["某县医疗保障局": 9]), "nil"),
        Example(("某县医疗保障局权责清单", [:]), "nil"),
    ]) { described(RecognizedTitleChoice.mended($0.0, counts: $0.1)?.line) }
}

extension RecognizedPlaceName {
    /// The list's region, and the texts printing it (title lines, subjects, names).
    static let placeExamples = [RuleExample](rule: "RecognizedPlaceName.places(region:texts:)", [
        // Places of China, however the texts print them.
        Example(("邢台市襄都区", ["邢台市襄都区医疗保障局权责清单", "衷都区医疗保障局"]), "[\"邢台市\", \"襄都区\"]"),
        // No place: decided by the texts.
        Example(("某市甲乙区", ["某市甲乙区医疗保障局权责清单", "甲乙区医疗保障局", "甲丙区参保登记"]), "[\"甲乙区\"]"),
        // Printed once, and misread alike as often: not decisive.
        Example(("某市甲乙区", ["某市甲乙区医疗保障局权责清单", "甲丙区医疗保障局"]), "[]"),
        Example(("某市甲乙区", ["某市甲乙区权责清单", "甲乙区医保局", "甲丙区医保局", "甲丙区参保"]), "[]"),
        // Two characters are too few.
        Example(("赵县", ["赵县医疗保障局权责清单", "赵县医疗保障局", "赵县医疗保障局"]), "[]"),
    ]) { "\(RecognizedPlaceName.places(region: $0.0, texts: $0.1))" }

    static let ruleExamples = placeExamples + [RuleExample](rule: "RecognizedPlaceName.mended(_:places:)", [
        Example(("衷都区参保女职工生育津贴申领", ["襄都区"]), "襄都区参保女职工生育津贴申领"),
        Example(("训都区参保，转入衷都区", ["襄都区"]), "襄都区参保，转入襄都区"),
        // A neighbouring place one character away is a place of its own.
        Example(("信都区参保，转入衷都区", ["襄都区"]), "信都区参保，转入襄都区"),
        // The kind of unit differs, or the name prints the place as it is.
        Example(("襄都县参保登记", ["襄都区"]), "nil"),
        Example(("襄都区参保登记", ["襄都区"]), "nil"),
        Example(("赵县参保登记", []), "nil"),
        // The place's first character read as nothing, where the place opens the text or follows a higher unit.
        Example(("都区医疗保障局", ["襄都区"]), "襄都区医疗保障局"),
        Example(("邢台市都区医疗保障局", ["邢台市", "襄都区"]), "邢台市襄都区医疗保障局"),
        Example(("襄都区医疗保障局", ["襄都区"]), "nil"),
        // One character of it read as two, there.
        Example(("邢台市了事都区医疗保障局", ["邢台市", "襄都区"]), "邢台市襄都区医疗保障局"),
        Example(("了事都区参保登记", ["襄都区"]), "襄都区参保登记"),
        // A neighbouring place after a character is no split.
        Example(("对信都区医保机构的检查", ["襄都区"]), "nil"),
        // Inside a text, two characters before a place's end are no split.
        Example(("办理了事都区参保", ["襄都区"]), "办理了襄都区参保"),
    ]) { described(RecognizedPlaceName.mended($0.0, places: $0.1)?.text) }
}

extension RecognizedRegion {
    /// A recognized region, and the list's other texts (subjects, names).
    static let ruleExamples = [RuleExample](rule: "RecognizedRegion.mended(_:texts:)", [
        // 邢台市 holds 襄都区 and 信都区, both one away: the texts print 襄都区.
        Example(("邢台市衷都区", ["襄都区医疗保障局", "训都区医疗保障局"]), "邢台市襄都区"),
        Example(("邢台市训都区", ["训都区医疗保障局"]), "nil"),
        Example(("邢台市襄都区", ["衷都区医疗保障局"]), "nil"),
        // Only one place one away inside the unit before it.
        Example(("石家庄市起县", []), "石家庄市赵县"),
        // Without a neighbour, the texts decide.
        Example(("起县", ["赵县医疗保障局", "赵县医疗保障局"]), "赵县"),
        Example(("起县", []), "nil"),
        // A first character lost beside a known unit.
        Example(("台市襄都区", []), "邢台市襄都区"),
        Example(("邢台市襄都县", ["襄都区医疗保障局"]), "nil"),
    ]) { described(RecognizedRegion.mended($0.0, texts: $0.1)?.0) }
}

extension LooseNamePairing {
    /// A recognized name and the unmatched names of the other table.
    static let ruleExamples = [RuleExample](rule: "LooseNamePairing.uniqueBest(_:among:)", [
        // Three characters of fourteen misread across both tables (0.79): paired.
        Example(("可部区参保女职工生育津贴申信", ["襄都区参保单位职工医疗保险费申报核定", "襄都区参保女职工生育津贴申领"]), "1"),
        // A character lost is no misreading to pair over.
        Example(("可部区参保女职工生育津贴申", ["襄都区参保女职工生育津贴申领"]), "nil"),
        // Half alike: other items.
        Example(("对采取虚报手段的处罚", ["对违反医保协议行为的处罚"]), "nil"),
        // Two alike: no telling which.
        Example(("甲乙丙丁戊己", ["甲乙丙丁庚辛", "甲乙丙丁壬癸"]), "nil"),
    ]) { name, others in
        described(LooseNamePairing.uniqueBest(name, among: others.enumerated().map { ($0.offset, $0.element) }))
    }
}

extension RecognizedNameRespelling {
    /// A recognized name (printed once) and the document's other texts.
    static let ruleExamples = [RuleExample](rule: "RecognizedNameRespelling.respell(_:spelling:printings:lexicon:)", [
        // The other character twice between the same neighbours, the one read never; a word against none.
        Example(("对采取虚报、隐里、伪造等手段", ["立案责任：对采取虚报、隐瞒、伪造等手段", "以虚报、隐瞒、伪造手段"]), "对采取虚报、隐瞒、伪造等手段"),
        // Once elsewhere, with three characters alike on each side: a spelling.
        Example(("对采取虚报、隐螨、伪造等手段", ["立案责任：对采取虚报、隐瞒、伪造等手段"]), "对采取虚报、隐瞒、伪造等手段"),
        // Once elsewhere, alike but two on a side, is no spelling; nor once against another once.
        Example(("对采取虚报、隐里、伪造等手段", ["以漏、隐瞒、伪装手段"]), "对采取虚报、隐里、伪造等手段"),
        Example(("对采取虚报、隐里、伪造等手段", ["采取虚报、隐瞒、伪造等", "采取虚报、隐满、伪造等"]), "对采取虚报、隐里、伪造等手段"),
        // Both tables read the name alike: once elsewhere is no spelling.
        Example(("门诊慢特病病种待遇认定", ["1、门诊慢性病病种待遇认定", "门诊慢特病病种待遇认定"]), "门诊慢特病病种待遇认定"),
        // Two characters read for one, spelled one elsewhere: a character split in two.
        Example(("对采取虚报、隐了眶、伪造等手段", ["立案责任：对采取虚报、隐瞒、伪造等手段"]), "对采取虚报、隐瞒、伪造等手段"),
        Example(("对采取虚报、隐了眶、伪造等手段", ["以虚报、隐瞒、伪造手段", "虚报、隐瞒、伪造"]), "对采取虚报、隐瞒、伪造等手段"),
        // One of the two is the character spelled elsewhere: a word more, printed (`质量的监督`).
        Example(("对生产、销售的产品质量的监督抽查", ["产品质量监督抽查", "开展产品质量监督抽查", "组织产品质量监督抽查", "对生产、销售的产品质量的监督抽查"]), "对生产、销售的产品质量的监督抽查"),
        // The two make a word (`人民`), or are spelled elsewhere too: kept.
        Example(("服务人民、群众", ["以服务人、群众为", "服务人、群众"]), "服务人民、群众"),
        Example(("对采取虚报、隐了眶、伪造等手段", ["虚报、隐瞒、伪造", "虚报、隐瞒、伪造", "虚报、隐了眶、伪造"]), "对采取虚报、隐了眶、伪造等手段"),
        // The one read is spelled there too: kept.
        Example(("对采取虚报、隐里、伪造等手段", ["虚报、隐瞒、伪造", "虚报、隐瞒、伪造", "虚报、隐里、伪造"]), "对采取虚报、隐里、伪造等手段"),
        // Both make words (`人造`, `伪造`): kept, unless the document spells the other more often still.
        Example(("以欺诈、人造证明材料", ["以欺诈、伪造证明材料", "欺诈、伪造证明"]), "以欺诈、人造证明材料"),
        Example(("以欺诈、人造证明材料", ["以欺诈、伪造证明材料", "欺诈、伪造证明", "诈、伪造证"]), "以欺诈、伪造证明材料"),
        Example(("以欺诈、人造证明材料", ["以欺诈、伪造证明材料", "诈、伪造证", "诈、伪造证"]), "以欺诈、人造证明材料"),
        // Two others spelled alike often: no telling.
        Example(("对采取虚报、隐里、伪造等手段", ["报、隐瞒、伪", "报、隐瞒、伪", "报、隐满、伪", "报、隐满、伪"]), "对采取虚报、隐里、伪造等手段"),
        // Both make words near the name's start, read so by both tables: five times elsewhere decides, four not.
        Example(("土地内置费征收", ["土地内置费征收", "缴纳土地闲置费；征缴土地闲置费。", "土地闲置费不得", "土地闲置费决定书", "土地闲置费的"]), "土地闲置费征收"),
        Example(("土地内置费征收", ["土地内置费征收", "缴纳土地闲置费；征缴土地闲置费。", "土地闲置费不得", "土地闲置费决定书"]), "土地内置费征收"),
        // Two characters for one near the end, both making words (`行为`, `行政`): kept, however often.
        Example(("骗取基金支出行为的处罚", ["作出行政处罚", "作出行政处罚", "作出行政处罚", "作出行政处罚", "作出行政处罚", "作出行政处罚"]), "骗取基金支出行为的处罚"),
    ]) { name, elsewhere in
        let lexicon = WordList([
            "隐瞒", "伪造", "人造", "虚报", "证明", "材料", "手段", "欺诈", "人民", "服务", "群众", "慢性", "门诊", "质量", "监督", "抽查", "闲置", "内置", "土地", "征收", "行为", "行政", "处罚", "支出",
        ])
        // A name among the texts elsewhere is the summary's reading of it.
        let printings = 1 + elsewhere.count { $0 == name }
        return RecognizedNameRespelling.respell(name, spelling: GappedSpelling(elsewhere + [name]), printings: printings, lexicon: lexicon)
    }
}

extension NameEndings {
    /// A recognized name (printed once) and the list's other names.
    static let ruleExamples = [RuleExample](rule: "NameEndings.respelled(_:printings:lexicon:)", [
        Example(("对违法测绘活动的处昼", ["对甲的处罚", "对乙的处罚", "对丙的处罚"]), "对违法测绘活动的处罚"),
        Example(("对违法测绘活动的处1", ["对甲的处罚", "对乙的处罚"]), "对违法测绘活动的处罚"),
        Example(("盐渍化的从罚", ["对甲的处罚", "对乙的处罚"]), "盐渍化的处罚"),
        // The one read makes a word (`处理`), or other names end so too: kept.
        Example(("对违法测绘活动的处理", ["对甲的处罚", "对乙的处罚", "对丙的处罚"]), "对违法测绘活动的处理"),
        Example(("对违法测绘活动的处昼", ["对甲的处罚", "对乙的处罚", "对丙的处昼"]), "对违法测绘活动的处昼"),
        // Once elsewhere, or two endings alike often: no telling.
        Example(("对违法测绘活动的处昼", ["对甲的处罚", "对乙的检查"]), "对违法测绘活动的处昼"),
        Example(("对违法测绘活动的处昼", ["对甲的处罚", "对乙的处罚", "对丙的处分", "对丁的处分"]), "对违法测绘活动的处昼"),
        // Framed by other characters: no ending of theirs.
        Example(("土地闲置费征昼", ["对甲的处罚", "对乙的处罚"]), "土地闲置费征昼"),
    ]) { name, others in
        let lexicon = WordList(["处罚", "处理", "处分", "检查", "渍化"])
        return NameEndings(others + [name]).respelled(name, printings: 1, lexicon: lexicon)
    }
}
