/// A recognition correction's own example: a line as Tesseract read it, what
/// the rule makes of it. Rules declare theirs beside their code; one test
/// runs them all.
struct CorrectionExample: Sendable {
    /// The cell as Tesseract read it: lines of one word of symbols each.
    let lines: [[RecognizedSymbol]]
    let expected: String
    /// For rules that look at the page: the symbol index a vertical rule stands at.
    let ruleAt: Int?
    let fileID: String
    let filePath: String
    let line: Int
    let column: Int

    /// One symbol per scalar of `input`, each 8 pixels wide, 10 apart.
    init(_ input: String, _ expected: String, ruleAt: Int? = nil, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(lines: [input], expected, ruleAt: ruleAt, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// A cell of several lines, 20 pixels apart.
    init(lines: [String], _ expected: String, ruleAt: Int? = nil, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let symbols = lines.enumerated().map { row, text in
            text.unicodeScalars.enumerated().map { index, scalar in
                RecognizedSymbol(text: String(scalar), box: PixelBox(left: index * 10, top: row * 20, right: index * 10 + 8, bottom: row * 20 + 10), confidence: 90)
            }
        }
        self.init(symbols: symbols, expected, ruleAt: ruleAt, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Symbols where they stand: text, left and right edge, confidence.
    init(symbols: [(String, Int, Int, Float)], _ expected: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let read = symbols.map { text, left, right, confidence in
            RecognizedSymbol(text: text, box: PixelBox(left: left, top: 0, right: right, bottom: 10), confidence: confidence)
        }
        self.init(symbols: [read], expected, ruleAt: nil, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Symbols with their whole boxes: text, left, right, top, bottom (for
    /// rules that look at a symbol's size against its line's).
    init(boxes: [(String, Int, Int, Int, Int)], _ expected: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let read = boxes.map { text, left, right, top, bottom in
            RecognizedSymbol(text: text, box: PixelBox(left: left, top: top, right: right, bottom: bottom), confidence: 90)
        }
        self.init(symbols: [read], expected, ruleAt: nil, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Lines on one band 10 pixels tall (as Tesseract may read one line
    /// twice), each symbol's text, left and right edge.
    init(lines: [[(String, Int, Int)]], _ expected: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let read = lines.map { symbols in
            symbols.map { RecognizedSymbol(text: $0.0, box: PixelBox(left: $0.1, top: 0, right: $0.2, bottom: 10), confidence: 90) }
        }
        self.init(symbols: read, expected, ruleAt: nil, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Lines on one band, as `init(lines:)`, each symbol with its confidence.
    init(sureLines lines: [[(String, Int, Int, Float)]], _ expected: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let read = lines.map { symbols in
            symbols.map { RecognizedSymbol(text: $0.0, box: PixelBox(left: $0.1, top: 0, right: $0.2, bottom: 10), confidence: $0.3) }
        }
        self.init(symbols: read, expected, ruleAt: nil, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    private init(symbols: [[RecognizedSymbol]], _ expected: String, ruleAt: Int?, fileID: String, filePath: String, line: Int, column: Int) {
        lines = symbols
        self.expected = expected
        self.ruleAt = ruleAt
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
        self.column = column
    }

    /// Each line boxed round its symbols.
    var recognizedLines: [RecognizedLine] {
        lines.map(RecognizedLine.init(boxing:))
    }

    var rules: [PixelBox] {
        ruleAt.map { [PixelBox(left: $0 * 10 + 3, top: -50, right: $0 * 10 + 5, bottom: 60)] } ?? []
    }
}
