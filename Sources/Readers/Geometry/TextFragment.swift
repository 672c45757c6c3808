import PowerListModel

/// A run of glyphs on one text line with no wide gap inside: a word, a header
/// title, one line of a cell. Boxes are ink boxes (spaces do not widen them).
struct TextFragment: Sendable, Equatable {
    var page: Int
    var x0: Double
    var x1: Double
    var y0: Double
    var y1: Double
    var text: String
    /// The glyphs, spaces included, so that a fragment laid across a column
    /// boundary can still be cut glyph by glyph.
    var glyphs: [Glyph]

    var height: Double { y1 - y0 }
    var midY: Double { (y0 + y1) / 2 }
    var midX: Double { (x0 + x1) / 2 }
    /// Read for every fragment by every header and furniture test: scalar by
    /// scalar (see `removingWhitespace`), not Character by Character.
    var compactText: String { TextNormalizer.removingWhitespace(text) }
    /// Read by OCR: its glyphs carry Tesseract's confidence.
    var isRecognized: Bool { glyphs.contains { $0.confidence != nil } }

    /// Without the spaces that followed its last ink.
    func trimmed() -> TextFragment {
        var copy = self
        while let last = copy.glyphs.last, TextNormalizer.isWhitespace(last.scalar) { copy.glyphs.removeLast() }
        return copy
    }

    func overlapsVertically(_ other: TextFragment, fraction: Double = 0.5) -> Bool {
        let overlap = min(y1, other.y1) - max(y0, other.y0)
        return overlap > fraction * min(height, other.height)
    }
}

/// Cuts a page's glyphs (in the extractor's reading order) into fragments.
struct TextFragmentBuilder {
    /// A horizontal gap wider than this many line heights ends a fragment.
    var wordGap: Double

    func fragments(of page: GlyphPage) -> [TextFragment] {
        var fragments: [TextFragment] = []
        var current: TextFragment?
        var pendingSpace = false
        for glyph in page.glyphs {
            if TextNormalizer.isWhitespace(glyph.scalar) {
                pendingSpace = current != nil
                if current != nil { current?.glyphs.append(glyph) }
                continue
            }
            let height = max(glyph.y1 - glyph.y0, 0.1)
            if var run = current,
               abs((glyph.y0 + glyph.y1) / 2 - run.midY) < 0.4 * max(run.height, height),
               glyph.x0 - run.x1 < wordGap * max(run.height, height),
               // A glyph drawn well over the run's end is another cell's text
               // (a spreadsheet clips a cell's overflow under its neighbour's).
               glyph.x0 > run.x1 - 0.3 * max(glyph.x1 - glyph.x0, 0.1 * height),
               !Self.ruleStands(in: page.columnRules, after: run.x1, before: glyph) {
                // `run` is a copy: without this, `current` would still share its text
                // and glyphs, and every append below would copy them whole (per glyph).
                current = nil
                if pendingSpace { run.text.append(" ") }
                run.text.unicodeScalars.append(glyph.scalar)
                run.glyphs.append(glyph)
                run.x1 = max(run.x1, glyph.x1)
                run.y0 = min(run.y0, glyph.y0)
                run.y1 = max(run.y1, glyph.y1)
                current = run
            } else {
                if let run = current { fragments.append(run.trimmed()) }
                current = TextFragment(
                    page: page.number, x0: glyph.x0, x1: glyph.x1, y0: glyph.y0, y1: glyph.y1,
                    text: String(glyph.scalar), glyphs: [glyph]
                )
            }
            pendingSpace = false
        }
        if let run = current { fragments.append(run.trimmed()) }
        return fragments
    }

    /// A scan's column rule stands between the run's end and the glyph:
    /// the two are different cells' text, however close (a tight header
    /// row's titles, read cell by cell: `类别及序号` `项目名称及` `备注`).
    /// Text layers carry no rules; their cells part by the gap alone.
    static func ruleStands(in rules: [VerticalRule], after x1: Double, before glyph: Glyph) -> Bool {
        guard !rules.isEmpty else { return false }
        let middle = (glyph.y0 + glyph.y1) / 2
        return rules.contains { $0.x >= x1 - 0.5 && $0.x <= glyph.x0 + 0.5 && $0.y0 < middle && $0.y1 > middle }
    }
}

extension TextFragment {
    /// The fragment cut at its spaces: two narrow cells' texts closer than a
    /// word gap (a spreadsheet's header) make one fragment with a space between.
    var words: [TextFragment] {
        glyphs.split { TextNormalizer.isWhitespace($0.scalar) }.map { Self.made(of: $0, page: page) }
    }

    /// The fragment cut between known column titles printed without a gap
    /// (`类别及序号项目名称`: narrow cells filled to their edge); itself otherwise.
    var titles: [TextFragment] {
        guard let titles = ColumnTitles.titlesRunTogether(compactText) else { return [self] }
        let ink = glyphs.filter { !TextNormalizer.isWhitespace($0.scalar) }
        var start = 0
        return titles.map { title in
            let end = start + title.unicodeScalars.count
            defer { start = end }
            return Self.made(of: ink[start..<end], page: page)
        }
    }

    /// The texts of `titles`, without making their fragments.
    var titleTexts: [String] {
        ColumnTitles.titlesRunTogether(compactText) ?? [text]
    }

    /// The texts of the `titles` of every one of `words`, without making their fragments.
    var wordTitleTexts: [String] {
        glyphs.split { TextNormalizer.isWhitespace($0.scalar) }.flatMap { run in
            var scalars = String.UnicodeScalarView()
            for glyph in run { scalars.append(glyph.scalar) }
            let word = String(scalars)
            return ColumnTitles.titlesRunTogether(word) ?? [word]
        }
    }

    /// A fragment of glyphs of one line, white space at neither end.
    /// One pass, no arrays in between: header and summary searches cut every
    /// short fragment of every page into words and titles.
    private static func made(of run: ArraySlice<Glyph>, page: Int) -> TextFragment {
        var scalars = String.UnicodeScalarView()
        var x0 = Double.infinity, x1 = -Double.infinity, y0 = Double.infinity, y1 = -Double.infinity
        for glyph in run {
            scalars.append(glyph.scalar)
            x0 = min(x0, glyph.x0)
            x1 = max(x1, glyph.x1)
            y0 = min(y0, glyph.y0)
            y1 = max(y1, glyph.y1)
        }
        precondition(!run.isEmpty, "a fragment holds at least one glyph")
        return TextFragment(page: page, x0: x0, x1: x1, y0: y0, y1: y1, text: String(scalars), glyphs: Array(run))
    }
}

/// Fragments of one page that share a baseline band, left to right: what a
/// reader sees as one printed line across the page.
struct PageLine: Sendable {
    var fragments: [TextFragment]

    var page: Int { fragments[0].page }
    var y0: Double { fragments.map(\.y0).min() ?? 0 }
    var y1: Double { fragments.map(\.y1).max() ?? 0 }
    var texts: [String] { fragments.map(\.text) }
    var text: String { fragments.map(\.text).joined(separator: " ") }
    var isRecognized: Bool { fragments.contains(where: \.isRecognized) }
    /// Whether most of its glyphs stand taller than `height`: a line set in
    /// larger type (glyph heights, not the fragments': a fragment may join two
    /// cells' lines printed a little apart, centred in their rows). Most, not one: a recognized line boxed round a speck, or
    /// one cell's larger mark, does not make a row of cells a title.
    func isMostlyTaller(than height: Double) -> Bool {
        var taller = 0, glyphs = 0
        for fragment in fragments {
            for glyph in fragment.glyphs where !TextNormalizer.isWhitespace(glyph.scalar) {
                glyphs += 1
                if glyph.y1 - glyph.y0 > height { taller += 1 }
            }
        }
        return 2 * taller > glyphs
    }

    /// Groups fragments into page lines by vertical overlap.
    static func lines(of fragments: [TextFragment]) -> [PageLine] {
        var lines: [PageLine] = []
        for fragment in fragments.sorted(by: { ($0.midY, $0.x0) < ($1.midY, $1.x0) }) {
            if let last = lines.indices.last,
               lines[last].fragments.contains(where: { $0.overlapsVertically(fragment) }) {
                lines[last].fragments.append(fragment)
            } else {
                lines.append(PageLine(fragments: [fragment]))
            }
        }
        return lines.map { PageLine(fragments: $0.fragments.sorted { $0.x0 < $1.x0 }) }
    }
}
