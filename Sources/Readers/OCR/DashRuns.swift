/// `——` (two em dashes, which join `主项` to `子项` in many item names)
/// prints as one unbroken line two ems long; Tesseract reads it as `一一`
/// or a single `一`. No stroke of a character runs longer than its em, so
/// where the ink under a `一` or `—` runs on unbroken for more than one and
/// three-fifths ems, it is a line of dashes: the symbols on it become as many `—`
/// as the line holds ems (a `_` read from the line's end among them: `——_参保`).
enum DashRuns {
    static let dashLike: Set<String> = ["一", "—", "－", "-"]
    /// Longer than this (ems) is a line of dashes.
    static let longest = 1.6

    /// `inkRun` gives, for a symbol's box, the longest horizontal run of ink
    /// through it: its left end and length, in pixels.
    static func apply(to line: inout RecognizedLine, em: Int, inkRun: (PixelBox) -> (left: Int, length: Int)?) {
        let flat = line.words.enumerated().flatMap { index, word in word.symbols.map { (word: index, symbol: $0) } }
        var kept: [(word: Int, symbol: RecognizedSymbol)] = []
        var index = 0
        while index < flat.count {
            let (word, symbol) = flat[index]
            guard dashLike.contains(symbol.text), let run = inkRun(symbol.box), Double(run.length) > longest * Double(em) else {
                kept.append(flat[index])
                index += 1
                continue
            }
            // This symbol and those after it standing on the same run.
            var last = index
            while last + 1 < flat.count, dashLike.contains(flat[last + 1].symbol.text) || flat[last + 1].symbol.text == "_",
                  flat[last + 1].symbol.box.left < run.left + run.length {
                last += 1
            }
            let count = max(1, Int((Double(run.length) / Double(em)).rounded()))
            let width = run.length / count
            let confidence = flat[index...last].map(\.symbol.confidence).min() ?? symbol.confidence
            for offset in 0..<count {
                let box = PixelBox(left: run.left + offset * width, top: symbol.box.top, right: run.left + (offset + 1) * width, bottom: symbol.box.bottom)
                kept.append((word, RecognizedSymbol(text: "—", box: box, confidence: confidence)))
            }
            index = last + 1
        }
        line.words = line.words.indices.compactMap { word in
            let symbols = kept.filter { $0.word == word }.map(\.symbol)
            return symbols.isEmpty ? nil : RecognizedWord(symbols: symbols, language: line.words[word].language)
        }
    }
}
