import Testing
@testable import FlowText

/// The quick refusals the flow reader asks before its costlier tests: each
/// may only turn away what the full test turns away.
@Suite struct FlowCuesTests {
    @Test func aCategoryNameIsStartedByItsFirstCharacters() {
        #expect(FlowCues.startsCategoryName("行政"))
        #expect(FlowCues.startsCategoryName("行政处罚"))
        #expect(FlowCues.startsCategoryName(" 行 政 许 "))
        #expect(FlowCues.startsCategoryName("其他行政权力"))
        #expect(!FlowCues.startsCategoryName("行"))
        #expect(!FlowCues.startsCategoryName("行政处罚决定书送达"))
        #expect(!FlowCues.startsCategoryName("对违反《医疗保障基金使用监督管理条例》规定的处罚"))
        #expect(!FlowCues.startsCategoryName(""))
    }

    @Test func aCategoryCellRunsOverTheLinesThatSpellIt() {
        #expect(FlowCues.categoryRun(["行政", "处罚", "对违反规定的"]) == 2)
        #expect(FlowCues.categoryRun(["其他", "行政", "权力", "行政处罚"]) == 3)
        #expect(FlowCues.categoryRun(["", "行政许可"]) == 2)
        #expect(FlowCues.categoryRun(["对违反规定", "行政处罚"]) == 0)
        #expect(FlowCues.categoryRun(["权力"], allowingFragment: true) == 1)
    }

    @Test func aHeaderOpensWithAKnownTitleOfAtMostSixPieces() {
        #expect(FlowHeaderBlock.opensWithKnownTitle(["序号", "权力", "类型"]))
        #expect(FlowHeaderBlock.opensWithKnownTitle(["序", "号"]))
        #expect(FlowHeaderBlock.opensWithKnownTitle(["权", "力", "事", "项", "名", "称"]))
        #expect(!FlowHeaderBlock.opensWithKnownTitle(["对", "违", "反", "规", "定", "的", "处罚"]))
        #expect(!FlowHeaderBlock.opensWithKnownTitle(["行使", "层级", "序号"]))
        #expect(!FlowHeaderBlock.opensWithKnownTitle([]))
    }

    /// The header block's answers stand where the refusal cuts the run short.
    @Test func aRunOfPiecesOpeningWithNoTitleIsNoHeader() {
        let lines = ["对", "违", "反", "规", "定", "的", "序号", "权力类型", "权力事项", "实施依据", "责任事项", "追责情形", "1"]
        #expect(FlowHeaderBlock.match(lines, at: 0) == nil)
        #expect(FlowHeaderBlock.match(lines, at: 6)?.lineCount == 6)
    }
}
