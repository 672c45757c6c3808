import PowerListModel
import Testing
@testable import ListSplitting

@Suite struct KnownStepLabelsTests {
    static func item(_ steps: [Step]) -> Item {
        Item(seq: 1, seqSource: .printed, category: "行政确认", categoryRaw: "行政确认", name: "甲", mainItem: nil, subItem: nil,
             subject: "乙", basis: Basis(text: "", provisions: []), responsibilities: Responsibilities(text: "", steps: steps),
             accountability: Accountability(text: "", preamble: nil, cases: []), remarks: nil, code: nil, extra: [:], pages: [])
    }

    @Test func aLabelTheDocumentUsesIsRecognizedWithoutItsColon() {
        let items = KnownStepLabels.apply(to: [
            Self.item([Step(no: 1, name: "审查责任", text: "审查材料")]),
            Self.item([Step(no: 1, name: nil, text: "审查责任按照“事项清单”审核材料"), Step(no: 2, name: nil, text: "其他法律法规规章文件规定应履行的责任")]),
        ])
        #expect(items[1].responsibilities?.steps == [
            Step(no: 1, name: "审查责任", text: "按照“事项清单”审核材料"),
            Step(no: 2, name: nil, text: "其他法律法规规章文件规定应履行的责任"),
        ])
    }

    @Test func aSentenceEndingInTheLabelIsNoLabel() {
        let items = KnownStepLabels.apply(to: [
            Self.item([Step(no: 1, name: "其他责任", text: "其他")]),
            Self.item([Step(no: 1, name: nil, text: "其他责任")]),
        ])
        #expect(items[1].responsibilities?.steps[0].name == nil)
    }
}
