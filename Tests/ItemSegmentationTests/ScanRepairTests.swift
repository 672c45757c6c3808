import PowerListModel
import Testing
@testable import ItemSegmentation

/// What segmentation mends in text OCR read, and only there, saying so: a
/// name read two ways (summary, detail row) by the document's own spelling,
/// a 序号 read out of step by its neighbours.
@Suite struct ScanRepairTests {
    /// Rows 1 and 2 with their 责任事项, which spell `骗取` three times and the
    /// misread `驴取` once; `confidence` marks the cells as recognized.
    static func table(detailName: String, confidence: UInt8?) -> Table {
        func cell(_ text: String) -> Cell { Cell(lines: [CellLine(text, confidence: confidence)]) }
        let rows: [BodyEntry] = [
            .row(TableRow(cells: [
                .seq: cell("1"), .category: cell("行政处罚"), .name: cell(detailName), .subject: cell("某局"),
                .responsibilities: cell("立案责任：对以手段，驴取医保基金的违法行为，予以审查。"),
            ])),
            .row(TableRow(cells: [
                .seq: cell("2"), .category: cell("行政处罚"), .name: cell("对其他手段，骗取医疗保险的处罚"), .subject: cell("某局"),
                .responsibilities: cell("立案责任：对以欺诈手段，骗取医疗保险、以伪造手段，骗取待遇的违法行为。"),
            ])),
        ]
        return Table(
            titleLines: [], columns: [.seq, .category, .name, .subject, .responsibilities].map { Column(title: "\($0)", role: $0) }, body: rows,
            summary: [
                .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "对以手段，骗取医保基金的处罚"),
                .entry(seq: 2, category: nil, name: "对其他手段，骗取医疗保险的处罚"), .total(2),
            ],
            pageCount: 1
        )
    }

    @Test func theDocumentsSpellingMendsARecognizedName() {
        let list = ItemSegmenter.segment(Self.table(detailName: "对以手段，驴取医保基金的处罚", confidence: 95))
        #expect(list.items.map(\.name) == ["对以手段，骗取医保基金的处罚", "对其他手段，骗取医疗保险的处罚"])
        #expect(list.summary?.entries.map(\.entry.name) == list.items.map(\.name))
        #expect(list.diagnostics == [Diagnostic(
            .warning, .ocrNameChosen, seq: 1,
            "第1项名称OCR两处识别不一：分表为“对以手段，驴取医保基金的处罚”，总表为“对以手段，骗取医保基金的处罚”，按全文用字取“对以手段，骗取医保基金的处罚”，请核对原件"
        )])
    }

    @Test func printedTextIsNeverChosenOver() {
        let list = ItemSegmenter.segment(Self.table(detailName: "对以手段，驴取医保基金的处罚", confidence: nil))
        #expect(list.items[0].name == "对以手段，驴取医保基金的处罚")
        #expect(list.diagnostics.map(\.code) == [.summaryNameMismatch])
    }

    /// OCR lost a digit of a 序号 (`1` for 11): the neighbours say which it was.
    @Test(arguments: [UInt8?.some(95), nil])
    func aRecognizedNumberOutOfStepIsInferred(_ confidence: UInt8?) {
        func row(_ seq: String, _ name: String) -> BodyEntry {
            .row(TableRow(cells: [
                .seq: Cell(lines: [CellLine(seq, confidence: confidence)]), .category: Cell(text: "行政处罚"),
                .name: Cell(text: name), .subject: Cell(text: "某局"),
            ]))
        }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [row("10", "甲"), row("1", "乙"), row("12", "丙"), row("2", "丁")], summary: [], pageCount: 1
        )
        let list = ItemSegmenter.segment(table)
        if confidence != nil {
            #expect(list.items.map(\.seq) == [10, 11, 12, 13])
            #expect(list.diagnostics.contains(Diagnostic(.warning, .seqInferred, seq: 11, "第11项分表行序号识别为“1”，与前后不接，按行序推定为11")))
        } else {
            // A printed number is as printed.
            #expect(list.items.map(\.seq) == [10, 1, 12, 2])
        }
    }
}
