import Testing
@testable import PortalText

/// What the portal-text test takes and what it leaves to the other text readers.
@Suite struct PortalTextSnifferTests {
    @Test func pipeTablesCardsAndFlowingItemsArePortalText() {
        #expect(PortalTextSniffer.isPortalText(["序号 | 权责事项 | 设定依据 | 责任事项 |", "1 | 对某行为的处罚 | 《某法》 | 立案责任 |"]))
        #expect(PortalTextSniffer.isPortalText([
            "职权名称：对甲的处罚", "职权类型：行政处罚", "实施依据：《某法》", "", "职权名称：对乙的处罚", "职权类型：行政处罚", "实施依据：《某法》",
        ]))
        #expect(PortalTextSniffer.isPortalText([
            "一、对甲的处罚 实施依据：《某法》。责任事项：审查。", "二、对乙的处罚 实施依据：《某法》。责任事项：审查。",
        ]))
    }

    @Test func aSpacedHeaderCountsOnlyOnAPageWithChrome() {
        let table = ["序号 权力类型 权力事项 实施依据 责任事项 追责情形", "1 行政处罚 对甲的处罚 《某法》 立案责任 因不履行"]
        #expect(!PortalTextSniffer.isPortalText(table))
        #expect(PortalTextSniffer.isPortalText(["首页 > 政务公开 > 权责清单"] + table))
    }

    @Test func aLayoutDumpsWrappedHeaderRepeatedOnEveryPageIsNoCard() {
        let page = ["序号        权力事项        实施依据        责任事项        追责情形        备注", "类型           主体", "1  行政处罚  对甲的处罚  《某法》"]
        #expect(!PortalTextSniffer.isPortalText(page + page + page))
    }

    @Test func flowDumpsAreNot() {
        #expect(!PortalTextSniffer.isPortalText(["序号", "权力", "类型", "权力事项", "实施依据 责任事项 追责情形 备注", "1", "行政", "处罚"]))
    }
}
