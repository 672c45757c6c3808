import CTesseract
@testable import OCR
import Testing

/// A stroke of a heading's text in line with a column rule does not carry
/// the rule through the merged cell (`MergedCellRules`).
@Suite struct MergedCellRulesTests {
    /// A 1-bit page (1 = ink) with the given rectangles inked: (left, top, right, bottom).
    static func page(_ rects: [(Int, Int, Int, Int)]) throws -> PageImage {
        let image = try #require(PageImage.adopting(pixCreate(400, 400, 1)))
        for (left, top, right, bottom) in rects {
            var box = boxCreate(Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
            pixSetInRect(image.pix, box)
            boxDestroy(&box)
        }
        return image
    }

    /// Rules across the table at 100, 160, 220 and 300; the heading row
    /// 160–220 is one merged cell; the column rule at x 50 stops at it.
    static let grid = [(20, 100, 380, 103), (20, 160, 380, 163), (20, 220, 380, 223), (20, 300, 380, 303), (50, 100, 53, 163), (50, 220, 53, 303)]

    @Test func aStrokeInLineWithARuleLeavesTheMergedCellUncut() throws {
        // The heading's upright, 8 and 10 pixels clear of the rules: within the bridge of both.
        let rules = try #require(RulingLines(binary: Self.page(Self.grid + [(49, 171, 55, 210)]), dpi: 300))
        let column = rules.vertical.filter { $0.left < 60 }
        #expect(column.count == 2)
        #expect(!column.contains { $0.top < 190 && $0.bottom > 190 }, "no rule through the heading: \(column)")
    }

    @Test func aRuleTheScanBrokeInsideARowStaysOneRule() throws {
        // The same rule drawn through the middle row, broken for 6 pixels in it.
        let rules = try #require(RulingLines(binary: Self.page(Self.grid + [(50, 163, 53, 185), (50, 191, 53, 220)]), dpi: 300))
        let column = rules.vertical.filter { $0.left < 60 }
        #expect(column.count == 1)
        #expect(column.first.map { $0.top <= 101 && $0.bottom >= 302 } == true, "\(column)")
    }
}
