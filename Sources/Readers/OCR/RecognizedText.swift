/// A box in an image's pixels (origin top-left, y down; right and bottom exclusive).
struct PixelBox: Sendable, Equatable {
    var left: Int
    var top: Int
    var right: Int
    var bottom: Int

    var width: Int { right - left }
    var height: Int { bottom - top }

    /// No larger than `side` pixels either way: a speck's or a mark's piece of ink, not a stroke.
    func isWithin(_ side: Double) -> Bool {
        Double(max(width, height)) <= side
    }

    /// The smallest box holding this one and `other`.
    func union(_ other: PixelBox) -> PixelBox {
        PixelBox(left: min(left, other.left), top: min(top, other.top), right: max(right, other.right), bottom: max(bottom, other.bottom))
    }

    /// Whether the two boxes share some pixels.
    func intersects(_ other: PixelBox) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }

    /// Whether the two boxes share columns, whatever their rows.
    func overlapsColumns(of other: PixelBox) -> Bool {
        left < other.right && other.left < right
    }

    /// Whether `other`'s centre lies in this box (edges included).
    func holdsCentre(of other: PixelBox) -> Bool {
        let x = (other.left + other.right) / 2, y = (other.top + other.bottom) / 2
        return left <= x && x <= right && top <= y && y <= bottom
    }
}

/// What Tesseract read on a page, as it grouped it: lines of words of symbols.
struct RecognizedLine: Sendable, Equatable {
    var box: PixelBox
    var words: [RecognizedWord]

    init(box: PixelBox, words: [RecognizedWord]) {
        self.box = box
        self.words = words
    }

    /// One word of `symbols`, the line boxed round them.
    init(boxing symbols: [RecognizedSymbol]) {
        self.init(box: symbols.map(\.box).union ?? PixelBox(left: 0, top: 0, right: 0, bottom: 0), words: [RecognizedWord(symbols: symbols)])
    }

    /// The line's Chinese characters, in reading order.
    var characters: [RecognizedSymbol] {
        words.flatMap(\.symbols).filter { $0.ideograph != nil }
    }

    /// How many Chinese characters the line holds.
    var characterCount: Int {
        words.reduce(0) { $0 + $1.symbols.count { $0.ideograph != nil } }
    }

    /// The line without the symbols at `positions`, counted across its
    /// words; a word left empty goes.
    mutating func removeSymbols(at positions: Set<Int>) {
        guard !positions.isEmpty else { return }
        var position = 0
        for word in words.indices {
            words[word].symbols.removeAll { _ in
                defer { position += 1 }
                return positions.contains(position)
            }
        }
        words.removeAll { $0.symbols.isEmpty }
    }

    /// Gives the symbols at `positions` (counted across the line's words) new text.
    mutating func replaceSymbols(_ texts: [Int: String]) {
        var position = 0
        for word in words.indices {
            for symbol in words[word].symbols.indices {
                if let text = texts[position] { words[word].symbols[symbol].text = text }
                position += 1
            }
        }
    }
}

extension String {
    /// A symbol's text that is one ASCII digit.
    var isDigitSymbol: Bool {
        count == 1 && unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}

extension [PixelBox] {
    /// The smallest box holding them all; nil for none.
    var union: PixelBox? {
        first.map { dropFirst().reduce($0) { $0.union($1) } }
    }
}

extension [RecognizedLine] {
    /// The texts of a cell's symbols, line after line: a cell's text runs on.
    var symbolTexts: [String] {
        flatMap { $0.words.flatMap { $0.symbols.map(\.text) } }
    }

    /// How many Chinese characters the lines hold.
    var characterCount: Int {
        reduce(0) { $0 + $1.characterCount }
    }

    /// The width of the lines' Chinese characters, the median (Tesseract pads
    /// the boxes of some up and down, not across); nil when they have none.
    var em: Double? {
        let widths = flatMap { $0.words.flatMap(\.symbols) }.filter { $0.ideograph != nil }.map(\.box.width).sorted()
        return widths.isEmpty ? nil : Double(widths[widths.count / 2])
    }

    /// The cell without the symbols at `positions` (counted in `symbolTexts`
    /// order); a word left empty goes.
    mutating func removeSymbols(at positions: Set<Int>) {
        var start = 0
        for line in indices {
            let count = self[line].words.reduce(0) { $0 + $1.symbols.count }
            self[line].removeSymbols(at: Set(positions.filter { (start..<(start + count)).contains($0) }.map { $0 - start }))
            start += count
        }
    }

    /// Gives the cell's symbols `texts`, one each, in `symbolTexts` order.
    mutating func setSymbolTexts(_ texts: [String]) {
        var index = 0
        for line in indices {
            for word in self[line].words.indices {
                for symbol in self[line].words[word].symbols.indices where index < texts.count {
                    self[line].words[word].symbols[symbol].text = texts[index]
                    index += 1
                }
            }
        }
    }
}

struct RecognizedWord: Sendable, Equatable {
    var symbols: [RecognizedSymbol]
    /// The language whose model read the word (`chi_sim`, `eng`).
    var language: String = ""

    var box: PixelBox {
        PixelBox(
            left: symbols.map(\.box.left).min() ?? 0, top: symbols.map(\.box.top).min() ?? 0,
            right: symbols.map(\.box.right).max() ?? 0, bottom: symbols.map(\.box.bottom).max() ?? 0
        )
    }
}

/// One recognized character (Tesseract's symbol: usually one Unicode scalar).
struct RecognizedSymbol: Sendable, Equatable {
    var text: String
    var box: PixelBox
    /// 0–100.
    var confidence: Float

    /// The symbol's one Chinese character, or nil (a mark, a letter, a digit).
    var ideograph: Unicode.Scalar? {
        let scalars = text.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.properties.isIdeographic else { return nil }
        return scalar
    }
}

extension RecognizedLine {
    /// How many symbols the line holds, across its words.
    var symbolCount: Int { words.reduce(0) { $0 + $1.symbols.count } }

    /// The symbol at `position`, counted across the line's words.
    func symbol(at position: Int) -> RecognizedSymbol {
        var rest = position
        for word in words {
            if rest < word.symbols.count { return word.symbols[rest] }
            rest -= word.symbols.count
        }
        preconditionFailure("no symbol at \(position)")
    }

    /// `symbol` put before the one at `position` (in its word), that one's box starting at `leftEdge`.
    mutating func insert(_ symbol: RecognizedSymbol, at position: Int, leftEdge: Int) {
        var rest = position
        for word in words.indices {
            if rest < words[word].symbols.count {
                let box = words[word].symbols[rest].box
                words[word].symbols[rest].box.left = max(box.left, min(leftEdge + 1, box.right - 1))
                words[word].symbols.insert(symbol, at: rest)
                return
            }
            rest -= words[word].symbols.count
        }
    }
}
