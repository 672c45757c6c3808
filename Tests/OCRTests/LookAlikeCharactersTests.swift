@testable import OCR
import PowerListModel
import Testing

/// A character read as its look-alike is mended only where the reading
/// makes no word and the look-alike makes one.
@Suite struct LookAlikeCharactersTests {
    static let words = WordList(["资料", "资源", "一次", "相关", "违反", "自然", "予以", "掺杂", "产品", "骗取", "告知", "处罚"])

    static func mended(_ lines: [String]) -> (lines: [String], count: Int) {
        var pages = [RecognitionConsensusTests.page(lines.map { ($0, [:]) })]
        LookAlikeCharacters.apply(to: &pages, lexicon: words)
        let glyphs = pages[0].glyphs.glyphs
        let text = Dictionary(grouping: glyphs, by: \.y0).sorted { $0.key < $1.key }.map { String(String.UnicodeScalarView($0.value.map(\.scalar))) }
        return (text, pages[0].lookAlikes)
    }

    @Test func aReadingMakingNoWordTakesTheLookAlikeThatMakesOne() {
        let result = Self.mended(["相关的次料予以封存", "自然次源主管部门", "韦反规定", "在产品中挫杂", "驴取基金", "行政处罚千知"])
        #expect(result.lines == ["相关的资料予以封存", "自然资源主管部门", "违反规定", "在产品中掺杂", "骗取基金", "行政处罚告知"])
        #expect(result.count == 6)
    }

    /// The Land Administration Law's phrase in a Song face; a number's 十 makes a word.
    @Test func theLandLawsPhraseIsMended() {
        let words = WordList(["建窑", "挖砂", "取土", "土地", "盐渍", "第十", "十条", "建房"])
        var pages = [RecognitionConsensusTests.page([("占用耕地建密、建房、控砂、取十等", [:]), ("造成十地盐读化", [:]), ("第十条", [:])])]
        LookAlikeCharacters.apply(to: &pages, lexicon: words)
        let lines = Dictionary(grouping: pages[0].glyphs.glyphs, by: \.y0).sorted { $0.key < $1.key }.map { String(String.UnicodeScalarView($0.value.map(\.scalar))) }
        #expect(lines == ["占用耕地建窑、建房、挖砂、取土等", "造成土地盐渍化", "第十条"])
        #expect(pages[0].lookAlikes == 5)
    }

    @Test func aReadingMakingAWordOrALookAlikeMakingNoneStays() {
        // `一次` is a word; `资` makes none in `以次充好`; `次` alone on its line has no neighbour to make one with.
        let lines = ["第一次会议", "以次充好", "次"]
        let result = Self.mended(lines)
        #expect(result.lines == lines)
        #expect(result.count == 0)
    }

    /// `货源` is a word, but the document reads `然资源` surely far more often.
    @Test func theDocumentsSureReadingsDecideWhereBothMakeWords() {
        let words = WordList(["货源", "资源", "自然", "矿产"])
        var pages = [RecognitionConsensusTests.page(
            [("自然货源开发利用股", [:]), ("自然货源开发", [:])] + Array(repeating: ("自然资源主管部门", [:]), count: 6)
        )]
        LookAlikeCharacters.apply(to: &pages, lexicon: words)
        let lines = Dictionary(grouping: pages[0].glyphs.glyphs, by: \.y0).sorted { $0.key < $1.key }.map { String(String.UnicodeScalarView($0.value.map(\.scalar))) }
        #expect(lines.prefix(2) == ["自然资源开发利用股", "自然资源开发"])
        // Read as often as a third of the look-alike's readings: left as read.
        var even = [RecognitionConsensusTests.page(
            [("自然货源开发", [:]), ("自然货源开发", [:])] + Array(repeating: ("自然资源主管部门", [:]), count: 5)
        )]
        LookAlikeCharacters.apply(to: &even, lexicon: words)
        #expect(even[0].lookAlikes == 0)
    }

    /// A cell's text wraps mid-word: the line below goes on from the line's end.
    /// A line beside it (its next glyph to the right, on another band) does not.
    @Test func aWrappedLineGoesOnFromTheLineAbove() {
        // `page(_:)` sets each line 20 points below the last, glyphs 14 high: 6 apart, under 0.8 of a line.
        #expect(Self.mended(["相关的次", "料予以"]).lines == ["相关的资", "料予以"])
        var pages = [RecognitionConsensusTests.page([("相关的次", [:])])]
        let beside = Glyph(scalar: "料", x0: 50, y0: 20, x1: 60, y1: 34, confidence: 99)
        pages[0].glyphs.glyphs.append(beside)
        LookAlikeCharacters.apply(to: &pages, lexicon: Self.words)
        #expect(pages[0].glyphs.glyphs.map(\.scalar).contains("次"))
    }

    @Test func theCountReachesTheOCRTextWarning() {
        var page = RecognitionConsensusTests.page([("以手段骗取", [:])])
        page.lookAlikes = 3
        #expect(RecognitionDiagnostics.recognizedText([page]).message == "第1页无文字层（扫描图像），文字经OCR识别，平均置信度99%，其中3个不成词的形近字按词语校正，可能有误")
    }
}
