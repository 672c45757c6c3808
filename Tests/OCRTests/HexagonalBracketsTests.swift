@testable import OCR
import Testing

/// `[2018]` read where `〔2018〕` or `[2018]` was printed: the paper round
/// the brackets says which.
@Suite struct HexagonalBracketsTests {
    /// `令[2018]第` on a line 30 pixels tall (the em), each symbol boxed
    /// where its ink stands; `gap` pixels of paper outside each bracket.
    /// `broken`: each bracket's stroke printed in two pieces, a gap of 2
    /// pixels between them (a thin stroke binarized at 200 dpi).
    func read(gap: Int, neighbours: Bool = true, broken: Bool = false) -> String {
        var boxes: [(String, PixelBox)] = []
        var x = 100
        func put(_ text: String, width: Int, top: Int = 30, after space: Int = 2) {
            boxes.append((text, PixelBox(left: x, top: top, right: x + width, bottom: 60)))
            x += width + space
        }
        if neighbours { put("令", width: 28, after: gap) }
        put("[", width: 4, after: 3)
        for digit in ["2", "0", "1", "8"] { put(digit, width: 10, top: 36) }
        x += 1
        put("]", width: 4, after: gap)
        if neighbours { put("第", width: 28) }
        let ink = boxes.flatMap { text, box in
            guard broken, ["[", "]"].contains(text) else { return [box] }
            return [PixelBox(left: box.left, top: box.top, right: box.right, bottom: 44), PixelBox(left: box.left, top: 46, right: box.right, bottom: box.bottom)]
        }
        let page = HyphenPairsTests.ink(ink)
        let symbols = boxes.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 95) }
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: x, bottom: 60), words: [RecognizedWord(symbols: symbols)])
        HexagonalBrackets.apply(to: &line, em: 30) { Components.boxes(of: page, within: $0) }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func halfAnEmOfPaperOutsideMakesHexagonalBrackets() {
        #expect(read(gap: 16) == "令〔2018〕第")
    }

    @Test func aStrokeTheScanBrokeIsMeasuredWhole() {
        #expect(read(gap: 16, broken: true) == "令〔2018〕第")
        #expect(read(gap: 4, broken: true) == "令[2018]第")
    }

    @Test func bracketsCloseToTheirNeighboursStaySquare() {
        #expect(read(gap: 4) == "令[2018]第")
    }

    @Test func withNoNeighbourToMeasureTheyStaySquare() {
        #expect(read(gap: 16, neighbours: false) == "[2018]")
    }

    /// `字[2016]94` as read, 30 pixels an em, 16 of paper outside each
    /// bracket, the brackets drawn 9 pixels wide: solid lenses, or thin strokes.
    /// `narrow`: drawn solid but 6 pixels wide, a fifth of an em (a thin
    /// `〔` printed small fills its box as much).
    func read(solid: Bool, narrow: Bool = false) -> String {
        func bracket(at left: Int, opening: Bool) -> [PixelBox] {
            let back = opening ? left : left + 8
            if narrow {
                return [PixelBox(left: opening ? left + 3 : left, top: 30, right: opening ? left + 9 : left + 6, bottom: 60)]
            }
            if solid {
                // Wide at its ends, a stroke of 3 at its middle.
                return [PixelBox(left: left, top: 30, right: left + 9, bottom: 38), PixelBox(left: opening ? left : left + 6, top: 38, right: opening ? left + 3 : left + 9, bottom: 52),
                        PixelBox(left: left, top: 52, right: left + 9, bottom: 60)]
            }
            return [PixelBox(left: left, top: 30, right: left + 9, bottom: 31), PixelBox(left: back, top: 30, right: back + 1, bottom: 60), PixelBox(left: left, top: 59, right: left + 9, bottom: 60)]
        }
        var boxes: [(String, PixelBox)] = [("字", PixelBox(left: 100, top: 30, right: 128, bottom: 60)), ("[", PixelBox(left: 144, top: 30, right: 153, bottom: 60))]
        var ink = [boxes[0].1] + bracket(at: 144, opening: true)
        for (index, digit) in ["2", "0", "1", "6"].enumerated() {
            boxes.append((digit, PixelBox(left: 156 + 12 * index, top: 36, right: 166 + 12 * index, bottom: 60)))
            ink.append(boxes.last!.1)
        }
        boxes.append(("]", PixelBox(left: 204, top: 30, right: 213, bottom: 60)))
        ink += bracket(at: 204, opening: false)
        boxes.append(("9", PixelBox(left: 229, top: 36, right: 239, bottom: 60)))
        ink.append(boxes.last!.1)
        let page = HyphenPairsTests.ink(ink)
        let symbols = boxes.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 95) }
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: 239, bottom: 60), words: [RecognizedWord(symbols: symbols)])
        HexagonalBrackets.apply(to: &line, em: 30, ink: { Components.boxes(of: page, within: $0) }, fill: { BracketBow.fill(in: page, piece: $0) })
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func fullWidthBracketsDrawnSolidAreLenticular() {
        #expect(read(solid: true) == "字【2016】9")
        #expect(read(solid: false) == "字〔2016〕9")
        #expect(read(solid: true, narrow: true) == "字〔2016〕9")
    }

    @Test func aClausesNumberAfterAFullWidthMarkStays() {
        // `卡；(2)身`: the semicolon's blank half leaves half an em of paper before `(`.
        let boxes: [(String, PixelBox)] = [
            ("；", PixelBox(left: 100, top: 40, right: 106, bottom: 60)), ("[", PixelBox(left: 124, top: 30, right: 128, bottom: 60)),
            ("2", PixelBox(left: 131, top: 36, right: 141, bottom: 60)), ("]", PixelBox(left: 144, top: 30, right: 148, bottom: 60)),
            ("身", PixelBox(left: 164, top: 30, right: 192, bottom: 60)),
        ]
        let page = HyphenPairsTests.ink(boxes.map(\.1))
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: 192, bottom: 60), words: [
            RecognizedWord(symbols: boxes.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 95) }),
        ])
        HexagonalBrackets.apply(to: &line, em: 30) { Components.boxes(of: page, within: $0) }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "；[2]身")
    }

    @Test func withoutThePagesInkNothingChanges() {
        var line = RecognizedLine(box: PixelBox(left: 0, top: 0, right: 60, bottom: 30), words: [RecognizedWord(symbols: [
            RecognizedSymbol(text: "[", box: PixelBox(left: 0, top: 0, right: 4, bottom: 30), confidence: 95),
            RecognizedSymbol(text: "]", box: PixelBox(left: 50, top: 0, right: 54, bottom: 30), confidence: 95),
        ])])
        HexagonalBrackets.apply(to: &line, em: 30) { _ in nil }
        #expect(line.words.flatMap(\.symbols).map(\.text).joined() == "[]")
    }
}

/// `(2018)` read where `〔2018〕` or `（2018）` was printed: the bracket's
/// shape on the print says which.
@Suite struct BracketShapeTests {
    /// A bracket 30 pixels tall, a 3-pixel stroke, whose outer edge bows
    /// `bow` pixels out at its middle (0: a straight stroke), as a parabola:
    /// 6 bows about as a printed `（` does between its fifths and its middle.
    /// `blank`: rows left without ink (a thin stroke binarized at 200 dpi breaks).
    static func bracket(left: Int, top: Int, bow: Int, opening: Bool, blank: Set<Int> = []) -> [PixelBox] {
        (0..<30).filter { !blank.contains($0) }.map { row in
            let t = Double(row - 15) / 15
            let out = Int((Double(bow) * (1 - t * t)).rounded())
            let x = opening ? left + bow - out : left + out
            return PixelBox(left: x, top: top + row, right: x + 3, bottom: top + row + 1)
        }
    }

    /// `令(2018)第` with 16 pixels of paper outside each bracket.
    func read(bow: Int, text: (String, String) = ("(", ")"), blank: Set<Int> = []) -> String {
        var boxes: [(String, PixelBox)] = [("令", PixelBox(left: 100, top: 30, right: 128, bottom: 60))]
        var ink = [boxes[0].1]
        let opening = Self.bracket(left: 144, top: 30, bow: bow, opening: true, blank: blank)
        boxes.append((text.0, PixelBox(left: 144, top: 30, right: 150, bottom: 60)))
        ink += opening
        var x = 153
        for digit in ["2", "0", "1", "8"] {
            boxes.append((digit, PixelBox(left: x, top: 36, right: x + 10, bottom: 60)))
            ink.append(boxes.last!.1)
            x += 12
        }
        ink += Self.bracket(left: x + 1, top: 30, bow: bow, opening: false, blank: blank)
        boxes.append((text.1, PixelBox(left: x + 1, top: 30, right: x + 7, bottom: 60)))
        boxes.append(("第", PixelBox(left: x + 23, top: 30, right: x + 51, bottom: 60)))
        ink.append(boxes.last!.1)
        let page = HyphenPairsTests.ink(ink)
        let symbols = boxes.map { RecognizedSymbol(text: $0.0, box: $0.1, confidence: 95) }
        var line = RecognizedLine(box: PixelBox(left: 100, top: 30, right: x + 51, bottom: 60), words: [RecognizedWord(symbols: symbols)])
        HexagonalBrackets.apply(to: &line, em: 30, ink: { Components.boxes(of: page, within: $0) }) { piece, side in
            BracketBow.bow(in: page, piece: piece, side: side)
        }
        return line.words.flatMap(\.symbols).map(\.text).joined()
    }

    @Test func aStraightStrokeReadAsAParenthesisIsHexagonal() {
        #expect(read(bow: 0) == "令〔2018〕第")
        #expect(read(bow: 0, text: ("（", "）")) == "令〔2018〕第")
    }

    @Test func aCurvedOneIsAParenthesis() {
        #expect(read(bow: 6) == "令(2018)第")
        #expect(read(bow: 6, text: ("（", "）")) == "令（2018）第")
    }

    @Test func aPairReadInTwoShapesIsHexagonal() {
        // Curved, so the ink does not make them hexagonal; no list prints `（2018】`.
        #expect(read(bow: 6, text: ("（", "】")) == "令〔2018〕第")
        #expect(read(bow: 6, text: ("【", ")")) == "令〔2018〕第")
        #expect(read(bow: 6, text: ("〔", "）")) == "令〔2018〕第")
        // Straight and full-width, but not measured solid.
        #expect(read(bow: 0, text: ("[", "】")) == "令〔2018〕第")
        // A pair read alike stays as the ink says.
        #expect(read(bow: 6, text: ("【", "】")) == "令【2018】第")
        #expect(read(bow: 6, text: ("（", ")")) == "令（2018)第")
    }

    @Test func aStrokeBrokenWhereTheBowIsMeasuredIsMeasuredAlongItsCurve() {
        // Blank at the middle tenth and most of the lower one.
        let blank = Set(13...16).union(22...24)
        #expect(read(bow: 0, blank: blank) == "令〔2018〕第")
        #expect(read(bow: 6, blank: blank) == "令(2018)第")
        // Too much of it blank: as read.
        #expect(read(bow: 0, blank: Set(6...20)) == "令(2018)第")
    }

    @Test func theCurveIsTheLeastSquaresParabola() throws {
        let points = stride(from: -0.3, through: 0.3, by: 0.05).map { ($0, 2 + 3 * $0 + 8 * $0 * $0) }
        #expect(try abs(#require(BracketBow.quadraticCurvature(points)) - 8) < 1e-9)
    }

    @Test func theBowIsMeasuredOnTheOuterEdge() {
        let page = HyphenPairsTests.ink(Self.bracket(left: 10, top: 10, bow: 6, opening: true) + Self.bracket(left: 40, top: 10, bow: 0, opening: true))
        #expect(BracketBow.bow(in: page, piece: PixelBox(left: 10, top: 10, right: 19, bottom: 40), side: .left).map { $0 > 1 } == true)
        #expect(BracketBow.bow(in: page, piece: PixelBox(left: 40, top: 10, right: 43, bottom: 40), side: .left) == 0)
    }
}
