import PowerListModel
import Testing
@testable import ListSplitting

/// Document-level repairs of recognized lists: the document's own
/// labels, closing sentence and cases split what OCR ran together.
@Suite struct RecognizedListRepairTests {
    static func item(_ steps: [Step]) -> Item { KnownStepLabelsTests.item(steps) }

    static let closing = "其他法律法规规章文件规定应履行的责任"

    static func closed(_ labelled: [Step]) -> Item {
        item(labelled + [Step(no: labelled.count + 1, name: nil, text: closing)])
    }

    @Test func aClosingSentenceRunOnIsGivenBack() {
        let rows = (0..<3).map { _ in Self.closed([Step(no: 1, name: "执行责任", text: "依法执行")]) }
        let runOn = Self.item([Step(no: 1, name: "立案责任", text: "予以审查"), Step(no: 2, name: "执行责任", text: "依据《行政处罚法》规定予以处罚" + Self.closing)])
        let items = RepeatedClosingStep.apply(to: rows + [runOn])
        #expect(items[3].responsibilities?.steps == [
            Step(no: 1, name: "立案责任", text: "予以审查"),
            Step(no: 2, name: "执行责任", text: "依据《行政处罚法》规定予以处罚"),
            Step(no: 3, name: nil, text: Self.closing),
        ])
        #expect(items[0...2].map(\.responsibilities) == rows.map(\.responsibilities))
    }

    @Test func aSentenceClosingTooFewRowsStays() {
        let rows = (0..<2).map { _ in Self.closed([Step(no: 1, name: "执行责任", text: "依法执行")]) }
        let runOn = Self.item([Step(no: 1, name: "执行责任", text: "予以处罚" + Self.closing)])
        #expect(RepeatedClosingStep.apply(to: rows + [runOn])[2].responsibilities == runOn.responsibilities)
    }

    @Test func aLabelRunIntoTheStepBeforeOpensItsOwn() {
        let rows = (0..<2).map { _ in
            Self.item([Step(no: 1, name: "调查责任", text: "调查取证"), Step(no: 2, name: "告知责任", text: "告知权利")])
        }
        let runOn = Self.item([
            Step(no: 1, name: "立案责任", text: "予以审查，决定是否立案。调查责任对立案的案件，指定专人负责"),
            Step(no: 2, name: "审查责任", text: "提出处理意见（主要证据不足时，以适当的方式补充调查）告知责任；作出行政处罚决定前，告知当事人"),
        ])
        #expect(RunOnStepLabels.apply(to: rows + [runOn])[2].responsibilities?.steps == [
            Step(no: 1, name: "立案责任", text: "予以审查，决定是否立案"),
            Step(no: 2, name: "调查责任", text: "对立案的案件，指定专人负责"),
            Step(no: 3, name: "审查责任", text: "提出处理意见（主要证据不足时，以适当的方式补充调查）"),
            Step(no: 4, name: "告知责任", text: "作出行政处罚决定前，告知当事人"),
        ])
    }

    @Test func aLabelInsideASentenceStays() {
        let rows = (0..<2).map { _ in Self.item([Step(no: 1, name: "告知责任", text: "告知权利")]) }
        let texts = [
            "依法履行告知责任对当事人告知", // no sentence ends before it
            "补充调查）告知责任对当事人告知", // after a bracket, no colon's mark
            "予以审查。告知责任", // nothing after it
        ]
        for text in texts {
            let item = Self.item([Step(no: 1, name: "执行责任", text: text)])
            #expect(RunOnStepLabels.apply(to: rows + [item])[2].responsibilities == item.responsibilities)
        }
        // A label printed once is not the document's.
        let once = [Self.item([Step(no: 1, name: "告知责任", text: "告知权利")]), Self.item([Step(no: 1, name: "执行责任", text: "予以审查。告知责任对当事人告知")])]
        #expect(RunOnStepLabels.apply(to: once)[1].responsibilities == once[1].responsibilities)
    }

    static func cases(_ texts: [String]) -> Item {
        var item = item([])
        item.accountability = Accountability(text: "", preamble: "应承担相应责任", cases: texts.enumerated().map { Case(no: $0.offset + 1, text: $0.element) })
        return item
    }

    @Test func twoCasesJoinedByACommaAreTwo() {
        let rows = (0..<2).map { _ in Self.cases(["没有法律依据的", "行政处罚显失公正的", "执法人员玩忽职守的"]) }
        let joined = Self.cases(["没有法律依据的", "行政处罚显失公正的，执法人员玩忽职守的"])
        #expect(JoinedCases.apply(to: rows + [joined])[2].accountability?.cases == [
            Case(no: 1, text: "没有法律依据的"), Case(no: 2, text: "行政处罚显失公正的"), Case(no: 3, text: "执法人员玩忽职守的"),
        ])
        // A `；` with a speck read after it, which hid the case's start.
        let specked = Self.cases(["没有法律依据的；¢行政处罚显失公正的", "执法人员玩忽职守的"])
        #expect(JoinedCases.apply(to: rows + [specked])[2].accountability?.cases.map(\.text) == ["没有法律依据的", "行政处罚显失公正的", "执法人员玩忽职守的"])
        // One half no case of its own, or printed once: as read.
        let clause = Self.cases(["行政处罚显失公正的，情节严重的"])
        #expect(JoinedCases.apply(to: rows + [clause])[2].accountability == clause.accountability)
        let once = [Self.cases(["行政处罚显失公正的", "执法人员玩忽职守的"]), Self.cases(["行政处罚显失公正的，执法人员玩忽职守的"])]
        #expect(JoinedCases.apply(to: once)[1].accountability == once[1].accountability)
    }
}
