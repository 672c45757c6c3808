/// A speck in a cell's margin, before a line's first character or after
/// its last, that Tesseract reads as a quote too large for `SpeckMarks`:
/// `；` / `“违反法定的行政处罚程序`, `。` / `“调查责任`, `第二十六条“`.
/// A list's quotes come in pairs within their cell (182 quotes of the
/// development lists' texts, none unpaired), so a `“` at a line's edge
/// that nothing after it in the cell closes, or a `”` at a line's edge
/// that nothing before it opened, is no print. A quote mid-line stays as
/// read: there a lost partner is likelier than a speck. So does a `“` on
/// a cell's last line, or a `”` on its first: a cell a page break splits
/// is read as two, and its quote may pair across them. There the ink
/// decides: a printed quote is two marks side by side (`“` as two commas),
/// and a speck one, or none once the page's specks are erased
/// (`…违法行为` / `“进行监督管理`, the name's last line).
enum UnpairedQuotes {
    /// Applies to the lines of one cell: its quotes pair across its lines.
    /// `pieces` gives the pieces of the page's print within a region
    /// (`Components.boxes(of:within:)`); nil where the ink was not measured.
    static func apply(to lines: inout [RecognizedLine], pieces: (PixelBox) -> [PixelBox]? = { _ in nil }) {
        // Each symbol's line, its place in the line, and its text, in reading order.
        let symbols = lines.indices.flatMap { line in
            lines[line].words.flatMap(\.symbols).enumerated().map { (line: line, place: $0, text: $1.text, box: $1.box) }
        }
        let counts = lines.map { $0.words.reduce(0) { $0 + $1.symbols.count } }
        var unpaired: Set<Int> = []
        var open: [Int] = []
        for (index, symbol) in symbols.enumerated() {
            if symbol.text == "“" {
                open.append(index)
            } else if symbol.text == "”", open.popLast() == nil {
                unpaired.insert(index)
            }
        }
        unpaired.formUnion(open)
        var removals = Array(repeating: Set<Int>(), count: lines.count)
        for index in unpaired {
            let symbol = symbols[index]
            guard symbol.place == 0 || symbol.place == counts[symbol.line] - 1 else { continue }
            // A cell split by a page break is two blocks: a quote may close on the next page, or have opened on the last.
            if symbol.text == "“" ? symbol.line == lines.count - 1 : symbol.line == 0, pieces(symbol.box).map({ $0.count >= 2 }) ?? true { continue }
            removals[symbol.line].insert(symbol.place)
        }
        for line in lines.indices { lines[line].removeSymbols(at: removals[line]) }
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample(lines: ["行政处罚种类、幅度的；", "“违反法定的行政处罚程序的；", "在行政处罚过程中"], "行政处罚种类、幅度的；违反法定的行政处罚程序的；在行政处罚过程中"),
        CorrectionExample(lines: ["（2018）8号）第二十六条“", "第二款"], "（2018）8号）第二十六条第二款"),
        CorrectionExample(lines: ["审查责任：", "”调查责任：对立案的案件"], "审查责任：调查责任：对立案的案件"),
        // Quotes that pair, across lines too, stay; so does an unpaired one mid-line.
        CorrectionExample(lines: ["落实“三定”规定"], "落实“三定”规定"),
        CorrectionExample(lines: ["对违反", "“三定”规定的"], "对违反“三定”规定的"),
        CorrectionExample(lines: ["“双随机、", "一公开”监管"], "“双随机、一公开”监管"),
        CorrectionExample(lines: ["落实“三定规定"], "落实“三定规定"),
        CorrectionExample(lines: ["依照", "“双随机、"], "依照“双随机、"),
        CorrectionExample(lines: ["一公开”监管"], "一公开”监管"),
    ]
}
