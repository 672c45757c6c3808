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
}
