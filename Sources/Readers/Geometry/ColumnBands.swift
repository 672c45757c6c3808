import PowerListModel

/// A table's columns as x ranges. Titles are centered over their columns
/// while cell text is left-aligned, so the boundaries come from the body.
struct ColumnBands: Sendable {
    var cells: [HeaderCell]
    /// `cells.count - 1` x positions, ascending.
    var boundaries: [Double]

    /// PDF geometry: between two titles, the widest vertical channel that
    /// (almost) no body ink crosses.
    init(cells: [HeaderCell], bodyInk: [(x0: Double, x1: Double)], resolution: Double) {
        self.cells = cells
        let span = (x0: cells.map(\.x0).min() ?? 0, x1: cells.map(\.x1).max() ?? 0)
        let coverage = InkCoverage(ink: bodyInk, span: span, resolution: resolution)
        boundaries = zip(cells, cells.dropFirst()).map { left, right in
            coverage.channelMiddle(from: left.midX, to: right.midX)
        }
    }

    /// A text dump, whose lines drift right when text to their left runs long:
    /// each column starts at the leftmost place where many words start between
    /// the previous title's end and its own title's middle (cell text is
    /// left-aligned and most lines do not drift, but pdftotext may set a whole
    /// tall cell a column or two right of the others on its page; the previous
    /// column's digits, centered under a short title, start right of that
    /// title's middle). Where no place starts
    /// `minimumSupport` words, nor a third of the words starting there (a
    /// column of one line per row on a page of tall rows: 序号, 权力类型), the
    /// channel in the ink stands.
    init(cells: [HeaderCell], wordStarts: [Double], minimumSupport: Int, ink: [(x0: Double, x1: Double)]) {
        self.cells = cells
        let span = (x0: cells.map(\.x0).min() ?? 0, x1: cells.map(\.x1).max() ?? 0)
        let coverage = InkCoverage(ink: ink, span: span, resolution: 0.5)
        var counts: [Double: Int] = [:]
        for start in wordStarts { counts[start, default: 0] += 1 }
        boundaries = cells.indices.dropLast().map { index in
            let left = cells[index], right = cells[index + 1]
            let window = counts.filter { $0.key >= left.x1 && $0.key <= right.midX }
            let support = max(2, min(minimumSupport, window.values.reduce(0, +) / 3))
            let start = window.filter { $0.value >= support }.keys.min()
            return start.map { $0 - 0.5 } ?? coverage.channelMiddle(from: left.midX, to: right.midX)
        }
    }

    func column(forX x: Double) -> Int {
        var low = 0, high = boundaries.count
        while low < high {
            let mid = (low + high) / 2
            if boundaries[mid] <= x { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// True when a word (a run of ink without a space) reaches well across
    /// `count` boundaries: a title or note laid over the table's width, not cell
    /// text that a text dump pushed a column too far.
    func isCrossed(by glyphs: [Glyph], reach: Double, count: Int) -> Bool {
        Word.words(in: glyphs, maxGap: reach / 5).contains { word in
            boundaries.count { word.x0 + reach < $0 && word.x1 - reach > $0 } >= count
        }
    }

    /// The column of each glyph. PDF glyphs go by their center, except that
    /// text running on over a boundary without a gap stays in the column it
    /// started in (a spreadsheet prints a long text over the empty cells
    /// beside it; a word processor keeps a margin between cells). In a text
    /// dump, each word goes where it starts (see `TextDumpWords`).
    func columns(of glyphs: [Glyph], byWord: Bool) -> [Int] {
        guard byWord else {
            var columns: [Int] = []
            columns.reserveCapacity(glyphs.count)
            for (index, glyph) in glyphs.enumerated() {
                let own = column(forX: (glyph.x0 + glyph.x1) / 2)
                if index > 0, let previous = columns.last, own != previous, Self.runsOn(from: glyphs[index - 1], to: glyph) {
                    columns.append(previous)
                } else {
                    columns.append(own)
                }
            }
            return columns
        }
        return TextDumpWords.columns(of: glyphs, bands: self)
    }

    /// Whether `glyph` continues `previous` on its line with no gap between
    /// them (an extractor marks a gap with a space).
    private static func runsOn(from previous: Glyph, to glyph: Glyph) -> Bool {
        guard !TextNormalizer.isWhitespace(previous.scalar), !TextNormalizer.isWhitespace(glyph.scalar) else { return false }
        let height = max(glyph.y1 - glyph.y0, previous.y1 - previous.y0)
        let gap = glyph.x0 - previous.x1
        return abs((glyph.y0 + glyph.y1) - (previous.y0 + previous.y1)) < 0.4 * height
            && gap > -0.3 * (glyph.x1 - glyph.x0) && gap < 0.15 * (glyph.x1 - glyph.x0)
    }
}

/// How many ink boxes cover each x position, sampled at a fixed resolution.
private struct InkCoverage {
    var origin: Double
    var resolution: Double
    var counts: [Int]

    /// `span` widens the sampled range beyond the ink (an empty last column).
    init(ink: [(x0: Double, x1: Double)], span: (x0: Double, x1: Double), resolution: Double) {
        self.resolution = resolution
        origin = min(ink.map(\.x0).min() ?? span.x0, span.x0)
        let end = max(ink.map(\.x1).max() ?? span.x1, span.x1)
        var deltas = [Int](repeating: 0, count: Int((end - origin) / resolution) + 2)
        for box in ink {
            let first = Int(((box.x0 - origin) / resolution).rounded(.down))
            let last = Int(((box.x1 - origin) / resolution).rounded(.up))
            deltas[max(first, 0)] += 1
            deltas[min(last, deltas.count - 1)] -= 1
        }
        var running = 0
        counts = deltas.map { delta in
            running += delta
            return running
        }
    }

    /// The middle of the widest run of least-covered positions between two x.
    func channelMiddle(from start: Double, to end: Double) -> Double {
        let first = max(0, Int((start - origin) / resolution))
        let last = min(counts.count - 1, Int((end - origin) / resolution))
        guard first < last else { return (start + end) / 2 }
        let least = counts[first...last].min() ?? 0
        // A title or footer crossing the channel adds a little ink; cell text adds a lot.
        let ceiling = least + least / 10
        // Titles are centered and cell text left-aligned, so a run can reach past
        // either title's middle; but one with no cell text on one side, however
        // far it reaches, is the inside of a column whose text is short. Only an
        // empty column leaves no channel with text on both sides.
        var best: Range<Int>?, bestEnclosed: Range<Int>?
        var index = first
        while index <= last {
            guard counts[index] <= ceiling else {
                index += 1
                continue
            }
            var lower = index, upper = index
            while lower > 0, counts[lower - 1] <= ceiling { lower -= 1 }
            while upper + 1 < counts.count, counts[upper + 1] <= ceiling { upper += 1 }
            let clipped = max(lower, first)..<(min(upper, last) + 1)
            if clipped.count > best?.count ?? 0 { best = clipped }
            if lower > 0, upper + 1 < counts.count, clipped.count > bestEnclosed?.count ?? 0 { bestEnclosed = clipped }
            index = upper + 1
        }
        guard let chosen = bestEnclosed ?? best else { return (start + end) / 2 }
        return origin + (Double(chosen.lowerBound) + Double(chosen.count) / 2) * resolution
    }
}

/// A run of ink glyphs on one line with no space and no wide gap inside.
struct Word {
    var x0: Double
    var x1: Double

    static func words(in glyphs: [Glyph], maxGap: Double) -> [Word] {
        var words: [Word] = []
        var current: Word?
        for glyph in glyphs {
            if TextNormalizer.isWhitespace(glyph.scalar) {
                if let word = current { words.append(word) }
                current = nil
            } else if var word = current, glyph.x0 - word.x1 <= maxGap {
                word.x1 = max(word.x1, glyph.x1)
                current = word
            } else {
                if let word = current { words.append(word) }
                current = Word(x0: glyph.x0, x1: glyph.x1)
            }
        }
        if let word = current { words.append(word) }
        return words
    }
}
