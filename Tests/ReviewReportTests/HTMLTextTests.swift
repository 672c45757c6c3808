import Testing
@testable import ReviewReport

@Suite struct HTMLTextTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(HTMLText.escaped("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
    }
}
