#if canImport(Glibc)
import Glibc
#endif
import PowerListModel

/// One kind of page chrome a portal prints around its content — the
/// breadcrumb trail, the publication facts, the print/close controls, the
/// site footer — recognized on a line of copied text. Each rule carries the
/// lines it takes and lines it must leave, and one test runs them all.
protocol ChromeRule: Sendable {
    /// `line` has its white space collapsed.
    static func matches(_ line: String) -> Bool
    static var examples: ChromeExamples { get }
}

public struct ChromeExamples: Sendable {
    public var chrome: [String]
    public var content: [String]
}

/// The rules, in the order they are asked.
public enum PortalChrome {
    static let rules: [any ChromeRule.Type] = [Breadcrumb.self, PublicationFacts.self, PageControls.self, SiteFooter.self]

    /// Whether a line is the page's chrome rather than its content.
    public static func isChrome(_ line: String) -> Bool {
        let line = TextNormalizer.collapseWhitespace(line)
        return rules.contains { $0.matches(line) }
    }

    /// Every rule's name and examples, for the example tests.
    public static var examples: [(rule: String, examples: ChromeExamples)] {
        rules.map { ("\($0)", $0.examples) }
    }
}

extension String {
    /// Whether `text`'s UTF-8 bytes occur in the line's: a quick test that
    /// `contains(text)` can only pass after (for text without decomposable
    /// characters, as the chrome's marks are).
    func containsUTF8(_ text: String) -> Bool {
        var line = self, text = text
        return line.withUTF8 { haystack in
            text.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count)
                where haystack[start] == first && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
                    return true
                }
                return false
            }
        }
    }

    /// Whether the line opens with one of `labels` followed by a colon.
    func opensWithLabel(_ labels: [String]) -> Bool {
        // A label is followed by a colon: a line without one opens with none.
        guard holdsColon else { return false }
        let compact = TextNormalizer.removingWhitespace(self)
        return labels.contains { label in
            compact.hasPrefix(label) && compact.dropFirst(label.count).first.map { $0 == "：" || $0 == ":" } == true
        }
    }
}
