import PowerListModel
@testable import ListSplitting

extension LabelledSteps: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.line("立案责任：予以审查。调查责任：及时调查取证。"), .steps(["立案责任｜予以审查", "调查责任｜及时调查取证"])),
        SplittingExample(.lines("受理责任：受理申请材料，一次性告知", "补全材料。", "审查责任：进行审核。"),
                         .steps(["受理责任｜受理申请材料，一次性告知补全材料", "审查责任｜进行审核"])),
        SplittingExample(
            .lines("送达责任：行政处罚决定书按法律规定的方式送达当", "事人。", "执行责任：依照生效的行政处罚决定，依据《社会保", "险法》规定予以处罚。", "其他法律法规规章文件规定应履行的责任。"),
            .steps(["送达责任｜行政处罚决定书按法律规定的方式送达当事人", "执行责任｜依照生效的行政处罚决定，依据《社会保险法》规定予以处罚",
                    "其他法律法规规章文件规定应履行的责任"])
        ),
        SplittingExample(.line("受理责任：受理或不予受理。 决定责任：告知原因。 其他法律法规规章文件规定应履行的责任。"),
                         .steps(["受理责任｜受理或不予受理", "决定责任｜告知原因", "其他法律法规规章文件规定应履行的责任"])),
        // A wrap after a sentence inside the last step is not a step: more than one sentence follows.
        SplittingExample(.lines("立案责任：予以审查。", "调查责任：应当回避。", "执法人员不得少于两人。执法人员应保守秘密。"),
                         .steps(["立案责任｜予以审查", "调查责任｜应当回避。执法人员不得少于两人。执法人员应保守秘密"])),
        // One label: one step.
        SplittingExample(.line("检查责任：对医疗救助的监督检查，落实检查责任：到位。"), .steps(["检查责任｜对医疗救助的监督检查，落实检查责任：到位"])),
        SplittingExample(.line("对医疗救助的监督检查。"), .steps(["对医疗救助的监督检查"])),
        // Recognized: a short label's colon read as a comma, the label opening a sentence.
        SplittingExample(.recognized("立案责任：予以审查，决定是否立案。调查责任，对立案的案件，指定专人负责。"),
                         .steps(["立案责任｜予以审查，决定是否立案", "调查责任｜对立案的案件，指定专人负责"])),
        // A longer run before a comma is a clause; printed text keeps its colons.
        SplittingExample(.recognized("立案责任：予以审查。依法追究刑事责任，移送司法机关。"),
                         .steps(["立案责任｜予以审查。依法追究刑事责任，移送司法机关"])),
        SplittingExample(.line("立案责任：予以审查。调查责任，对立案的案件。"), .steps(["立案责任｜予以审查。调查责任，对立案的案件"])),
    ]
}
