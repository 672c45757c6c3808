import PowerListModel
@testable import ListSplitting

extension TrailingListPunctuation: ExampleProviding {
    static let examples: [SplittingExample] = [
        SplittingExample(.lines("1、对符合受理条件的事项申请不受理的 ；", "2、其他行为。"), .accountability(preamble: nil, cases: ["对符合受理条件的事项申请不受理的", "其他行为"])),
        SplittingExample(.line("1、符合备案条件不予办理的；不符合备案条件办理的；"), .accountability(preamble: nil, cases: ["符合备案条件不予办理的；不符合备案条件办理的"])),
        SplittingExample(.line("1、原则上享有相同权利......;"), .provisions(["原则上享有相同权利......"])),
        SplittingExample(.line("1、执法人员不得少于两人。执法人员应保守有关秘密。"), .provisions(["执法人员不得少于两人。执法人员应保守有关秘密"])),
        SplittingExample(.line("1、甲，"), .provisions(["甲"])),
        SplittingExample(.line("；"), .provisions([])),
        SplittingExample(.line("1、；2、甲"), .provisions(["甲"])),
        SplittingExample(.lines("1、；", "2、受理"), .steps(["受理"])),
        SplittingExample(.lines("有下列情形的：", "1、。", "2、乙"), .accountability(preamble: "有下列情形的", cases: ["乙"])),
    ]
}
