import PowerListModel
import Testing
@testable import PortalText

/// The shapes a line of copied portal text can have.
@Suite struct PortalLineTests {
    @Test func pipeRowsLoseTheEmptyEndsTheirPipesMake() {
        #expect(PortalLine("| 1 | 对…的处罚 | 《某法》第一条 |") == .pipeRow(["1", "对…的处罚", "《某法》第一条"]))
        #expect(PortalLine("1 | 对…的处罚 | 《某法》第一条 |") == .pipeRow(["1", "对…的处罚", "《某法》第一条"]))
        #expect(PortalLine("| --- | :---: | --- |") == .pipeRule)
    }

    @Test func fieldsInTheirThreeForms() {
        #expect(PortalLine("职权名称：对…的处罚") == .field(label: "职权名称", value: "对…的处罚"))
        #expect(PortalLine("职权类型: | 行政奖励 |") == .field(label: "职权类型", value: "行政奖励"))
        #expect(PortalLine("权力类型 行政许可") == .field(label: "权力类型", value: "行政许可"))
        #expect(PortalLine("责任事项：") == .field(label: "责任事项", value: ""))
        #expect(PortalLine("行使层级：县级") == .field(label: "行使层级", value: "县级"))
    }

    @Test func headersAndSentencesAreNoFields() {
        #expect(PortalLine("序号 权力类型 权力事项 实施依据 责任事项") == .text("序号 权力类型 权力事项 实施依据 责任事项"))
        #expect(PortalLine("对违反规定的处罚 依照本法") == .text("对违反规定的处罚 依照本法"))
        #expect(PortalLine("| 序号 | 事项名称 |") == .pipeRow(["序号", "事项名称"]))
    }

    @Test func aParagraphWithItsFieldsInlineIsAnItem() throws {
        let line = PortalLine("一、对某违法行为的处罚 实施依据：《某法》第八条。责任事项：1.立案责任：予以审查。追责情形：因不履行职责的。")
        guard case .flowingItem(let fields) = line else {
            Issue.record("not read as an item: \(line)")
            return
        }
        #expect(fields.head == "一、对某违法行为的处罚")
        #expect(fields.fields.map(\.label) == ["实施依据", "责任事项", "追责情形"])
        #expect(fields.fields.map(\.value) == ["《某法》第八条。", "1.立案责任：予以审查。", "因不履行职责的。"])
    }

    @Test func itemHeadsGiveTheirNumber() {
        #expect(ItemHead("1.对某行为的处罚") == ItemHead(seq: 1, name: "对某行为的处罚"))
        #expect(ItemHead("十二、对某行为的处罚") == ItemHead(seq: 12, name: "对某行为的处罚"))
        #expect(ItemHead("（3）对某行为的处罚") == ItemHead(seq: 3, name: "对某行为的处罚"))
        #expect(ItemHead("对某行为的处罚") == ItemHead(seq: nil, name: "对某行为的处罚"))
    }

    @Test func cellsBreakAtBr() {
        #expect(PortalCell.make("1. 甲；<br>2. 乙<BR/>3. 丙").lines.map(\.text) == ["1. 甲；", "2. 乙", "3. 丙"])
    }
}
