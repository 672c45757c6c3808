@testable import OCR
import Testing

/// A bold title set just above a table is no rule: neither its strokes'
/// uprights, whose feet meet the table's top rule, nor its characters' flat
/// feet lined up over most of an inch (`RulingLines.openRule`).
@Suite struct TitleStrokeRulesTests {
    /// A 1-bit page, 4 by 2.7 inches at 300 dpi, with the given rectangles inked: (left, top, right, bottom).
    static func page(_ rects: [(Int, Int, Int, Int)]) -> PageImage {
        HyphenPairsTests.ink(rects.map { PixelBox(left: $0.0, top: $0.1, right: $0.2, bottom: $0.3) }, width: 1200, height: 800)
    }

    /// Rules across at 400 (top), 460 (under the header) and 700; columns at
    /// 50, 300 and 1150; a header-only column rule at 700, 0.2 inch tall.
    static let table = [
        (50, 400, 1150, 403), (50, 460, 1150, 463), (50, 700, 1150, 703),
        (50, 400, 53, 703), (300, 400, 303, 703), (1147, 400, 1150, 703), (700, 400, 703, 463),
    ]
    /// A title's uprights, 62 pixels tall, their feet 8 pixels over the top
    /// rule; and the characters' feet in one line, 0.87 inch long.
    static let title = [(400, 330, 409, 392), (460, 330, 469, 392), (520, 330, 529, 392), (380, 386, 640, 392)]

    @Test func aTitleJustAboveTheTableIsNoRule() throws {
        let rules = try #require(RulingLines(binary: Self.page(Self.table + Self.title), dpi: 300))
        #expect(!rules.vertical.contains { $0.top < 395 }, "\(rules.vertical)")
        #expect(!rules.horizontal.contains { $0.top < 395 }, "\(rules.horizontal)")
    }

    @Test func theTablesOwnRulesStay() throws {
        let rules = try #require(RulingLines(binary: Self.page(Self.table + Self.title), dpi: 300))
        // The header-only rule meets a rule across at both its ends.
        #expect(rules.vertical.contains { $0.left >= 698 && $0.right <= 705 && $0.top <= 401 && $0.bottom >= 461 }, "\(rules.vertical)")
        #expect(rules.vertical.filter { $0.bottom >= 700 }.count == 3)
        #expect(rules.horizontal.filter { $0.width > 1000 }.count == 3)
    }

    @Test func aRuleAcrossWithNoColumnRulesStaysWhenItSpansTheTable() throws {
        // A table ruled only across: its rules run its whole width, no column rule meets them.
        let rules = try #require(RulingLines(binary: Self.page([(50, 400, 1150, 403), (50, 460, 1150, 463), (50, 700, 1150, 703)]), dpi: 300))
        #expect(rules.horizontal.count == 3)
    }
}
