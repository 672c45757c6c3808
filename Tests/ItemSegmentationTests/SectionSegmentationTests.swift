import PowerListModel
import Testing
@testable import ItemSegmentation

/// What stands above a row and applies to it: section headings (category or
/// department), a caption's category, and columns the list does not have.
@Suite struct SectionSegmentationTests {
    static func row(_ seq: String, _ name: String, subject: String? = nil) -> BodyEntry {
        var row = TableRow(cells: [.seq: Cell(text: seq), .name: Cell(text: name), .basis: Cell(text: "《甲法》第一条")])
        if let subject { row[.subject] = Cell(text: subject) }
        return .row(row)
    }

    static func columns(_ roles: [ColumnRole]) -> [Column] {
        roles.map { Column(title: "\($0)", role: $0) }
    }

    @Test func categoryHeadingsGiveTheirRowsACategory() {
        let table = Table(
            titleLines: ["某县某局权责清单"], columns: Self.columns([.seq, .name, .subject, .basis]),
            body: [
                .heading(SectionHeading("一、行政许可（1项）")!), Self.row("1", "甲的许可", subject: "某局"),
                .heading(SectionHeading("二、行政处罚类 共 1 项")!), Self.row("2", "乙的处罚", subject: "某局"),
            ],
            summary: [], pageCount: nil
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.items.map(\.category) == ["行政许可", "行政处罚"])
        #expect(list.items.map(\.categoryRaw) == ["行政许可", "行政处罚类"])
        // The list has no 责任事项 or 追责情形 column: null, without a diagnostic.
        #expect(list.items.allSatisfy { $0.responsibilities == nil && $0.accountability == nil && $0.basis != nil })
        #expect(list.diagnostics.isEmpty)
    }

    @Test func departmentSectionsGiveRowsWithoutASubjectColumnTheirSubject() {
        let table = Table(
            titleLines: ["某区权责清单（行政检查类）"], columns: Self.columns([.seq, .name, .basis]),
            body: [
                .heading(SectionHeading("一、区发展和改革委员会")!), Self.row("1", "对价格行为的检查"),
                .heading(SectionHeading("二、区市场监督管理局")!), Self.row("2", "对食品经营的检查"),
            ],
            summary: [], pageCount: nil
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.items.map(\.subject) == ["区发展和改革委员会", "区市场监督管理局"])
        // The caption names the category of every row.
        #expect(list.items.map(\.category) == ["行政检查", "行政检查"])
        #expect(list.facts.title == "某区权责清单")
    }

    @Test func nothingPrintsATypeSoTheCategoryIsNull() {
        let table = Table(titleLines: [], columns: Self.columns([.seq, .name, .subject, .basis]), body: [Self.row("1", "甲", subject: "某局")], summary: [], pageCount: nil)
        let list = ItemSegmenter.segment(table)
        #expect(list.items.first?.category == nil)
        #expect(list.items.first?.categoryRaw == nil)
        #expect(!list.diagnostics.contains { $0.code == .unknownCategory })
    }

    @Test func aSummaryEntryGivesATypeTheRowsDoNotPrint() {
        let table = Table(
            titleLines: [], columns: Self.columns([.seq, .name, .subject, .basis]), body: [Self.row("1", "甲", subject: "某局")],
            summary: [.heading(category: "行政确认", declaredCount: 1), .entry(seq: 1, category: nil, name: "甲"), .total(1)], pageCount: nil
        )
        let list = ItemSegmenter.segment(table)
        #expect(list.items.first?.category == "行政确认")
        #expect(list.diagnostics.map(\.code) == [.categoryInferred])
    }
}
