import PowerListModel
import Testing
@testable import ItemSegmentation

/// A recognized name mended from evidence outside its own two readings:
/// an entry the summary's matching left apart, the document's other texts.
@Suite struct NameEvidenceTests {
    static func cell(_ text: String, _ confidence: UInt8?) -> Cell { Cell(lines: [CellLine(text, confidence: confidence)]) }

    static func row(_ seq: String, _ name: String, responsibilities: String, confidence: UInt8?) -> BodyEntry {
        .row(TableRow(cells: [
            .seq: cell(seq, confidence), .category: cell("行政处罚", confidence), .name: cell(name, confidence),
            .subject: cell("襄都区医疗保障局", confidence), .responsibilities: cell(responsibilities, confidence),
        ]))
    }

    static func table(rows: [BodyEntry], summary: [SummaryRow]) -> Table {
        Table(
            titleLines: [], columns: [.seq, .category, .name, .subject, .responsibilities].map { Column(title: "\($0)", role: $0) },
            body: rows, summary: summary, pageCount: 1
        )
    }

    /// Both tables misread, 11 of 14 characters alike, and numbered apart: paired all the same, and chosen.
    @Test(arguments: [UInt8(95), nil])
    func aRowAndEntryTooFarApartForMatchingAreStillCompared(_ confidence: UInt8?) {
        let table = Self.table(rows: [
            Self.row("1", "可部区参保女职工生育津贴申信", responsibilities: "受理责任：受理申请。", confidence: confidence),
            Self.row("2", "襄都区参保单位职工医疗保险费申报核定", responsibilities: "受理责任：受理申报。", confidence: confidence),
        ], summary: [
            .heading(category: "行政处罚", declaredCount: 2), .entry(seq: 1, category: nil, name: "襄都区参保单位职工医疗保险费申报核定"),
            .entry(seq: 2, category: nil, name: "襄都区参保女职工生育津贴申领"), .total(2),
        ])
        let list = ItemSegmenter.segment(table, lexicon: WordList(["申领", "职工", "生育", "津贴"]))
        let expected = confidence == nil ? "可部区参保女职工生育津贴申信" : "襄都区参保女职工生育津贴申领"
        #expect(list.items.map(\.name) == [expected, "襄都区参保单位职工医疗保险费申报核定"])
        #expect(list.diagnostics.contains { $0.code == .ocrNameChosen && $0.seq == 1 } == (confidence != nil))
    }

    /// A name printed once takes the character the other texts spell twice between the same neighbours.
    @Test(arguments: [UInt8(95), nil])
    func aNamePrintedOnceTakesTheDocumentsSpelling(_ confidence: UInt8?) {
        let table = Self.table(rows: [
            Self.row("1", "对采取虚报、隐里、伪造等手段的处罚", responsibilities: "立案责任：对采取虚报、隐瞒、伪造等手段的违法行为。", confidence: confidence),
            Self.row("2", "对其他违法行为的处罚", responsibilities: "调查责任：以虚报、隐瞒、伪造手段骗取的，予以调查。", confidence: confidence),
        ], summary: [])
        let list = ItemSegmenter.segment(table, lexicon: WordList(["隐瞒", "伪造", "虚报"]))
        let expected = confidence == nil ? "对采取虚报、隐里、伪造等手段的处罚" : "对采取虚报、隐瞒、伪造等手段的处罚"
        #expect(list.items.first?.name == expected)
        #expect(list.diagnostics.filter { $0.code == .ocrNameRespelled }.map(\.seq) == (confidence == nil ? [] : [1]))
    }
}
