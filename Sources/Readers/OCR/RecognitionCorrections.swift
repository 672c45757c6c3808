import PowerListModel

/// The corrections made to every recognized page, each certain whatever the
/// document (see each rule). `blocks` are the lines of one cell each (or of
/// one line outside the table): a cell's text runs on from line to line.
enum RecognitionCorrections {
    /// `ink` is the page's print (1 = ink), measured where a symbol's own
    /// box cannot tell (`Arrows`, `DashRuns`, `HyphenPairs`, `StrayHyphens`, `StrayAsterisks`,
    /// `HexagonalBrackets`, `DetachedSpecks`, `SpeckCommas`, `MarkBlanks`, `DoubledMarks`, `UnpairedQuotes`,
    /// `LostParentheses`); nil: not measured.
    /// `specked` is the print before its specks were erased: the dots of
    /// marks are as small (`DottedMarks`).
    /// `lexicon` tells words (`SpeckCommas`); nil: not consulted.
    static func apply(
        to blocks: inout [[RecognizedLine]], verticalRules: [PixelBox], tolerance: Int, ink: PageImage? = nil, specked: PageImage? = nil,
        faint: PageImage? = nil, lexicon: (any Lexicon)? = nil
    ) {
        // The pieces of the page's print within a region, clipped to it.
        let pieces = { (region: PixelBox) in ink.map { Components.boxes(of: $0, within: region) } }
        let speckedPieces = { (region: PixelBox) in specked.map { Components.boxes(of: $0, within: region) } }
        let faintPieces = { (region: PixelBox) in faint.map { Components.boxes(of: $0, within: region) } }
        // The page's em, for a line too small to measure by its own characters.
        let pageEm = Array(blocks.joined()).em.map { Int($0) } ?? 0
        for block in blocks.indices {
            RereadOverlaps.apply(to: &blocks[block])
            RulingBars.apply(to: &blocks[block], rules: verticalRules, tolerance: tolerance)
            for line in blocks[block].indices {
                // Marks are no ideographs: the em stays what it was as marks go.
                let em = RecognizedGlyphs.band(of: blocks[block][line]).height
                SpeckMarks.apply(to: &blocks[block][line], em: em) { line, position in
                    DottedMarks.pairMark(at: position, in: line, em: em, pieces: speckedPieces, faint: faintPieces) != nil
                }
                DoubledMarks.apply(to: &blocks[block][line], em: em, pieces: pieces)
                DocumentNumberSigns.apply(to: &blocks[block][line], em: em)
                Arrows.apply(to: &blocks[block][line], em: em, ink: ink, pieces: pieces)
                DashRuns.apply(to: &blocks[block][line], em: em) { box in ink.flatMap { InkRuns.longest(in: $0, through: box) } }
                HyphenPairs.apply(to: &blocks[block][line], em: em) { region in ink.map { HyphenPairs.bars(in: $0, within: region, em: em) } ?? [] }
                StrayHyphens.apply(to: &blocks[block][line], em: em) { region in ink.map { HyphenPairs.bars(in: $0, within: region, em: em) } }
                StrayAsterisks.apply(to: &blocks[block][line], em: em, pieces: pieces)
                HexagonalBrackets.apply(
                    to: &blocks[block][line], em: em, ink: pieces, bow: { piece, side in ink.flatMap { BracketBow.bow(in: $0, piece: piece, side: side) } },
                    fill: { piece in ink.flatMap { BracketBow.fill(in: $0, piece: piece) } }
                )
                DetachedSpecks.apply(to: &blocks[block][line], em: em, pieces: pieces)
                if DetachedSpecks.isSpeckLine(blocks[block][line], pageEm: pageEm, pieces: pieces) { blocks[block][line].words = [] }
                // A colon's dots the page's cleaning erased as grain, read as a line's closing
                // comma, are told by the dots first (`相应责任，` / `1、对…` is `：`), before
                // a comma on no ink is taken for a speck.
                DottedMarks.apply(to: &blocks[block][line], em: em, pieces: speckedPieces, faint: faintPieces)
                let next = blocks[block].indices.contains(line + 1) ? blocks[block][line + 1].words.flatMap(\.symbols).prefix(3).map(\.text) : []
                SpeckCommas.apply(to: &blocks[block][line], em: em, next: next, lexicon: lexicon, pieces: pieces)
                MarkBlanks.apply(to: &blocks[block][line], em: em, pieces: pieces)
            }
            if let ink {
                LostParentheses.apply(to: &blocks[block], pieces: pieces) { BracketBow.bow(in: ink, piece: $0, side: $1) }
            }
            FullWidthPunctuation.apply(to: &blocks[block])
            ClauseNumberSequence.apply(to: &blocks[block])
            ClauseSeparators.apply(to: &blocks[block])
            RareCharacterMisreads.apply(to: &blocks[block])
            TitleParentheses.apply(to: &blocks[block])
            RingStops.apply(to: &blocks[block])
            StepLabelColons.apply(to: &blocks[block])
            UnpairedQuotes.apply(to: &blocks[block], pieces: pieces)
            NestedTitleMarks.apply(to: &blocks[block])
            RepeatedClauseMarks.apply(to: &blocks[block])
            blocks[block].removeAll { $0.words.isEmpty }
        }
    }

    static let examples = RulingBars.examples + SpeckMarks.examples + DoubledMarks.examples + DocumentNumberSigns.examples + FullWidthPunctuation.examples
        + RareCharacterMisreads.examples + TitleParentheses.examples + RingStops.examples + StepLabelColons.examples
        + RepeatedClauseMarks.examples + RereadOverlaps.examples + UnpairedQuotes.examples + NestedTitleMarks.examples
        + ClauseNumberSequence.examples + ClauseSeparators.examples

    /// What the corrections make of an example's line.
    static func observed(_ example: CorrectionExample) -> String {
        var blocks = [example.recognizedLines]
        apply(to: &blocks, verticalRules: example.rules, tolerance: 2)
        return blocks.flatMap { $0.flatMap { $0.words.flatMap { $0.symbols.map(\.text) } } }.joined(separator: "")
    }
}
