import EditionDiff
import PowerListModel
import Testing

@Suite struct EditionChangesTextTests {
    @Test func listsEachChangeWithItsLines() throws {
        let changes = EditionComparison.compare(try EditionFixtures.zhao(), try EditionFixtures.zhaoNextEdition())
        let text = changes.text(old: "2024.json", new: "2025.json", colored: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "--- 2024.json",
            "+++ 2025.json",
            "- 9 县本级医疗保险稽核",
            "+ 26 对医疗救助的监督检查",
            "~ 25 特殊规定药品使用备案 → 特殊规定药品使用备案管理",
        ])
        #expect(lines[5] == "* 1 对用人单位不办理医疗保险登记的处罚")
        #expect(lines[6] == "    basis:")
        #expect(lines[7].hasPrefix("      - 【法律】《中华人民共和国社会保险法》") && lines[8].hasSuffix("（2025年修订）"))
        #expect(Array(lines.suffix(6)) == [
            "* 9 对医保定点医药机构协议管理的指导和监督管理工作",
            "    category:",
            "      - 行政检查",
            "      + 其他行政权力",
            "1 added, 1 removed, 1 renamed, 2 changed",
            "",
        ])
    }

    @Test func coloursOnlyWhenAsked() throws {
        let changes = EditionComparison.compare(try EditionFixtures.zhao(), try EditionFixtures.zhaoNextEdition())
        #expect(changes.text(old: "a", new: "b", colored: true).contains("\u{1B}[32m+ 26 对医疗救助的监督检查\u{1B}[0m"))
        #expect(!changes.text(old: "a", new: "b", colored: false).contains("\u{1B}"))
    }

    @Test func sameEditionsSaySo() throws {
        let document = try EditionFixtures.zhao()
        #expect(EditionComparison.compare(document, document).text(old: "a", new: "b", colored: false) == "--- a\n+++ b\nno differences\n")
    }
}
