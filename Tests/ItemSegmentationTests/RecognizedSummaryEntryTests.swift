@testable import ItemSegmentation
import PowerListModel
import Testing

/// A recognized summary's entry names lose OCR's stray end marks as the rows' names do.
@Suite struct RecognizedSummaryEntryTests {
    static func list(recognized: Bool) -> SegmentedList {
        let cell = { (text: String) in Cell(lines: [CellLine(text, confidence: recognized ? 95 : nil)]) }
        let table = Table(
            titleLines: [], columns: [.seq, .category, .name, .subject].map { Column(title: "\($0)", role: $0) },
            body: [.row(TableRow(cells: [.seq: cell("1"), .category: cell("行政处罚"), .name: cell("对违法建房的处罚"), .subject: cell("某局")]))],
            summary: [.heading(category: "行政处罚", declaredCount: 1), .entry(seq: 1, category: nil, name: "对违法建房的处罚，"), .total(1)],
            pageCount: 1
        )
        return ItemSegmenter.segment(table)
    }

    @Test func aStrayEndMarkOfARecognizedEntryGoes() {
        let list = Self.list(recognized: true)
        #expect(list.summary?.groups.first?.entries.map(\.name) == ["对违法建房的处罚"])
        #expect(!list.diagnostics.contains { $0.code == .summaryNameMismatch })
    }

    @Test func aPrintedEntryKeepsItsMarks() {
        let list = Self.list(recognized: false)
        #expect(list.summary?.groups.first?.entries.map(\.name) == ["对违法建房的处罚，"])
    }
}
