import Testing
@testable import PortalText

/// Every chrome rule's own examples: the lines it takes as chrome and the
/// content lines it must leave.
@Suite struct PortalChromeTests {
    static let rules = PortalChrome.examples.map { RuleExamples(rule: $0.rule, examples: $0.examples) }

    struct RuleExamples: Sendable, CustomTestStringConvertible {
        var rule: String
        var examples: ChromeExamples
        var testDescription: String { rule }
    }

    @Test(arguments: rules) func ruleTakesItsChromeLines(rule: RuleExamples) {
        for line in rule.examples.chrome {
            #expect(PortalChrome.isChrome(line), "\(rule.rule) should take “\(line)”")
        }
    }

    @Test(arguments: rules) func noRuleTakesContentLines(rule: RuleExamples) {
        for line in rule.examples.content {
            #expect(!PortalChrome.isChrome(line), "“\(line)” is content, yet a rule takes it")
        }
    }

    /// The byte test `SiteFooter` asks before `contains`: never false where `contains` is true.
    @Test func aLineHoldsAMarkByItsBytes() {
        #expect("网站地图 | 关于我们 | 网站声明".containsUTF8("关于我们"))
        #expect("关于我们".containsUTF8("关于我们"))
        #expect(!"关于我".containsUTF8("关于我们"))
        #expect(!"网站地图".containsUTF8(""))
        #expect(!"对未取得网站备案擅自经营的处罚".containsUTF8("关于我们"))
        for (line, mark) in [("主办单位：某县人民政府", "主办单位"), ("网站标识码：1305030001", "网站标识码"), ("版权所有", "所有")] {
            #expect(line.containsUTF8(mark) == line.contains(mark), "\(line) \(mark)")
        }
    }
}
