import PowerListModel
import Testing
@testable import ReviewReport

/// The writer on a made-up document: one page of 800 × 600 points, three items.
@Suite struct ReviewReportHTMLTests {
    static func item(_ seq: Int, name: String, fields: [String: [SourcePlace]], basis: String = "依据全文") -> Item {
        Item(
            seq: seq, seqSource: seq == 2 ? .inferred : .printed, category: "行政处罚", categoryRaw: "行政处罚", name: name,
            mainItem: nil, subItem: nil, subject: "县医疗保障局", basis: Basis(text: basis, provisions: []),
            responsibilities: nil, accountability: nil, remarks: nil, code: nil, extra: [:], pages: [1],
            provenance: Provenance(fields: fields)
        )
    }

    static func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> SourcePlace {
        .pageBox(page: 1, box: PageBox(x0: x0, y0: y0, x1: x1, y1: y1))
    }

    static let longBasis = String(repeating: "《医疗保障基金使用监督管理条例》第三十八条", count: 3)

    static let document = PowerListDocument(
        source: SourceInfo(file: "list.pdf", sha256: "ab", format: .pdf, pages: 1),
        list: ListFacts(title: "某县<医疗保障局>权责清单", region: nil, department: nil, edition: nil),
        summary: nil,
        items: [
            item(1, name: "对<script>alert(1)</script>的处罚", fields: [
                "seq": [box(10, 100, 40, 120)], "category": [box(40, 100, 100, 120)],
                "name": [box(80, 120, 120, 135)], "subject": [box(120, 120, 200, 135)],
            ], basis: longBasis),
            item(2, name: "行政检查", fields: ["name": [box(80, 200, 120, 230)]]),
            item(3, name: "行政确认", fields: ["name": [box(80, 300, 120, 330), .pageBox(page: 2, box: PageBox(x0: 1, y0: 1, x1: 2, y1: 2))]]),
        ],
        diagnostics: [
            Diagnostic(.warning, .ocrLowConfidence, seq: 1, "第1项OCR识别置信度低的单元格：行政主体“县医疗保障局”（52%），请核对原件"),
            Diagnostic(.warning, .seqInferred, seq: 2, "第2项序号未印出，按前后推断"),
            Diagnostic(.error, .cellMissing, seq: 3, "第3项行政主体缺失"),
            Diagnostic(.warning, .summaryCountMismatch, seq: nil, "汇总表合计27项，明细26项"),
        ]
    )

    static let html = ReviewReport.html(for: document, pages: [RenderedPage(number: 1, width: 800, height: 600, png: [0x89, 0x50])])

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func drawsOneBoxPerPlaceOnADrawnPage() {
        // Seven places; the one on page 2, which was not drawn, has no box.
        #expect(Self.count("<div class=\"box ", in: Self.html) == 6)
        #expect(Self.count("<img ", in: Self.html) == 1)
        #expect(Self.html.contains("src=\"data:image/png;base64,iVA=\""))
    }

    @Test func positionsBoxesInPercentOfThePage() {
        #expect(Self.html.contains(
            "<div class=\"box m-plain\" data-item=\"0\" data-field=\"name\" style=\"left:10.000%;top:20.000%;width:5.000%;height:2.500%\" title=\"第1项 权力事项\"></div>"
        ))
        #expect(Self.html.contains("style=\"aspect-ratio:8000 / 6000\""))
    }

    @Test func coloursBoxesByWhatTheDiagnosticsSay() {
        // OCR doubts item 1's 行政主体 only; item 2's seq was inferred; item 3 has an error.
        #expect(Self.html.contains("<div class=\"box m-doubtful\" data-item=\"0\" data-field=\"subject\""))
        #expect(Self.html.contains("<div class=\"box m-plain\" data-item=\"0\" data-field=\"category\""))
        #expect(Self.html.contains("<div class=\"box m-repaired\" data-item=\"1\" data-field=\"name\""))
        #expect(Self.html.contains("<div class=\"box m-error\" data-item=\"2\" data-field=\"name\""))
        #expect(Self.html.contains("<tr id=\"item-0\" class=\"item m-doubtful\" data-item=\"0\">"))
    }

    @Test func escapesTheDocumentsText() {
        #expect(Self.html.contains("对&lt;script&gt;alert(1)&lt;/script&gt;的处罚"))
        #expect(!Self.html.contains("<script>alert"))
        #expect(Self.html.contains("<title>某县&lt;医疗保障局&gt;权责清单 — qzqd 核对报告</title>"))
    }

    @Test func linksItemsFieldsAndDiagnostics() {
        #expect(Self.count("<tr id=\"item-", in: Self.html) == 3)
        #expect(Self.html.contains("<td class=\"f\" data-item=\"1\" data-field=\"name\">行政检查</td>"))
        #expect(Self.html.contains("<tr id=\"diag-1\" class=\"sev-warning\" data-item=\"1\"><td>warning</td><td class=\"code\">seq-inferred</td><td><a href=\"#item-1\">2</a></td>"))
        #expect(Self.html.contains("<tr id=\"diag-3\" class=\"sev-warning\"><td>warning</td><td class=\"code\">summary-count-mismatch</td><td>全文</td>"))
        #expect(Self.html.contains("<a class=\"code\" href=\"#diag-2\">cell-missing</a>"))
    }

    @Test func keepsLongTextWholeBehindItsFold() {
        let preview = String(Self.longBasis.prefix(ItemsTable.previewLength))
        #expect(Self.html.contains("<summary><b>依据</b> \(preview)…</summary><div class=\"full\">\(Self.longBasis)</div>"))
    }

    @Test func listsFieldsReadFromNoPlaceInTheRow() {
        // Item 2's inferred 序号, its 权力类型, 行政主体 and 依据 have values but no place of their own.
        #expect(Self.html.contains("<td class=\"src\">第1页<div class=\"unplaced\" title=\"不是从本行读到的（取自汇总表、分类标题或其他行），见提示\">无原位置：序号、权力类型、行政主体、依据</div></td>"))
    }

    @Test func isTheSameBytesEveryTime() {
        #expect(ReviewReport.html(for: Self.document, pages: [RenderedPage(number: 1, width: 800, height: 600, png: [0x89, 0x50])]) == Self.html)
    }

    @Test func showsAddressesInsteadOfPagesForOfficeInputs() {
        var document = Self.document
        document.source.format = .xlsx
        document.source.pages = nil
        document.items = [Self.item(1, name: "行政处罚", fields: ["name": [.sheetCell(sheet: "明细", row: 4, column: 3)], "subject": [.sheetCell(sheet: "明细", row: 4, column: 4)]])]
        let html = ReviewReport.html(for: document, pages: [])
        #expect(html.contains("<main class=\"nopages\">"))
        #expect(!html.contains("<img "))
        #expect(html.contains("<td class=\"f\" data-item=\"0\" data-field=\"name\">行政处罚<span class=\"addr\">明细!C4</span></td>"))
    }

    @Test func mapsDoubtfulCellTitlesToFields() {
        let message = "第5项OCR识别置信度低的单元格：权力事项“对；某某”（52%）；追责情形“不履行”（61%）；行使层级“县级”（40%），请核对原件"
        #expect(DoubtfulCells.fields(named: message) == ["name", "accountability", "行使层级"])
    }
}
