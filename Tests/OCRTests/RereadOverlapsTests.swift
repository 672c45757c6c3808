@testable import OCR
import Testing

/// Lines read outside the table are blocks of their own, but for a line
/// read over the one before it on its band (a large title read as two
/// lines, the second from its second character): one block, whose overlap
/// the corrections mend.
@Suite struct RereadOverlapsBlockTests {
    static func line(_ text: String, left: Int, top: Int, confidence: Float = 95) -> RecognizedLine {
        RecognizedLine(boxing: text.unicodeScalars.enumerated().map { index, scalar in
            RecognizedSymbol(text: String(scalar), box: PixelBox(left: left + 70 * index, top: top, right: left + 70 * index + 60, bottom: top + 70), confidence: confidence)
        })
    }

    @Test func aTitleReadTwiceOverItselfIsOneBlock() {
        let first = Self.line("邢台市隆鞠县市场监", left: 970, top: 235)
        let second = Self.line("全市隆芜县市场监督管理局", left: 1040, top: 234, confidence: 90)
        let below = Self.line("（共六类、16项）", left: 1500, top: 330)
        let blocks = RereadOverlaps.blocks(of: [first, second, below])
        #expect(blocks.map(\.count) == [2, 1])
        var mended = blocks
        RecognitionCorrections.apply(to: &mended, verticalRules: [], tolerance: 2)
        #expect(mended[0].symbolTexts.joined() == "邢台市隆鞠县市场监督管理局")
    }

    @Test func linesApartStayBlocksOfTheirOwn() {
        let left = Self.line("权责清单", left: 100, top: 200), right = Self.line("事项总表", left: 500, top: 200)
        #expect(RereadOverlaps.blocks(of: [left, right]).map(\.count) == [1, 1])
    }
}
