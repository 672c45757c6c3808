@testable import OCR
import Testing

/// A colon or a semicolon read as a comma is told by its ink.
@Suite struct DottedMarksTests {
    /// A line of UMing print (characters 1414–1449, em 35, drawn at 300 dpi):
    /// `第一款` then a mark read `，` boxed late (1167–1206), then `建`.
    static func line(_ mark: String) -> RecognizedLine {
        let symbols = [("第", 1055, 1090), ("一", 1098, 1130), ("款", 1133, 1163), (mark, 1167, 1206), ("建", 1206, 1240)].map { text, left, right in
            RecognizedSymbol(text: text, box: PixelBox(left: left, top: 1414, right: right, bottom: 1449), confidence: 97)
        }
        return RecognizedLine(box: PixelBox(left: 1055, top: 1394, right: 1240, bottom: 1463), words: [RecognizedWord(symbols: symbols)])
    }

    static func reading(_ line: RecognizedLine, ink: [PixelBox]) -> String {
        var line = line
        DottedMarks.apply(to: &line, em: 35) { region in
            ink.filter { $0.left < region.right && $0.right > region.left && $0.top < region.bottom && $0.bottom > region.top }
        }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    /// 款's strokes beside the mark: big pieces, and the ink of the next line below.
    static let strokes = [PixelBox(left: 1133, top: 1414, right: 1158, bottom: 1449), PixelBox(left: 1158, top: 1458, right: 1190, bottom: 1470)]

    @Test func twoDotsOverOneAnotherAreAColon() {
        // The dots stand at the right edge of 款's box, 0.58 and 0.84 down (4 by 3 pixels each).
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1445)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots) == "第一款：建")
        #expect(Self.reading(Self.line("”"), ink: Self.strokes + dots) == "第一款：建")
    }

    @Test func aFullStopBeforeAListsFirstNumberMayBeAColon() {
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1445)]
        // `…天数为。(一)`: the next symbols open the list.
        var listed = Self.line("。")
        listed.words[0].symbols[4].text = "("
        for (text, left) in [("一", 1240), (")", 1275)] {
            listed.words[0].symbols.append(RecognizedSymbol(text: text, box: PixelBox(left: left, top: 1414, right: left + 30, bottom: 1449), confidence: 97))
        }
        #expect(Self.reading(listed, ink: Self.strokes + dots) == "第一款：(一)")
        // A full stop's ring stays, and so does any full stop not before a first number.
        let ring = [PixelBox(left: 1159, top: 1440, right: 1167, bottom: 1448)]
        #expect(Self.reading(listed, ink: Self.strokes + ring) == "第一款。(一)")
        #expect(Self.reading(Self.line("。"), ink: Self.strokes + dots) == "第一款。建")
    }

    @Test func aDotOverACommaIsASemicolon() {
        let marks = [PixelBox(left: 1159, top: 1433, right: 1162, bottom: 1436), PixelBox(left: 1159, top: 1441, right: 1163, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + marks) == "第一款；建")
        #expect(Self.reading(Self.line("："), ink: Self.strokes + marks) == "第一款；建")
        // Scanned at 200 dpi the comma is hardly taller than wide (4 by 5) and
        // ends at the feet (0.94), where a colon's dot may too: read as a comma,
        // it is a semicolon's; read as a colon, it stays.
        let small = [PixelBox(left: 1159, top: 1433, right: 1162, bottom: 1437), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1447)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + small) == "第一款；建")
        #expect(Self.reading(Self.line("："), ink: Self.strokes + small) == "第一款：建")
        // Read as a semicolon, a lower piece taller than wide ending above 0.92 stays one's comma.
        let short = [PixelBox(left: 1159, top: 1432, right: 1162, bottom: 1436), PixelBox(left: 1159, top: 1441, right: 1163, bottom: 1446)]
        #expect(Self.reading(Self.line("；"), ink: Self.strokes + short) == "第一款；建")
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + short) == "第一款：建")
        // Dots as tall as each other (3 by 4, ending at 0.89) are a colon's, read `；` or not.
        let even = [PixelBox(left: 1159, top: 1432, right: 1162, bottom: 1436), PixelBox(left: 1159, top: 1441, right: 1162, bottom: 1445)]
        #expect(Self.reading(Self.line("；"), ink: Self.strokes + even) == "第一款：建")
        // A lower dot a pixel taller than the upper but no taller than wide (4 by 4 under 4 by 3): a colon's.
        let round = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1441, right: 1163, bottom: 1445)]
        #expect(Self.reading(Self.line("；"), ink: Self.strokes + round) == "第一款：建")
        // Under a flat speck (4 by 2), or ending lower (0.97: a comma), it stays a comma.
        let flat = [PixelBox(left: 1159, top: 1434, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1447)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + flat) == "第一款，建")
        let low = [PixelBox(left: 1159, top: 1433, right: 1162, bottom: 1437), PixelBox(left: 1159, top: 1443, right: 1163, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + low) == "第一款，建")
    }

    @Test func aStrokesEndOverGrainIsNoSemicolon() {
        // `情况，公安`: the end of 公's stroke (6 by 8) over grain (2 by 3), tall for its width.
        let pieces = [PixelBox(left: 1159, top: 1425, right: 1165, bottom: 1433), PixelBox(left: 1161, top: 1445, right: 1163, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + pieces) == "第一款，建")
    }

    @Test func aCommaOrASpeckOverItStaysAComma() {
        // A comma alone, and a comma broken into head and tail (both at the feet).
        let comma = [PixelBox(left: 1159, top: 1441, right: 1163, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + comma) == "第一款，建")
        let broken = [PixelBox(left: 1159, top: 1447, right: 1162, bottom: 1450), PixelBox(left: 1158, top: 1452, right: 1161, bottom: 1458)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + broken) == "第一款，建")
        // A speck 0.46 down and 2.5 pixels off the comma's centre line (`许可的，书面`).
        let speck = [PixelBox(left: 1156, top: 1429, right: 1160, bottom: 1432), PixelBox(left: 1159, top: 1442, right: 1162, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + speck) == "第一款，建")
        // Grain straight over a comma is smaller than a dot (2 by 2 over 5 by 10).
        let grain = [PixelBox(left: 1160, top: 1430, right: 1162, bottom: 1432), PixelBox(left: 1159, top: 1441, right: 1164, bottom: 1451)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + grain) == "第一款，建")
        // A stroke in the pair's column makes it part of a character.
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1445)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1160, top: 1416, right: 1162, bottom: 1428)]) == "第一款，建")
    }

    @Test func aPairAfterACommaIsTheNextCharactersPrint() {
        // `执法证件，允许` (the corpus face): the comma at the feet first (6 by 12,
        // larger than a dot), then two small pieces of `允` over one another.
        let ink = Self.strokes + [
            PixelBox(left: 1163, top: 1440, right: 1169, bottom: 1452), PixelBox(left: 1196, top: 1424, right: 1199, bottom: 1427),
            PixelBox(left: 1196, top: 1444, right: 1199, bottom: 1447),
        ]
        #expect(Self.reading(Self.line("，"), ink: ink) == "第一款，建")
    }

    /// The symbol before boxed from the dots on (`任` boxed 1159–1163), and
    /// the end of a stroke of the character before at the feet (条's 8 by 9,
    /// 任's 4 by 3): still a colon. A piece cut at the stretch's left edge is
    /// the character's.
    @Test func theSymbolBeforeBoxedFromTheDotsOn() {
        var line = Self.line("，")
        line.words[0].symbols[2].box.left = 1159
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1162, bottom: 1445)]
        #expect(Self.reading(line, ink: dots) == "第一款：建")
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1148, top: 1440, right: 1156, bottom: 1449)]) == "第一款：建")
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1150, top: 1444, right: 1154, bottom: 1447)]) == "第一款：建")
        // A comma before them (3 by 5) still makes them the next character's.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1150, top: 1442, right: 1153, bottom: 1447)]) == "第一款，建")
        // The end of a stroke of the character, comma-shaped (3 by 4) but ending
        // short of the feet (0.86: 款's), is no comma before them.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1135, top: 1440, right: 1138, bottom: 1444)]) == "第一款：建")
        // A comma set low (its middle at 0.96) is a comma before them all the same.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1150, top: 1442, right: 1154, bottom: 1453)]) == "第一款，建")
        // Grain below the feet (1 by 2) is no comma either.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1150, top: 1451, right: 1151, bottom: 1453)]) == "第一款：建")
        // One reaching the feet but cut at the stretch's left edge runs on left of it: the character's.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + [PixelBox(left: 1126, top: 1436, right: 1132, bottom: 1447)]) == "第一款：建")
        // Ink running on left of the stretch is the character before's.
        let clipped = { (region: PixelBox) in
            (dots + [PixelBox(left: 1100, top: 1433, right: 1163, bottom: 1436)]).compactMap { piece -> PixelBox? in
                guard piece.left < region.right, piece.right > region.left, piece.top < region.bottom, piece.bottom > region.top else { return nil }
                return PixelBox(left: max(piece.left, region.left), top: piece.top, right: min(piece.right, region.right), bottom: piece.bottom)
            }
        }
        var cut = line
        DottedMarks.apply(to: &cut, em: 35, pieces: clipped)
        #expect(cut.words.flatMap(\.symbols).map(\.text).joined() == "第一款，建")
    }

    @Test func aPairFurtherOnIsTheNextCharactersPrint() {
        // `八条：县`: 县's strokes, over one another within the stretch, placed as a semicolon's.
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1445)]
        let next = [PixelBox(left: 1185, top: 1433, right: 1188, bottom: 1436), PixelBox(left: 1185, top: 1441, right: 1189, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + next) == "第一款：建")
        // Two pairs side by side, less than half an em apart: no telling which is the mark.
        let beside = [PixelBox(left: 1167, top: 1433, right: 1170, bottom: 1436), PixelBox(left: 1167, top: 1441, right: 1171, bottom: 1448)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + dots + beside) == "第一款，建")
    }

    /// `第一款建`, the model having read nothing between 款 and 建.
    static func lineWithoutMark(after: String = "建", afterLeft: Int = 1206) -> RecognizedLine {
        let symbols = [("第", 1055, 1090), ("一", 1098, 1130), ("款", 1133, 1163), (after, afterLeft, afterLeft + 34)].map { text, left, right in
            RecognizedSymbol(text: text, box: PixelBox(left: left, top: 1414, right: right, bottom: 1449), confidence: 97)
        }
        return RecognizedLine(box: PixelBox(left: 1055, top: 1394, right: 1240, bottom: 1463), words: [RecognizedWord(symbols: symbols)])
    }

    @Test func aMarkReadAsNothingIsPutBack() {
        let dots = [PixelBox(left: 1170, top: 1433, right: 1174, bottom: 1436), PixelBox(left: 1170, top: 1442, right: 1174, bottom: 1445)]
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + dots) == "第一款：建")
        let semicolon = [PixelBox(left: 1170, top: 1433, right: 1173, bottom: 1436), PixelBox(left: 1170, top: 1441, right: 1174, bottom: 1448)]
        #expect(Self.reading(Self.lineWithoutMark(after: "2"), ink: Self.strokes + semicolon) == "第一款；2")
        // A character boxed from its right part leaves a blank holding its own dots (法's 氵).
        #expect(Self.reading(Self.lineWithoutMark(afterLeft: 1185), ink: Self.strokes + dots) == "第一款建")
        // Characters set close leave no room for a mark; a blank without one stays blank.
        #expect(Self.reading(Self.lineWithoutMark(afterLeft: 1170), ink: Self.strokes + dots) == "第一款建")
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes) == "第一款建")
        // A comma read as nothing: one narrow piece at the feet, its tail below 0.88.
        let comma = [PixelBox(left: 1168, top: 1440, right: 1171, bottom: 1448)]
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + comma) == "第一款，建")
        // A speck, a comma-shaped piece ending high, or a comma with more ink beside it: nothing.
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + [PixelBox(left: 1168, top: 1444, right: 1171, bottom: 1447)]) == "第一款建")
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + [PixelBox(left: 1168, top: 1436, right: 1171, bottom: 1443)]) == "第一款建")
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + comma + [PixelBox(left: 1180, top: 1420, right: 1190, bottom: 1430)]) == "第一款建")
        // A character's two stacked strokes with more of it in their column are no mark.
        #expect(Self.reading(Self.lineWithoutMark(), ink: Self.strokes + dots + [PixelBox(left: 1171, top: 1416, right: 1173, bottom: 1428)]) == "第一款建")
    }

    @Test func aCommaReadAsAQuoteIsAComma() {
        // One piece at the feet, none in the upper half: `采矿”擅自` → `采矿，擅自`.
        let comma = [PixelBox(left: 1165, top: 1441, right: 1170, bottom: 1451)]
        #expect(Self.reading(Self.line("”"), ink: Self.strokes + comma) == "第一款，建")
        // A quote's two commas stand at the top: `中国”网站` stays.
        let quote = [PixelBox(left: 1165, top: 1414, right: 1169, bottom: 1422), PixelBox(left: 1172, top: 1414, right: 1176, bottom: 1422)]
        #expect(Self.reading(Self.line("”"), ink: Self.strokes + quote) == "第一款”建")
    }

    /// The mark read with the print at the page's threshold (`ink`) and at a lighter grey (`faint`).
    static func reading(_ line: RecognizedLine, ink: [PixelBox], faint: [PixelBox]) -> String {
        var line = line
        let within = { (boxes: [PixelBox]) in
            { (region: PixelBox) in
                boxes.compactMap { box -> PixelBox? in
                    let clipped = PixelBox(left: max(box.left, region.left), top: max(box.top, region.top), right: min(box.right, region.right), bottom: min(box.bottom, region.bottom))
                    return clipped.width > 0 && clipped.height > 0 ? clipped : nil
                }
            }
        }
        DottedMarks.apply(to: &line, em: 35, pieces: within(ink), faint: within(faint))
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func aCommaWhoseTailIsFaintIsASemicolons() {
        // UMing's semicolon at 300 dpi: the threshold keeps its comma's head
        // alone, 3 by 3 under a 3 by 3 dot, as a colon's; taken lighter, the
        // head runs on 5 pixels down into its tail (5 by 8).
        let heads = [PixelBox(left: 1159, top: 1433, right: 1162, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1162, bottom: 1445)]
        let tailed = [PixelBox(left: 1158, top: 1432, right: 1163, bottom: 1437), PixelBox(left: 1157, top: 1441, right: 1162, bottom: 1450)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + heads, faint: Self.strokes + tailed) == "第一款；建")
        #expect(Self.reading(Self.line("："), ink: Self.strokes + heads, faint: Self.strokes + tailed) == "第一款；建")
        // A tail cut in two by the threshold: its end is no ink of another mark.
        let cut = heads + [PixelBox(left: 1158, top: 1447, right: 1160, bottom: 1449)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + cut, faint: Self.strokes + tailed) == "第一款；建")
        // A pixel of grain between the two is no ink of another mark.
        let grain = heads + [PixelBox(left: 1160, top: 1438, right: 1161, bottom: 1439)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + grain, faint: Self.strokes + tailed) == "第一款；建")
        // A colon's dots taken lighter grow a pixel each way, and stay round.
        let round = [PixelBox(left: 1158, top: 1432, right: 1163, bottom: 1437), PixelBox(left: 1158, top: 1441, right: 1163, bottom: 1446)]
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + heads, faint: Self.strokes + round) == "第一款：建")
        // Nothing lighter measured: as the threshold has it.
        #expect(Self.reading(Self.line("，"), ink: Self.strokes + heads, faint: []) == "第一款：建")
    }

    /// ex300 (5 pt print) `第七十七条:县级`: the colon boxed on its upper dot, as small as a speck.
    /// `SpeckMarks` keeps it where its two dots stand; a lone speck read `:` goes.
    @Test func aColonBoxedOnOneDotIsNoSpeck() {
        let dots = [PixelBox(left: 1159, top: 1433, right: 1163, bottom: 1436), PixelBox(left: 1159, top: 1442, right: 1163, bottom: 1445)]
        func kept(_ ink: [PixelBox]) -> String {
            var line = Self.line(":")
            line.words[0].symbols[3].box = dots[0]
            let pieces = { (region: PixelBox) -> [PixelBox]? in
                ink.filter { $0.left < region.right && $0.right > region.left && $0.top < region.bottom && $0.bottom > region.top }
            }
            SpeckMarks.apply(to: &line, em: 35) { line, position in DottedMarks.pairMark(at: position, in: line, em: 35, pieces: pieces) != nil }
            return line.words.flatMap(\.symbols).map(\.text).joined()
        }
        #expect(kept(Self.strokes + dots) == "第一款:建")
        #expect(kept(Self.strokes + [dots[0]]) == "第一款建")
    }

    @Test func unmeasuredInkChangesNothing() {
        var line = Self.line("，")
        DottedMarks.apply(to: &line, em: 35) { _ in nil }
        #expect(line == Self.line("，"))
    }
}
