@testable import OCR
import PowerListModel
import Testing

/// A doubtful character is mended from the document's own sure wording, and
/// only where that wording names one character.
@Suite struct RecognitionConsensusTests {
    /// A page of lines, each glyph 10 points wide; `doubtful` maps a line's
    /// character index to its confidence (the rest are read at 99 %).
    static func page(_ lines: [(text: String, doubtful: [Int: UInt8])]) -> RecognizedPage {
        var glyphs: [Glyph] = []
        for (row, line) in lines.enumerated() {
            let top = 20 * Double(row)
            for (index, scalar) in line.text.unicodeScalars.enumerated() {
                let x = 10 * Double(index)
                glyphs.append(Glyph(scalar: scalar, x0: x, y0: top, x1: x + 10, y1: top + 14, confidence: line.doubtful[index] ?? 99))
            }
        }
        return RecognizedPage(glyphs: GlyphPage(number: 1, width: 800, height: 600, glyphs: glyphs), meanConfidence: nil, skew: 0)
    }

    static func mended(_ lines: [(text: String, doubtful: [Int: UInt8])], lexicon: (any Lexicon)? = nil) -> (lines: [String], count: Int) {
        var pages = [page(lines)]
        RecognitionConsensus.apply(to: &pages, lexicon: lexicon)
        let glyphs = pages[0].glyphs.glyphs
        let text = Dictionary(grouping: glyphs, by: \.y0).sorted { $0.key < $1.key }.map { String(String.UnicodeScalarView($0.value.map(\.scalar))) }
        return (text, pages[0].mended)
    }

    @Test func aDoubtfulCharacterTakesTheDocumentsSureWording() {
        let result = Self.mended([("以其他手段负取医保", [5: 6]), ("以欺诈手段骗取基金", [:]), ("其他手段骗取待遇", [:])])
        #expect(result.lines[0] == "以其他手段骗取医保")
        #expect(result.count == 1)
    }

    @Test func numeralsAMarkWithTwoCandidatesAndAWordSeenOnceStay() {
        let lines: [(text: String, doubtful: [Int: UInt8])] = [
            ("第八十四条", [3: 60]), ("第八十七条", [:]), ("第九十七条", [:]),
            ("玩忽职守；对", [4: 65]), ("职守，对此", [:]), ("职守、对其", [:]), ("守，对", [:]), ("守、对", [:]),
            ("医保基疹中", [3: 66]), ("基金中", [:]),
        ]
        let result = Self.mended(lines)
        #expect(result.lines == lines.map(\.text))
        #expect(result.count == 0)
    }

    /// Read at 92 %, sure by the doubtful mark, but making no word where the document's reading does.
    @Test func aCharacterMakingNoWordTakesTheDocumentsWordingWhenALexiconTells() {
        let words = WordList(["保险", "生育", "登记", "医药", "医疗", "机构"])
        let lines: [(text: String, doubtful: [Int: UInt8])] = [("生育梨险登记", [2: 92]), ("生育保险待遇", [:]), ("参加生育保险", [:])]
        #expect(Self.mended(lines, lexicon: words).lines[0] == "生育保险登记")
        // Without a lexicon, or read surely (95 % and more), it stays.
        #expect(Self.mended(lines).lines[0] == "生育梨险登记")
        #expect(Self.mended([("生育梨险登记", [2: 96]), ("生育保险待遇", [:]), ("参加生育保险", [:])], lexicon: words).lines[0] == "生育梨险登记")
    }

    /// `医药` is a word: printed so among many `医疗机构`.
    @Test func aCharacterMakingAWordStays() {
        let words = WordList(["医药", "医疗", "机构"])
        let lines: [(text: String, doubtful: [Int: UInt8])] = [("定点医药机构", [3: 92]), ("定点医疗机构", [:]), ("医疗机构的", [:])]
        let result = Self.mended(lines, lexicon: words)
        #expect(result.lines == lines.map(\.text))
        #expect(result.count == 0)
    }

    @Test func theCountReachesTheOCRTextWarning() {
        var page = Self.page([("以手段骗取", [:])])
        page.mended = 2
        #expect(RecognitionDiagnostics.recognizedText([page]).message == "第1页无文字层（扫描图像），文字经OCR识别，平均置信度99%，其中2个低置信度字符按全文用字校正，可能有误")
    }
}
