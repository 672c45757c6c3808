@testable import GeometricTables
import PowerListModel
import Testing

/// Whether a printed line is set in larger type (a title) or is a row of
/// cells: most of its glyphs decide, not the tallest one.
@Suite struct PageLineTypeSizeTests {
    /// A fragment of `text`, one glyph per scalar, `height` tall, starting at `x`.
    func fragment(_ text: String, x: Double, height: Double) -> TextFragment {
        let glyphs = text.unicodeScalars.enumerated().map { index, scalar in
            Glyph(scalar: scalar, x0: x + 10 * Double(index), y0: 100, x1: x + 10 * Double(index + 1), y1: 100 + height)
        }
        return TextFragment(page: 1, x0: x, x1: x + 10 * Double(glyphs.count), y0: 100, y1: 100 + height, text: text, glyphs: glyphs)
    }

    @Test func aTitleIsSetLarger() {
        let title = PageLine(fragments: [fragment("测试县测试局权责清单", x: 100, height: 16), fragment("（2025年版）", x: 210, height: 10)])
        #expect(title.isMostlyTaller(than: 13))
    }

    @Test func aRowWithOneTallCellIsNoTitle() {
        // A recognized cell boxed round a speck above it stands taller than its neighbours.
        let row = PageLine(fragments: [
            fragment("1", x: 30, height: 10), fragment("行政处罚", x: 60, height: 10), fragment("记、未按规定变更登", x: 100, height: 10),
            fragment("襄都区医疗", x: 200, height: 15), fragment("应当依法移送追究刑事", x: 300, height: 10),
        ])
        #expect(!row.isMostlyTaller(than: 13))
    }
}
