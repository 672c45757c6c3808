import PowerListModel
@testable import ListSplitting

extension LostFirstNumber: ExampleProviding {
    static let examples: [SplittingExample] = [
        // Nothing left of the 1: the printed 2 and 3 open elements 2 and 3.
        SplittingExample(
            .recognized("《关于印发门诊特殊疾病管理办法的通知》（邢人社规(2018)11号）", "2.《关于完善门诊特殊疾病规定的通知》;3.《关于延长带药时间的通知》"),
            .provisions(["《关于印发门诊特殊疾病管理办法的通知》（邢人社规(2018)11号）", "《关于完善门诊特殊疾病规定的通知》", "《关于延长带药时间的通知》"])
        ),
        // Another number, letters or a bracket read for it: they go with it.
        SplittingExample(
            .recognized("4、检查责任：对集中采购行为开展监督检查。", "2、处置责任：责令限期整改。", "3、移送责任：移送司法机关。"),
            .steps(["检查责任｜对集中采购行为开展监督检查", "处置责任｜责令限期整改", "移送责任｜移送司法机关"])
        ),
        SplittingExample(
            .recognized("1T、受理责任：受理提交的申请材料。2、审查责任：审核材料。3、告知责任：告知结果。"),
            .steps(["受理责任｜受理提交的申请材料", "审查责任｜审核材料", "告知责任｜告知结果"])
        ),
        SplittingExample(
            .recognized("0)《中华人民共和国矿产资源法》第三十九条", "(2)《矿产资源法实施细则》第四十二条", "(3)《山东省矿产资源管理条例》第四十四条"),
            .provisions(["《中华人民共和国矿产资源法》第三十九条", "《矿产资源法实施细则》第四十二条", "《山东省矿产资源管理条例》第四十四条"])
        ),
        // A Chinese character read for it stays: `依《…》` is text as much.
        SplittingExample(
            .recognized("荆《中华人民共和国土地管理法》第五十二条", "2.《中华人民共和国城乡规划法》第三十六条", "3.《建设项目用地预审管理办法》"),
            .provisions(["荆《中华人民共和国土地管理法》第五十二条", "《中华人民共和国城乡规划法》第三十六条", "《建设项目用地预审管理办法》"])
        ),
        // A year is no misread number.
        SplittingExample(
            .recognized("2019年《甲办法》全文", "2.《乙办法》全文", "3.《丙办法》全文"),
            .provisions(["2019年《甲办法》全文", "《乙办法》全文", "《丙办法》全文"])
        ),
        // The report says the number was not read.
        SplittingExample(.recognized("《甲法》第一条", "2.《乙法》第二条", "3.《丙法》第三条"), .diagnostics(["ocr-numbering-read"])),
        // A 2 without a 3 is too little to tell a list from text.
        SplittingExample(.recognized("《甲法》第一条", "2.《乙法》第二条"), .provisions(["《甲法》第一条2.《乙法》第二条"])),
        // A list nested in the cell prints its own 1.
        SplittingExample(
            .recognized("《甲法》第十条：有下列情形之一的：", "1.甲；", "2.乙；", "3.丙。"),
            .provisions(["《甲法》第十条：有下列情形之一的：1.甲；2.乙；3.丙"])
        ),
        // Printed text is as printed.
        SplittingExample(
            .lines("《甲法》第一条", "2.《乙法》第二条", "3.《丙法》第三条"),
            .provisions(["《甲法》第一条2.《乙法》第二条3.《丙法》第三条"])
        ),
    ]
}
