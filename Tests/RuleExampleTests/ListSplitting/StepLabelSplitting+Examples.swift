import PowerListModel
@testable import ListSplitting

/// `StepLabel` (a rule of the shared model) as the splitter applies it to 责任事项.
enum StepLabelSplitting: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("1、立案责任：予以审查。"), .steps(["立案责任｜予以审查"])),
        SplittingExample(.line("1、决定责任:当场告知。"), .steps(["决定责任｜当场告知"])),
        SplittingExample(.line("1、审查责任 按照“事项清单”审核材料。"), .steps(["审查责任｜按照“事项清单”审核材料"])),
        SplittingExample(.line("1、事后监管责任： 生成单位申报单。"), .steps(["事后监管责任｜生成单位申报单"])),
        SplittingExample(.line("1. 记录职责：建立信用记录制度"), .steps(["记录职责｜建立信用记录制度"])),
        SplittingExample(.line("1、其他责任：法律法规规章等规定应履行的责任。"), .steps(["其他责任｜法律法规规章等规定应履行的责任"])),
        SplittingExample(.line("1、其他法律法规规章文件规定应履行的责任。"), .steps(["其他法律法规规章文件规定应履行的责任"])),
        SplittingExample(.line("1、违反法律法规规章规定的责任：审查"), .steps(["违反法律法规规章规定的责任：审查"])),
        SplittingExample(.line("1、责任：审查"), .steps(["责任：审查"])),
        SplittingExample(.line("1、审查和决定阶段责任：审查申请材料。"), .steps(["审查和决定阶段责任｜审查申请材料"])),
        SplittingExample(.line("1、受理阶段责任：公示应当提交的材料。"), .steps(["受理阶段责任｜公示应当提交的材料"])),
        // Longer labels wrapped across a PDF cell's lines, numbered or not.
        SplittingExample(.lines("1、受理阶段责任：公示应当提交的材", "料。2、审查和决定阶", "段责任：审查申请材料。", "3、事后监管责任：开展检查。"),
                         .steps(["受理阶段责任｜公示应当提交的材料", "审查和决定阶段责任｜审查申请材料", "事后监管责任｜开展检查"])),
        SplittingExample(.lines("受理阶段责任：公示应当提交的材料。审查和决定阶", "段责任：审查申请材料。", "事后监管责", "任：开展检查。"),
                         .steps(["受理阶段责任｜公示应当提交的材料", "审查和决定阶段责任｜审查申请材料", "事后监管责任｜开展检查"])),
    ]
}
