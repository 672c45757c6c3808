import PowerListModel
import Testing
@testable import PortalText

/// Space-separated tables: wrapped headers and rows split into their columns.
@Suite struct SpacedTableTests {
    @Test func aWrappedHeaderTitleIsCompletedByTheWordBelowIt() throws {
        let raw = ["序号  权力  权力事项名称  设定依据  责任事项  追责情形", "      类型"]
        let header = try #require(SpacedHeader.match(raw.map(PortalLine.init), rawLines: raw, at: 0))
        #expect(header.titles == ["序号", "权力类型", "权力事项名称", "设定依据", "责任事项", "追责情形"])
        #expect(header.lineCount == 2)
    }

    @Test func wideGapsSeparateCellsThatHoldSpaces() {
        let words = SpacedWords.split("1  行政确认  某单位登记  《某办法》第三条  1. 受理责任：受理。 2. 审查责任：审查。  因不履行职责： 1. 不予受理的；")
        let roles: [ColumnRole] = [.seq, .category, .name, .basis, .responsibilities, .accountability]
        #expect(SpacedRowSplitter.cells(words, roles: roles) == [
            "1", "行政确认", "某单位登记", "《某办法》第三条", "1. 受理责任：受理。 2. 审查责任：审查。", "因不履行职责： 1. 不予受理的；",
        ])
    }

    @Test func singleSpacesAreSharedOutByWhatEachColumnHolds() {
        let words = SpacedWords.split("对某行为的处罚 行政处罚 某县医疗保障局 1.《某法》第八条；2.《某条例》第九条 1. 立案责任：审查。 2. 调查责任：调查。 因不履行或不正确履行职责，有下列情形的： 1. 没有依据的；")
        let roles: [ColumnRole] = [.name, .category, .subject, .basis, .responsibilities, .accountability]
        #expect(SpacedRowSplitter.cells(words, roles: roles) == [
            "对某行为的处罚", "行政处罚", "某县医疗保障局", "1.《某法》第八条；2.《某条例》第九条", "1. 立案责任：审查。 2. 调查责任：调查。",
            "因不履行或不正确履行职责，有下列情形的： 1. 没有依据的；",
        ])
    }
}
