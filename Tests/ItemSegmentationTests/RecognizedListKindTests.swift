@testable import ItemSegmentation
import PowerListModel
import Testing

/// The kind of list a scan's title names, misread (`权足清单`), is mended.
@Suite struct RecognizedListKindTests {
    @Test(arguments: [
        ("邢台市襄都区医疗保障局权足清单（2025年版）", "邢台市襄都区医疗保障局权责清单（2025年版）"),
        ("邢台市襄都区医疗保障局权贵清单", "邢台市襄都区医疗保障局权责清单"),
        ("某县某局权刀清单事项总表", "某县某局权力清单事项总表"),
        ("某县某局权责清单", nil), ("某县某局职权清单", nil), ("某县某局事项清单", nil), ("权足清单", nil), ("某县某局权1清单", nil),
    ] as [(String, String?)])
    func mending(_ line: String, _ expected: String?) {
        #expect(RecognizedListKind.mended(line)?.line == expected)
    }

    @Test func theFactsFollowTheMendedTitle() {
        let titleLines = ["邢台市襄都区医疗保障局权足清单（2025年版）"]
        let list = UnreadableTitleTests.list(titleLines: titleLines, recognized: true, subjects: ["邢台市襄都区医疗保障局", "邢台市襄都区医疗保障局"])
        #expect(list.facts == ListFacts(title: "邢台市襄都区医疗保障局权责清单", region: "邢台市襄都区", department: "医疗保障局", edition: "2025年版"))
        #expect(list.diagnostics.filter { $0.code == .ocrTitleChosen } == [Diagnostic(
            .warning, .ocrTitleChosen, seq: nil,
            "标题OCR识别为“邢台市襄都区医疗保障局权足清单（2025年版）”，“权足清单”不是清单名称，取“权责清单”，请核对原件"
        )])
    }

    @Test func aPrintedTitleStaysAsPrinted() {
        let list = UnreadableTitleTests.list(titleLines: ["某县某局权足清单"], recognized: false, subjects: ["某县某局"])
        #expect(list.facts.title == "某县某局权足清单")
        #expect(list.diagnostics.isEmpty)
    }
}
