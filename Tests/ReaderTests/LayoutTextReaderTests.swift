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

    /// A spreadsheet print: cells centred in padded rows, so a row's tall
    /// cells start above its 序号 and its one-line cells stand level with it;
    /// the padding leaves two blank lines between rows.
    @Test func centredRowsEndAtTheBlankLinesBetweenThem() throws {
        let table = try LayoutTextReader.read([
            "                    测试局权责清单",
            "序号   权力类型   权力事项     实施依据           责任事项",
            "                                    1、立案责任：审查，",
            "1    行政处罚   对甲的处罚    《测试法》第一条       2、调查责任。",
            "                                    3、其他责任。",
            "",
            "",
            "                     《测试法》第二条",
            "                                    1、检查责任。",
            "2    行政检查   对乙的检查    《测试法》第三条",
            "                                    2、其他责任。",
            "                     《测试法》第四条",
            "",
            "",
            "                                    1、确认责任。",
            "3    行政确认   对丙的确认    《测试法》第五条",
            "                                    2、其他责任。",
        ])
        #expect(table.rows.map { $0[.seq].text } == ["1", "2", "3"])
        #expect(table.rows.map { $0[.basis].text } == ["《测试法》第一条", "《测试法》第二条《测试法》第三条《测试法》第四条", "《测试法》第五条"])
        #expect(table.rows.map { $0[.responsibilities].text } == [
            "1、立案责任：审查，2、调查责任。3、其他责任。", "1、检查责任。2、其他责任。", "1、确认责任。2、其他责任。",
        ])
    }

    /// A narrow column whose lines start one blank after the full lines of
    /// the column before: its text lines up at the column's start, line under line.
    @Test func narrowColumnOneBlankAfterFullLines() throws {
        let table = try LayoutTextReader.read([
            "                    测试局权责清单",
            "序号   权力事项  行政主体   实施依据",
            " 1   对用人单位 测试     《测试法》第一条",
            "     不办理医疗 县医     第二款",
            "     保险登记的 疗保",
            "     处罚      障局",
            " 2   对乙的处罚  测试局   《测试法》第二条",
        ])
        #expect(table.rows.map { $0[.name].text } == ["对用人单位不办理医疗保险登记的处罚", "对乙的处罚"])
        #expect(table.rows.map { $0[.subject].text } == ["测试县医疗保障局", "测试局"])
        #expect(table.rows.map { $0[.basis].text } == ["《测试法》第一条第二款", "《测试法》第二条"])
    }

    /// 序号 set well right of their title, one or two digits, one blank
    /// before the category: a page of tall rows shows each column start a few
    /// times only, and the numbers are no start of the column after them.
    @Test func numbersSetApartFromTheirTitleStayInTheirColumn() throws {
        let table = try LayoutTextReader.read([
            "                    测试局权责清单",
            "序号    权力类型      权力事项        实施依据",
            "     9 行政检查     对甲的检查       《测试法》第9条",
            "                            第1款内容。",
            "                            第2款内容。",
            "                            第3款内容。",
            "                            第4款内容。",
            "                            第5款内容。",
            "                            第6款内容。",
            "     10 行政检查    对乙的检查       《测试法》第10条",
            "                            第1款内容。",
            "                            第2款内容。",
            "                            第3款内容。",
            "                            第4款内容。",
            "                            第5款内容。",
            "                            第6款内容。",
            "     11 行政确认    对丙的确认       《测试法》第11条",
            "                            第1款内容。",
            "                            第2款内容。",
            "                            第3款内容。",
            "                            第4款内容。",
            "                            第5款内容。",
            "                            第6款内容。",
        ])
        #expect(table.rows.map { $0[.seq].text } == ["9", "10", "11"])
        #expect(table.rows.map { $0[.category].text } == ["行政检查", "行政检查", "行政确认"])
        #expect(table.rows.map { $0[.name].text } == ["对甲的检查", "对乙的检查", "对丙的确认"])
    }

    /// A portrait print's narrow columns: titles stacked a letter per line
    /// four deep (权 / 力 / 类 / 型, 序 / 号 one blank from them), the titles
    /// beside them centred on a line of their own, and a two-digit 序号
    /// wrapped over two lines (another column's line between them once).
    @Test func lettersStackedInNarrowColumns() throws {
        let table = try LayoutTextReader.read([
            "              测试局权责清单",
            "  权       行",
            "序 力  权力   政",
            "             实施依据",
            "号 类  事项   主",
            "  型       体",
            "9 行  对甲   测  《测试法》第九条",
            "  政  的检   试  第一款",
            "  检  查    局",
            "  查",
            "1 行  对乙   测  《测试法》第十条",
            "0 政  的检   试  第一款",
            "  检  查    局",
            "  查",
            "1 行  对丙   测  《测试法》第十一条",
            "                第一款",
            "1 政  的检   试",
            "  检  查    局",
            "  查",
        ])
        #expect(table.columns.map(\.role) == [.seq, .category, .name, .subject, .basis])
        #expect(table.rows.map { $0[.seq].text } == ["9", "10", "11"])
        #expect(table.rows.map { $0[.category].text } == ["行政检查", "行政检查", "行政检查"])
        #expect(table.rows.map { $0[.name].text } == ["对甲的检查", "对乙的检查", "对丙的检查"])
        #expect(table.rows.map { $0[.basis].text } == ["《测试法》第九条第一款", "《测试法》第十条第一款", "《测试法》第十一条第一款"])
    }

    /// A title stacked over two lines beside one-line titles (行政 / 主体):
    /// the dump's line grid sets its halves a whole line above and below the
    /// titles' line, and the halves still make one title.
    @Test func titleHalvesAboveAndBelowTheTitlesLine() throws {
        let table = try LayoutTextReader.read([
            "              测试局权责清单",
            "           行政",
            "序号  权力事项        实施依据        责任事项",
            "           主体",
            " 1  对甲的处罚 测试局 《测试法》第一条  1、立案责任。",
            " 2  对乙的处罚 测试局 《测试法》第二条  1、检查责任。",
            "              第二款",
        ])
        #expect(table.columns.map(\.role) == [.seq, .name, .subject, .basis, .responsibilities])
        #expect(table.rows.map { $0[.subject].text } == ["测试局", "测试局"])
        #expect(table.rows.map { $0[.basis].text } == ["《测试法》第一条", "《测试法》第二条第二款"])
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
