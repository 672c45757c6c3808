import PowerListModel
@testable import ListSplitting

// The numbering rules live in the shared model (readers read list numbers
// too); these examples run them through the splitter that they drive.

extension ArabicNumbering: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("1、《甲法》第一条；2、《乙法》第二条"), .provisions(["《甲法》第一条", "《乙法》第二条"])),
        SplittingExample(
            .line("1. 《中华人民共和国社会保险法》第八十八条 2. 《中华人民共和国基本医疗卫生与健康促进法》第一百零四条"),
            .provisions(["《中华人民共和国社会保险法》第八十八条", "《中华人民共和国基本医疗卫生与健康促进法》第一百零四条"])
        ),
        SplittingExample(.line("1．甲；2．乙"), .provisions(["甲", "乙"])),
        SplittingExample(.line("1，甲；2，乙"), .provisions(["甲", "乙"])),
        SplittingExample(.line("1）甲 2）乙"), .provisions(["甲", "乙"])),
        SplittingExample(.lines("1、《甲法》第一条；", "2.、《乙办法》第二条；", "3、《丙办法》全文。"),
                         .provisions(["《甲法》第一条", "《乙办法》第二条", "《丙办法》全文"])),
        SplittingExample(.line("1. 按1.5倍收取 2. 罚款1,000元"), .provisions(["按1.5倍收取", "罚款1,000元"])),
        SplittingExample(.line("１、甲；２、乙"), .provisions(["甲", "乙"])),
        SplittingExample(.lines("1、2019年起执行的《甲办法》；", "2、《乙办法》"), .provisions(["2019年起执行的《甲办法》", "《乙办法》"])),
    ]
}

extension ChineseNumbering: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.lines("一、检查责任：检查。", "二、处置责任：处置。"), .steps(["检查责任｜检查", "处置责任｜处置"])),
        SplittingExample(.line("一、甲。二、乙。十、丙"), .provisions(["甲", "乙。十、丙"])),
        SplittingExample(.line("一、依照本办法第十条第二项处理。二、其他"), .provisions(["依照本办法第十条第二项处理", "其他"])),
    ]
}

extension ParenthesizedNumbering: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("（1）甲；（2）乙"), .provisions(["甲", "乙"])),
        SplittingExample(.line("(1)甲；(2)乙"), .provisions(["甲", "乙"])),
        SplittingExample(.lines("（一）甲；", "（二）乙。"), .provisions(["甲", "乙"])),
        SplittingExample(.line("（1）《甲令》（2015）第2号；（2）其他"), .provisions(["《甲令》（2015）第2号", "其他"])),
        // A parenthesized number splits only after a separator, like any inline number.
        SplittingExample(.line("（1）甲（2）乙"), .provisions(["甲（2）乙"])),
    ]
}

extension EnclosedNumbering: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("①甲；②乙；③丙"), .provisions(["甲", "乙", "丙"])),
        SplittingExample(.lines("⑴甲", "⑵乙"), .provisions(["甲", "乙"])),
    ]
}
