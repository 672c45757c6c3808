import PowerListModel
@testable import OCR
import Testing

@Suite struct RecognitionDiagnosticsTests {
    func page(_ number: Int, confidences: [UInt8]) -> RecognizedPage {
        let glyphs = confidences.map { Glyph(scalar: "字", x0: 0, y0: 0, x1: 10, y1: 10, confidence: $0) }
        return RecognizedPage(glyphs: GlyphPage(number: number, width: 842, height: 595, glyphs: glyphs), meanConfidence: nil, skew: 0)
    }

    @Test func ocrTextNamesThePagesAndTheirMeanConfidence() {
        let diagnostic = RecognitionDiagnostics.recognizedText([page(1, confidences: [90, 100]), page(2, confidences: [80]), page(4, confidences: [99])])
        #expect(diagnostic == Diagnostic(.warning, .ocrText, seq: nil, "第1-2、4页无文字层（扫描图像），文字经OCR识别，平均置信度92%，可能有误"))
    }

    @Test func ocrTextCountsTheCharactersRereadAndThoseMendedFromTheDocument() {
        var first = page(1, confidences: [99]), second = page(2, confidences: [99])
        first.reread = 2
        second.reread = 1
        second.mended = 4
        #expect(RecognitionDiagnostics.recognizedText([first, second]).message
            == "第1-2页无文字层（扫描图像），文字经OCR识别，平均置信度99%，其中3个不成词的字符经重新识别校正、4个低置信度字符按全文用字校正，可能有误")
        #expect(RecognitionDiagnostics.recognizedText([first]).message == "第1页无文字层（扫描图像），文字经OCR识别，平均置信度99%，其中2个不成词的字符经重新识别校正，可能有误")
    }

    @Test func pageRangesAreWrittenAsAReaderWritesThem() {
        #expect(PageRanges.describe([1, 2, 3, 5, 7, 8]) == "1-3、5、7-8")
        #expect(PageRanges.describe([4]) == "4")
        #expect(PageRanges.describe([3, 1, 2, 2]) == "1-3")
    }

    @Test func anItemWithADoubtfulCellSaysWhichLineAndHowSure() {
        let row = TableRow(cells: [
            .name: Cell(lines: [CellLine("对以欺诈、", confidence: 97), CellLine("伪造证明材", confidence: 95)]),
            .basis: Cell(lines: [CellLine("诈、伪造证明材料或者其他手段允取社会", confidence: 36), CellLine("保险基金支出的", confidence: 68)]),
            .remarks: Cell(text: "printed"),
        ], pages: [3])
        let clean = TableRow(cells: [.name: Cell(lines: [CellLine("市本级医疗保险稽核", confidence: 93)])], pages: [7])
        let items = [item(seq: 2), item(seq: 9)]
        let table = Table(
            titleLines: [],
            columns: [Column(title: "序号", role: .seq), Column(title: "权力事项", role: .name), Column(title: "实施依据", role: .basis), Column(title: "备注", role: .remarks)],
            body: [.row(row), .row(clean)], summary: [], pageCount: 7
        )
        #expect(RecognitionDiagnostics.lowConfidence(table, items: items) == [
            Diagnostic(.warning, .ocrLowConfidence, seq: 2, "第2项OCR识别置信度低的单元格：实施依据“诈、伪造证明材料或者其他手段允取社会”（36%），请核对原件"),
        ])
    }

    @Test func printedTextIsNeverDoubtful() {
        let row = TableRow(cells: [.name: Cell(text: "对用人单位不办理医疗保险登记的处罚")], pages: [3])
        let table = Table(titleLines: [], columns: [Column(title: "权力事项", role: .name)], body: [.row(row)], summary: [], pageCount: 3)
        #expect(RecognitionDiagnostics.lowConfidence(table, items: [item(seq: 1)]).isEmpty)
    }

    /// Columns run together (a spreadsheet print in 5 pt type): 序号 and 权力类型 read as one.
    @Test(arguments: [2, 3])
    func aTableOCRCouldNotMakeOutIsAnError(_ unreadable: Int) {
        let columns = [Column(title: "序号", role: .seq), Column(title: "权力类型", role: .category), Column(title: "权力事项", role: .name)]
        let rows = (0..<4).map { index in
            TableRow(cells: [
                .seq: Cell(lines: [CellLine(index < unreadable ? "" : "\(index + 1)", confidence: 90)]),
                .category: Cell(lines: [CellLine(index < unreadable ? "\(index + 1)行政检查" : "行政检查", confidence: 90)]),
                .name: Cell(lines: [CellLine("对甲的检查", confidence: 90)]),
            ])
        }
        let items = (0..<4).map { index in
            var item = item(seq: index + 1, source: index < unreadable ? .inferred : .printed)
            item.categoryRaw = index < unreadable ? "\(index + 1)行政检查" : "行政检查"
            return item
        }
        let table = Table(titleLines: [], columns: columns, body: rows.map { .row($0) }, summary: [], pageCount: 1)
        let problem = RecognitionDiagnostics.illegibleTable(table, items: items)
        if unreadable == 3 {
            #expect(problem == "OCR could not make out the scanned table: 3 of 4 rows show neither a readable 序号 nor a known 权力类型 (print too small or too faint for OCR?)")
        } else {
            #expect(problem == nil)
        }
    }

    /// A header OCR could not make out either: no 权力类型 column, and most 序号 unread.
    @Test(arguments: [2, 3])
    func aTableWithoutATypeColumnIsIllegibleWhenMostNumbersAreUnread(_ unreadable: Int) {
        let columns = [Column(title: "序号", role: .seq), Column(title: "权力事项", role: .name)]
        let rows = (0..<4).map { index in
            TableRow(cells: [
                .seq: Cell(lines: [CellLine(index < unreadable ? "" : "\(index + 1)", confidence: 90)]),
                .name: Cell(lines: [CellLine("对甲的检查", confidence: 90)]),
            ])
        }
        let items = (0..<4).map { item(seq: $0 + 1, source: $0 < unreadable ? .inferred : .printed) }
        let table = Table(titleLines: [], columns: columns, body: rows.map { .row($0) }, summary: [], pageCount: 1)
        let problem = RecognitionDiagnostics.illegibleTable(table, items: items)
        #expect(problem == (unreadable == 3
            ? "OCR could not make out the scanned table: 3 of 4 rows show no readable 序号 (print too small or too faint for OCR?)" : nil))
    }

    /// Print touching the header's rules: 序号 read `厅与`, so no 序号 column; most 权力类型 unknown.
    @Test(arguments: [2, 3])
    func aTableWithoutANumberColumnIsIllegibleWhenMostTypesAreUnknown(_ unreadable: Int) {
        let columns = [Column(title: "厅与", role: .extra("厅与")), Column(title: "权力类型", role: .category), Column(title: "权力事项", role: .name)]
        let rows = (0..<4).map { index in
            TableRow(cells: [
                .category: Cell(lines: [CellLine(index < unreadable ? "相力并型" : "行政检查", confidence: 90)]),
                .name: Cell(lines: [CellLine("对甲的检查", confidence: 90)]),
            ])
        }
        let items = (0..<4).map { index in
            var item = item(seq: index + 1, source: .inferred)
            item.categoryRaw = index < unreadable ? "相力并型" : "行政检查"
            return item
        }
        let table = Table(titleLines: [], columns: columns, body: rows.map { .row($0) }, summary: [], pageCount: 1)
        let problem = RecognitionDiagnostics.illegibleTable(table, items: items)
        #expect(problem == (unreadable == 3
            ? "OCR could not make out the scanned table: 3 of 4 rows show no known 权力类型 (and the table no 序号 column) (print too small or too faint for OCR?)" : nil))
    }

    /// Print touching the rules: each cell's first or last line misread, so
    /// most rows hold a doubtful cell though their 序号 and 权力类型 read.
    @Test(arguments: [(4, 6), (5, 6)])
    func aTableMostOfWhoseRowsAreDoubtfulIsIllegible(_ doubtful: Int, _ count: Int) {
        let columns = [Column(title: "序号", role: .seq), Column(title: "权力类型", role: .category), Column(title: "追责情形", role: .accountability)]
        let rows = (0..<count).map { index in
            TableRow(cells: [
                .seq: Cell(lines: [CellLine("\(index + 1)", confidence: 95)]),
                .category: Cell(lines: [CellLine("行政检查", confidence: 93)]),
                .accountability: Cell(lines: [CellLine(index < doubtful ? "起届情形" : "追责情形", confidence: index < doubtful ? 52 : 91)]),
            ])
        }
        let items = (0..<count).map { item(seq: $0 + 1) }
        let table = Table(titleLines: [], columns: columns, body: rows.map { .row($0) }, summary: [], pageCount: 1)
        let problem = RecognitionDiagnostics.illegibleTable(table, items: items)
        #expect(problem == (doubtful == 5
            ? "OCR could not make out the scanned table: 5 of 6 rows hold cells it was unsure of (print too small, too faint or touching the rules?)" : nil))
    }

    private func item(seq: Int, source: SeqSource = .printed) -> SegmentedItem {
        SegmentedItem(
            seq: seq, seqSource: source, category: "行政处罚", categoryRaw: "行政处罚", name: "", mainItem: nil, subItem: nil,
            subject: "", basis: Cell(), responsibilities: Cell(), accountability: Cell(), remarks: nil, code: nil, extra: [:], pages: []
        )
    }
}
