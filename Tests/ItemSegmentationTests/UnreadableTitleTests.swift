@testable import ItemSegmentation
import PowerListModel
import Testing

/// A title OCR made garbage of is no title; the rows' 行政主体 say whose list it is.
@Suite struct UnreadableTitleTests {
    static let garbage = "有关头宇克!火员/呈=---人人/改T"

    static func list(titleLines: [String], recognized: Bool, subjects: [String]) -> SegmentedList {
        let rows = subjects.enumerated().map { index, subject -> BodyEntry in
            let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: recognized ? 95 : nil)]) }
            return .row(TableRow(cells: [.seq: cell("\(index + 1)"), .name: cell("事项\(index + 1)"), .subject: cell(subject)]))
        }
        let table = Table(
            titleLines: titleLines, columns: [.seq, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1, titlesRecognized: recognized
        )
        return ItemSegmenter.segment(table)
    }

    @Test(arguments: [
        (garbage, false), ("赵县医疗保障局权责事项目录（2025年版）", true), ("某局", false), ("附件1", false),
        ("赵县医疗保障局 权力运行流程", true), ("ABC县医疗保障局事项", false),
    ])
    func legibility(_ line: String, _ legible: Bool) {
        #expect(UnreadableTitle.isLegible(line) == legible)
    }

    @Test func garbageIsNoTitleAndTheRowsSayWhoseListItIs() {
        let list = Self.list(titleLines: [Self.garbage], recognized: true, subjects: ["赵县医疗保障局", "赵县医疗保障局", "赵县医疗保险管理中心"])
        #expect(list.facts == ListFacts(title: nil, region: "赵县", department: "医疗保障局", edition: nil))
        #expect(list.diagnostics.filter { $0.code == .ocrTitleUnreadable } == [Diagnostic(
            .warning, .ocrTitleUnreadable, seq: nil,
            "标题OCR识别为“\(Self.garbage)”，不可辨认，未取作标题；地区与部门按2行的行政主体“赵县医疗保障局”取，请核对原件"
        )])
    }

    @Test func rowsThatDisagreeLeaveRegionAndDepartmentNull() {
        let list = Self.list(titleLines: [Self.garbage], recognized: true, subjects: ["赵县医疗保障局", "赵县财政局", "赵县民政局"])
        #expect(list.facts == ListFacts(title: nil, region: nil, department: nil, edition: nil))
        #expect(list.diagnostics.contains { $0.code == .ocrTitleUnreadable })
    }

    @Test func aPrintedLineStaysTheTitle() {
        let list = Self.list(titleLines: [Self.garbage], recognized: false, subjects: ["赵县医疗保障局"])
        #expect(list.facts.title == Self.garbage)
        #expect(!list.diagnostics.contains { $0.code == .ocrTitleUnreadable })
    }
}
