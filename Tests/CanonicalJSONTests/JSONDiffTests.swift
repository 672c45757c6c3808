import CanonicalJSON
import Testing
import TestSupport

/// The golden tests' failure messages (TestSupport's `JSONDiff`).
@Suite struct JSONDiffTests {
    @Test func equalValuesHaveNoDifferences() throws {
        let gold = try Fixtures.json("seeds/000_53652f109c077542.gold.json")
        #expect(JSONDiff.differences(expected: gold, actual: gold).isEmpty)
    }

    @Test func namesEachDifferenceByItsPath() throws {
        let expected = try JSONParser.parse(#"""
            {"items": [{"seq": 1, "basis": {"provisions": [{"text": "甲"}, {"text": "乙"}]}, "pages": [3, 4]}],
             "summary": null, "odd key": 1, "gone": true}
            """#)
        let actual = try JSONParser.parse(#"""
            {"items": [{"seq": 1, "basis": {"provisions": [{"text": "甲"}, {"text": "丙"}]}, "pages": [3]}],
             "summary": {"declaredTotal": 1}, "odd key": 2, "new": "x"}
            """#)
        #expect(JSONDiff.differences(expected: expected, actual: actual) == [
            "gone: missing, expected true",
            "items[0].basis.provisions[1].text: expected \"乙\", got \"丙\"",
            "items[0].pages: expected 2 elements, got 1",
            "items[0].pages[1]: missing, expected 4",
            "new: unexpected \"x\"",
            "[\"odd key\"]: expected 1, got 2",
            "summary: expected null, got {\"declaredTotal\":1}",
        ])
    }

    @Test func shortensLongValues() {
        let long = String(repeating: "权", count: 200)
        let diffs = JSONDiff.differences(expected: .string(long), actual: .null)
        #expect(diffs == ["(root): expected \"" + String(repeating: "权", count: 116) + "…, got null"])
    }
}
