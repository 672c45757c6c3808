import PowerListModel
@testable import ListSplitting

extension ArticleNumber: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，依照第八十六条处理。"),
                         .citations(["中华人民共和国社会保险法@第八十四条,第八十六条"])),
        SplittingExample(.line("《甲办法》第12条、第一百零四条、第12条"), .citations(["甲办法@第12条,第一百零四条"])),
        SplittingExample(.line("《石家庄市城镇职工基本医疗保险实施办法》（石政规〔2019〕7号）第三章第七条新建用人单位"),
                         .citations(["石家庄市城镇职工基本医疗保险实施办法@第七条"])),
        SplittingExample(.line("《河北省基本医疗保险服务监督管理办法》（河北省人民政府令（2015）第12号）第二十六条"),
                         .citations(["河北省基本医疗保险服务监督管理办法@第二十六条"])),
        SplittingExample(.line("《社会救助暂行办法》（中华人民共和国国务院令 第649号）第六十八条"), .citations(["社会救助暂行办法@第六十八条"])),
        SplittingExample(.line("《甲办法》（甲令 第 12 号）第 16 条"), .citations(["甲办法@第16条"])),
        // Articles with no title before them make no citation.
        SplittingExample(.line("石人社字（2017）8号文中第三条、第四条"), .citations([])),
    ]
}
