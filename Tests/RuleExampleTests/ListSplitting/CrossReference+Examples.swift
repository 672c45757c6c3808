import PowerListModel
@testable import ListSplitting

extension CrossReference: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(
            .line("《河北省基本医疗保险服务监督管理办法》第二十六条：违反本办法第十条第二项规定的，由社会保险行政部门依照《中华人民共和国社会保险法》等有关法律、法规的规定处理；违反本办法第十条第三项规定的，予以警告"),
            .citations(["河北省基本医疗保险服务监督管理办法@第二十六条", "中华人民共和国社会保险法@"])
        ),
        SplittingExample(.line("《甲条例》第五条：依照本条例第十条、第十一条处理；第六条"), .citations(["甲条例@第五条,第六条"])),
        SplittingExample(.line("《甲法》第五条：违反本法第七条规定"), .citations(["甲法@第五条"])),
    ]
}
