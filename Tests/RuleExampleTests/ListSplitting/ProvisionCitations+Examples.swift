import PowerListModel
@testable import ListSplitting

extension ProvisionCitations: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("《实施〈中华人民共和国社会保险法〉若干规定》（人力资源和社会保障部令 第13号）第二十五条"),
                         .citations(["实施〈中华人民共和国社会保险法〉若干规定@第二十五条"])),
        SplittingExample(.line("河北省医疗保障局关于印发《河北省医疗保障定点医疗机构协议管理办法（试行）》的通知（冀医保规〔2019〕1号） 第七条"),
                         .citations(["河北省医疗保障定点医疗机构协议管理办法（试行）@第七条"])),
        SplittingExample(.line("《关于印发<外国人在中国永久居留享有相关待遇的办法>的通知》全文：凭《外国人永久居留证》出入国境，或《外国人永久居留证》"),
                         .citations(["关于印发<外国人在中国永久居留享有相关待遇的办法>的通知@", "外国人永久居留证@", "外国人永久居留证@"])),
        SplittingExample(.line("《甲办法》第十六条；《甲办法》第十七条"), .citations(["甲办法@第十六条", "甲办法@第十七条"])),
        SplittingExample(.line("1、《甲法》第一条；2、乙办法（冀医保发【2019】52号）"), .citations(["甲法@第一条"])),
        SplittingExample(.line("《国家医保局、财政部关于做好异地就医工作的通知》 《河北省医疗保障局关于优化异地就医服务的通知》 （冀医保规〔2022〕6号）"),
                         .citations(["国家医保局、财政部关于做好异地就医工作的通知@", "河北省医疗保障局关于优化异地就医服务的通知@"])),
    ]
}
