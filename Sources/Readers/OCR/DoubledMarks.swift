/// Tesseract sometimes reads one punctuation mark twice, as two readings of
/// the same ink: `(〈主项` where `（主项` is printed, `1]、` where `1、` is.
/// Two marks in one place are one: of two punctuation symbols side by side
/// whose boxes overlap by more than a quarter of the narrower, the one
/// Tesseract is surer of stays. But a clause's mark and an opening bracket
/// (`1、《中华`) are printed side by side, and both stay. (Characters overlap
/// in Tesseract's boxes often; marks seldom do.)
///
/// Tesseract may also box one reading on the mark's ink and the other on
/// the blank beside it, side by side: `1]、` with `]` on the `、`'s stroke
/// and `、` on its empty right half (on six items of the corpus scan), or
/// `；”（` with `”` on the blank between `；` and `（`. Two marks closer
/// than `nearby` of an em are one where the print between their outer edges
/// is all one's: every piece of ink there has its middle in one box, and
/// none in the other. A closing bracket and an opening one (`【法律】《`) stay.
enum DoubledMarks {
    /// Widest gap, in ems, between two boxes read from one mark.
    static let nearby = 0.5

    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and only overlapping boxes count.
    static func apply(to line: inout RecognizedLine, em: Int = 0, pieces: (PixelBox) -> [PixelBox]? = { _ in nil }) {
        let band = RecognizedGlyphs.band(of: line)
        // The print between the two boxes' outer edges, where it all stands in one of them.
        func oneInk(_ left: RecognizedSymbol, _ right: RecognizedSymbol) -> [PixelBox]? {
            guard em > 0, Double(right.box.left - left.box.right) < nearby * Double(em),
                  let found = pieces(PixelBox(left: left.box.left, top: band.top, right: right.box.right, bottom: band.bottom)),
                  !found.isEmpty else { return nil }
            // A title or bracket closed and the next opened (`【法律】《`) are two marks, however boxed.
            // (A quote's own ink keeps it: a `”` read from the blank before `（` goes.)
            guard !(isKind(left, .closePunctuation) && isKind(right, .openPunctuation)) else { return nil }
            let middles = found.map { ($0.left + $0.right) / 2 }
            let holds = { (box: PixelBox) in middles.filter { box.left <= $0 && $0 <= box.right }.count }
            let isOne = [(left.box, right.box), (right.box, left.box)].contains { inked, blank in holds(inked) == middles.count && holds(blank) == 0 }
            return isOne ? found : nil
        }
        // Positions (word, symbol) in reading order: the two readings may fall in two words.
        var positions = line.words.indices.flatMap { word in line.words[word].symbols.indices.map { (word, $0) } }
        var index = 1
        while index < positions.count {
            let (leftWord, leftIndex) = positions[index - 1], (rightWord, rightIndex) = positions[index]
            let left = line.words[leftWord].symbols[leftIndex], right = line.words[rightWord].symbols[rightIndex]
            guard isMark(left), isMark(right), !isPrintedPair(left, right) else {
                index += 1
                continue
            }
            let overlapping = overlap(left.box, right.box) > 0.25
            let ink = overlapping ? nil : oneInk(left, right)
            guard overlapping || ink != nil else {
                index += 1
                continue
            }
            var dropped = left.confidence >= right.confidence ? index : index - 1
            // One ink read as a list's mark and as a mark Tesseract reads from specks
            // (`SpeckMarks.marks`): the list's mark, surer or not, unless the ink is
            // shaped as the other (a bar for `-`). `还,-` / `或者`: the comma's ink read
            // `-` (97 %), `,` (92 %) boxed on the paper before it.
            if let ink, SpeckMarks.marks.contains(left.text) != SpeckMarks.marks.contains(right.text) {
                let speckReading = SpeckMarks.marks.contains(left.text) ? left : right
                if !(StrayHyphens.bars.contains(speckReading.text) && ink.allSatisfy(StrayHyphens.isBar)) {
                    dropped = speckReading == left ? index - 1 : index
                }
            }
            let (word, symbol) = positions.remove(at: dropped)
            line.words[word].symbols.remove(at: symbol)
            // Later positions in that word moved down by one.
            for later in positions.indices where positions[later].0 == word && positions[later].1 > symbol { positions[later].1 -= 1 }
            // Read side by side, the reading kept stands for the mark's whole em, ink and blank.
            guard !overlapping else { continue }
            let (keptWord, keptSymbol) = positions[index - 1]
            line.words[keptWord].symbols[keptSymbol].box = PixelBox(
                left: min(left.box.left, right.box.left), top: min(left.box.top, right.box.top),
                right: max(left.box.right, right.box.right), bottom: max(left.box.bottom, right.box.bottom)
            )
        }
        line.words.removeAll { $0.symbols.isEmpty }
    }

    /// A clause's or a number's mark followed by an opening bracket or quote
    /// (`、《`, `，（`, `：“`, `1.《`), or a closing one followed by a clause's
    /// mark (`》、《`, `）；`), is printed so: two marks whose boxes Tesseract
    /// often lets overlap.
    private static func isPrintedPair(_ left: RecognizedSymbol, _ right: RecognizedSymbol) -> Bool {
        guard let leftKind = left.text.unicodeScalars.first?.properties.generalCategory,
              let rightKind = right.text.unicodeScalars.first?.properties.generalCategory else { return false }
        if marksBeforeBrackets.contains(left.text) { return rightKind == .openPunctuation || rightKind == .initialPunctuation }
        // A Latin `]` or `)` beside a clause's mark is a misreading of the mark (`1]、`).
        let closing = (leftKind == .closePunctuation || leftKind == .finalPunctuation) && !left.text.unicodeScalars.contains { $0.isASCII }
        return closing && marksBeforeBrackets.contains(right.text) && right.text != "." && right.text != "．"
    }

    private static func isKind(_ symbol: RecognizedSymbol, _ kind: Unicode.GeneralCategory) -> Bool {
        symbol.text.unicodeScalars.first?.properties.generalCategory == kind
    }

    private static let marksBeforeBrackets: Set<String> = ["、", "，", "；", "：", "。", ",", ";", ":", ".", "．"]

    private static func isMark(_ symbol: RecognizedSymbol) -> Bool {
        symbol.text.unicodeScalars.allSatisfy { $0.properties.generalCategory.isPunctuation }
    }

    /// The shared width as a fraction of the narrower box.
    private static func overlap(_ a: PixelBox, _ b: PixelBox) -> Double {
        let shared = min(a.right, b.right) - max(a.left, b.left)
        return Double(max(0, shared)) / Double(max(1, min(a.width, b.width)))
    }

    static let examples: [CorrectionExample] = [
        // Text, left and right edge, confidence.
        // (What stays becomes full-width between Chinese characters: `FullWidthPunctuation`.)
        CorrectionExample(symbols: [("记", 0, 20, 99), ("(", 26, 37, 80), ("〈", 31, 43, 95), ("主", 48, 68, 99)], "记〈主"),
        CorrectionExample(symbols: [("记", 0, 20, 99), ("(", 26, 37, 97), ("〈", 31, 43, 95), ("主", 48, 68, 99)], "记（主"),
        CorrectionExample(symbols: [("的", 0, 20, 99), ("。", 22, 30, 99), ("”", 31, 40, 99), ("主", 48, 68, 99)], "的。”主"),
        CorrectionExample(symbols: [("主", 0, 40, 99), ("项", 20, 38, 99)], "主项"),
        CorrectionExample(symbols: [("1", 0, 10, 99), ("、", 12, 30, 99), ("《", 20, 38, 90), ("中", 40, 60, 99)], "1、《中"),
        CorrectionExample(symbols: [("1", 0, 10, 99), (".", 11, 16, 99), ("《", 12, 30, 90), ("中", 32, 52, 99)], "1.《中"),
        CorrectionExample(symbols: [("3", 0, 10, 90), (".", 11, 16, 80), ("《", 12, 30, 99), ("河", 32, 52, 99)], "3.《河"),
        CorrectionExample(symbols: [("法", 0, 20, 99), ("》", 22, 34, 95), ("、", 28, 40, 90), ("《", 36, 50, 95), ("行", 52, 72, 99)], "法》、《行"),
        CorrectionExample(symbols: [("1", 0, 10, 99), ("]", 11, 18, 60), ("、", 14, 30, 95), ("没", 32, 52, 99)], "1、没"),
    ]
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
