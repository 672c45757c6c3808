import PowerListModel
import Testing
import TextExtraction

@testable import LayoutText

@Suite struct LayoutTextReaderTests {
    /// A two-page dump the way pdftotext lays one out: a CJK character takes one column.
    static let dump: [String] = [
        "                    测试局权责清单",
        "序号   权力类型   权力事项     实施依据           责任事项",
        "1      行政处罚   对甲的处罚   《测试法》第一条   1、立案责任：对甲予以审查，",
        "                               第二款             决定是否立案。",
        "                                                  2、其他责任。",
        "2      行政检查   对乙的检查   《测试法》第二条   1、检查责任：检查乙 App",
        "                                                  使用情况。",
        "",
        "                         第 1 页 共 2 页",
        "\u{0C}序号   权力类型   权力事项     实施依据           责任事项",
        "                                                  2、其他责任。",
        "3      行政确认   丙的确认     《测试法》第三条   1、确认责任。",
        "",
        "                         第 2 页 共 2 页",
        "\u{0C}",
    ]

    @Test func rebuildsRowsFromCharacterColumns() throws {
        let table = try LayoutTextReader.read(Self.dump)
        #expect(table.pageCount == 2)
        #expect(table.columns.map(\.role) == [.seq, .category, .name, .basis, .responsibilities])
        #expect(table.rows.map { $0[.seq].text } == ["1", "2", "3"])
        #expect(table.rows.map(\.pages) == [[1], [1, 2], [2]])
        #expect(table.rows[0][.name].text == "对甲的处罚")
        #expect(table.rows[0][.basis].text == "《测试法》第一条第二款")
        #expect(table.rows[0][.responsibilities].text == "1、立案责任：对甲予以审查，决定是否立案。2、其他责任。")
        #expect(table.rows[1][.responsibilities].text == "1、检查责任：检查乙 App使用情况。2、其他责任。")
        #expect(table.titleLines == ["测试局权责清单"])
    }

    @Test func charactersBecomeOneColumnWideGlyphs() {
        let pages = LayoutGlyphs.pages(of: ["序号  A B", "\u{0C}第二页"])
        #expect(pages.count == 2)
        let first = pages[0].glyphs.map { "\($0.scalar)@\(Int($0.x0))" }
        // The lone blank between A and B is a word space; the run of two is layout.
        #expect(first == ["序@0", "号@1", "A@4", " @5", "B@6"])
        #expect(pages[1].glyphs.first?.y0 == 0)
    }

    @Test func sniffsLayoutDumps() {
        #expect(TextLayoutSniffer.layout(of: Self.dump) == .layout)
        let flow = ["序号", "权力类型", "权力事项", "1", "行政处罚", "对甲的处罚", "《测试法》第一条", "1、立案责任", "2", "行政检查", "对乙的检查"]
        #expect(TextLayoutSniffer.layout(of: flow) == .flow)
        let tabs = Array(repeating: "1\t行政处罚\t对甲的处罚\t   依据", count: 12)
        #expect(TextLayoutSniffer.layout(of: tabs) == .tabSeparated)
    }
}
