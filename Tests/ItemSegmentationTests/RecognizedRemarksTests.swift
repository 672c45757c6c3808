import PowerListModel
import Testing
@testable import ItemSegmentation

/// Rows name the office carrying the power out in their 备注; OCR misread
/// one row's first character, and read a speck as a comma in another.
@Suite struct RecognizedRemarksTests {
    static let office = "赵县医疗保险管理中心（政务服务事项）"

    static func table(_ remarks: [String], confidence: UInt8?) -> Table {
        let rows: [BodyEntry] = remarks.enumerated().map { index, remark in
            .row(TableRow(cells: [
                .seq: Cell(text: "\(index + 1)"), .category: Cell(text: "行政给付"), .name: Cell(text: "给付\(index + 1)"),
                .subject: Cell(text: "赵县医疗保障局"), .remarks: Cell(lines: [CellLine(remark, confidence: confidence)]),
            ]))
        }
        return Table(
            titleLines: [], columns: [.seq, .category, .name, .subject, .remarks].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: [], pageCount: 1
        )
    }

    /// The office five times, twice misread (a spelling decides against twice as many misreadings).
    static let read = [office, "走县医疗保险管理中心（政务服务事项）", office, "赵县医疗保险，管理中心（政务服务事项）", office, office, office, "基金监管和财务科"]

    @Test func aRecognizedRemarkOneCharacterOffTakesTheOtherRowsSpelling() {
        let list = ItemSegmenter.segment(Self.table(Self.read, confidence: 95), lexicon: WordList(["医疗", "保险", "管理", "中心"]))
        #expect(list.items.map(\.remarks) == Array(repeating: Self.office, count: 7) + ["基金监管和财务科"])
        #expect(list.diagnostics.filter { $0.code == .ocrRemarksChosen } == [
            Diagnostic(.warning, .ocrRemarksChosen, seq: 2, "第2项备注OCR识别为“走县医疗保险管理中心（政务服务事项）”，其余5行为“\(Self.office)”，按其余各行取“\(Self.office)”，请核对原件"),
            Diagnostic(.warning, .ocrRemarksChosen, seq: 4, "第4项备注OCR识别为“赵县医疗保险，管理中心（政务服务事项）”，其余5行为“\(Self.office)”，按其余各行取“\(Self.office)”，请核对原件"),
        ])
    }

    @Test func withoutALexiconOnlyDebrisGoes() {
        let list = ItemSegmenter.segment(Self.table(Self.read, confidence: 95))
        #expect(list.items.map(\.remarks)[1...3] == ["走县医疗保险管理中心（政务服务事项）", Self.office, Self.office])
    }

    @Test func printedRemarksStayAsPrinted() {
        let list = ItemSegmenter.segment(Self.table(Self.read, confidence: nil), lexicon: WordList(["医疗", "保险", "管理", "中心"]))
        #expect(list.items.map(\.remarks) == Self.read)
        #expect(!list.diagnostics.contains { $0.code == .ocrRemarksChosen })
    }
}
