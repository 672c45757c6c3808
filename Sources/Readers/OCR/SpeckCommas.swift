import PowerListModel

/// A speck just past a line's last character, read as the line's closing
/// comma: `法律、法，` / `规情况…` (a name cut at a line's end), `机构逐，`,
/// `当妥善，`. Specks that near print survive `Speckles`, and Tesseract
/// reads them as `，` at 88–97% confidence; each cost its text an exact
/// match, and a name its match.
///
/// A comma's ink has a tail: it stands taller than it is wide (4 by 8 to
/// 7 by 12 pixels at 300 dpi, where an em is 30), and its head sits at the
/// characters' feet, just after the character. A speck's is round (2 by 2
/// to 5 by 5), and lies anywhere. Scanned at 200 dpi a comma may lose its
/// tail too, but not its place: on six 200 dpi scans (107 line-ending
/// commas) the round ones had their centre 0.75–0.87 of the line's height
/// down, 0.13–0.17 em after the character (a Song face's 0.26–0.29 em); the
/// specks read as commas stood at 0.16–0.63 down, or below the line (1.14),
/// and 0.24–0.44 em after it, those at a comma's height 0.37 em and more.
/// So a line-ending comma with nothing but round pieces, smaller than
/// `largestPiece` of an em, none of them where a comma's head sits, between
/// the character before it and its own right edge, was read from a speck,
/// and goes. Tesseract may box a speck beyond a printed comma as the comma
/// (`职责，·有`); the printed comma's ink then stands in that stretch, and
/// it stays.
///
/// At 200 dpi a speck at the feet, just after the character, looks like a
/// comma that lost its tail (`社会保，` / `险行政部门`). There the words
/// decide: a comma never splits a word, so a round one between the line's
/// last characters and the next line's first that a `lexicon` word spans
/// (`保险`, `单位`, `责任`, `骗取`) was read from a speck. On 21 speckled
/// scans 14 of 34 commas OCR added split a word so; of 1,202 commas printed
/// between two characters in the lists' texts, 16 stand inside a word of
/// Tesseract's dictionary (`审核，发给`: `核发`), and those are rarely a
/// line's last mark, and more rarely round. A word-splitting comma with no
/// ink left at all (the speck erased with the page's other specks) goes too,
/// and so does one with no ink that Tesseract boxed smaller than a comma's
/// head can be (`speckBox`): read from the faint rest of an erased speck
/// (`地使用者，` / `向国家`, `第一百，` / `一十条`: boxes 1 by 3 to 3 by 3
/// pixels, where the printed commas of the same scans were boxed 3 by 6 and
/// more). On 27 speckled stand-ins this drops 21 of the 46 commas OCR added and one printed
/// one, a Song face's whose head the cleaning erased (`一致，` / `有关`).
enum SpeckCommas {
    static let commas: Set<String> = ["，", ","]
    /// Largest piece of a speck, across and down, in ems.
    static let largestPiece = 0.25
    /// A piece this much taller than wide, or more, has a comma's tail.
    static let tail = 1.4
    /// A piece less tall than this, in ems, has no tail however narrow, where the comma was boxed so small.
    static let shortestTail = 0.2
    /// How far left of the stretch ink is followed to tell a character's stroke.
    static let strokeReach = 3
    /// Where a comma's head has its centre: this share of the characters'
    /// height down from their top (their usual top and bottom, as boxed).
    static let headPlace = 0.68...1.1
    /// How far a comma's head stands after the character, in ems at most:
    /// a Song face's (UMing's) stands 0.26–0.29 em after it at 200 dpi, 3 by
    /// 4 pixels, 0.86 down (`建设用地标准，` / `对建设`); the nearest speck at
    /// the feet on 27 stand-ins stood 0.37 em after (`请定点协议，` / `管理`).
    static let headGap = 0.3
    /// A comma boxed less tall than this, in ems, on no ink, was read from a speck's faint rest.
    static let speckBox = 0.12

    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and nothing changes.
    /// `next` is what the cell's next line begins with; `lexicon` decides the words.
    static func apply(
        to line: inout RecognizedLine, em: Int, next: [String] = [], lexicon: (any Lexicon)? = nil, pieces: (PixelBox) -> [PixelBox]?
    ) {
        guard em > 0 else { return }
        let symbols = line.words.flatMap(\.symbols)
        guard symbols.count > 1, let comma = symbols.last, commas.contains(comma.text) else { return }
        let character = symbols[symbols.count - 2]
        guard character.ideograph != nil else { return }
        let band = RecognizedGlyphs.band(of: line)
        // The head's place is taken against the characters' own tops and feet: the
        // line's box, whose middle centres `band`, reaches lower where some boxes
        // hang below the feet (土, 计 and 和 boxed 12 pixels lower in `…计划和建设用地标准，`).
        let characters = DottedMarks.band(of: line).map { (top: $0.top, bottom: $0.bottom, height: $0.bottom - $0.top) } ?? band
        // Down to a third of an em below the band: a comma's tail hangs below the characters' feet.
        let stretch = PixelBox(
            left: character.box.right, top: band.top, right: max(comma.box.right, character.box.right + 1), bottom: band.bottom + em / 3
        )
        // A sliver cut off at the stretch's left edge is the character's own stroke
        // past its box (1 by 2 pixels of 地), not ink of the mark; so is a piece
        // that runs on into the character's box (人's foot, 4 by 3 pixels past it).
        let reaching = PixelBox(left: stretch.left - strokeReach, top: stretch.top, right: stretch.right, bottom: stretch.bottom)
        let strokes = pieces(reaching)?.filter { $0.left == reaching.left } ?? []
        guard let found = pieces(stretch)?.filter({ piece in
            !(piece.left == stretch.left && (piece.width <= 2 || strokes.contains { $0.right >= piece.right && $0.top <= piece.bottom && $0.bottom >= piece.top }))
        }) else { return }
        let splits = splitsWord(symbols.dropLast().suffix(3).map(\.text), next, lexicon: lexicon)
        // No ink there at all decides nothing by itself: cleaning the page may
        // have taken a printed comma for a speck. But a comma never splits a
        // word: one with no ink that does (`县级以上地，` / `方市场监督`, a speck
        // by 地 the cleaning erased, nine times on one 300 dpi scan) goes.
        let boxedSmall = Double(comma.box.height) < shortestTail * Double(em)
        let specks = !found.isEmpty && found.allSatisfy { isSpeck($0, em: em, boxedSmall: boxedSmall) }
            && (found.allSatisfy { !isCommaHead($0, after: stretch.left, band: characters, em: band.height) } || splits)
        let boxedOnNothing = Double(comma.box.height) < speckBox * Double(em)
        guard specks || found.isEmpty && (splits || boxedOnNothing) else { return }
        line.removeSymbols(at: [symbols.count - 1])
    }

    /// Some word of the lexicon holds the last of `before` and the first of `after` (Chinese characters each).
    static func splitsWord(_ before: [String], _ after: [String], lexicon: (any Lexicon)?) -> Bool {
        let isIdeograph = { (text: String) in text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
        let left = before.reversed().prefix(while: isIdeograph).reversed().flatMap(\.unicodeScalars)
        let right = after.prefix(while: isIdeograph).flatMap(\.unicodeScalars)
        guard let lexicon, !left.isEmpty, !right.isEmpty else { return false }
        return lexicon.spansWord(left + right, junction: left.count)
    }

    private static func isCommaHead(_ piece: PixelBox, after character: Int, band: (top: Int, bottom: Int, height: Int), em: Int) -> Bool {
        headPlace.contains((Double(piece.top + piece.bottom) / 2 - Double(band.top)) / Double(band.height))
            && Double(piece.left - character) <= headGap * Double(em)
    }

    /// Round, or, where Tesseract boxed the comma itself that small
    /// (`boxedSmall`), too short for a comma's tail at all (`当事人，` /
    /// `拒不`: a comma boxed on a piece 2 by 4 pixels, 0.7 em after `人`,
    /// where the Song face's commas stand 8 to 12 tall). A comma boxed
    /// larger may have its ink within the character's box, left of the
    /// stretch (`归还，`), and the short pieces there are its tail's end.
    private static func isSpeck(_ piece: PixelBox, em: Int, boxedSmall: Bool) -> Bool {
        piece.isWithin(largestPiece * Double(em))
            && (Double(piece.height) < tail * Double(piece.width) || boxedSmall && Double(piece.height) < shortestTail * Double(em))
    }
}
