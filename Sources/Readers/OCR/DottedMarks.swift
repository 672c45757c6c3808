import PowerListModel

/// `：` and `；` read as `，`: in a Song face (AR PL UMing) Tesseract's
/// line model reads a colon's two dots, or a semicolon's dot and comma, as
/// a comma two times in three (`第四条第一款，建设项目用地` for `…第一款：…`;
/// 236 of 360 colons and semicolons on three scans of one list), now and
/// then as `”`, and a semicolon as `：` or the reverse. Each cost its text an
/// exact match, and a list split at `；` its elements.
///
/// The ink tells them apart where the model does not. A colon is two equal
/// dots, one straight over the other, above the characters' feet; a
/// semicolon a dot over a comma, whose tail makes it taller than wide; a
/// comma one piece at the feet. Measured from the top of the line's characters, in their height:
/// UMing's colon has its dots' centres at 0.56–0.59 and 0.83–0.85, its
/// semicolon at 0.57–0.59 and 0.87–0.90; Noto Sans CJK's colon at
/// 0.34–0.37 and 0.79–0.81. Two pieces placed so, straight over one
/// another and alone in their column, make the mark a colon or a semicolon
/// whatever it was read as.
///
/// The line model boxes such a mark late: its ink stood at the right edge
/// of the character's box before it (`款` 1133–1163, the dots at 1159–1163),
/// or filled that character's box (`任` boxed 1739–1743 around the dots),
/// the mark's own box holding the blank after it; so the mark is looked for
/// from the start of the symbol before it to the start of the one after.
/// Specks of a speckled scan are as large as these dots, but lie anywhere:
/// one over a comma (`许可的，书面`) stood 0.46 down and 2.5 pixels off the
/// comma's centre line, where a mark's two pieces stand within a pixel.
/// The symbol before may be boxed from the dots on (its box then starts at
/// them, and only a piece running on past the stretch's left edge is the
/// character's), and the end of one of its strokes may stand at the feet
/// beside the pair (条's, 任's): no comma, so no sign that the pair is the
/// next character's. A mark the model read nothing for leaves an em's blank
/// between two characters, where the same ink puts it back (`restoreLost`).
enum DottedMarks {
    /// A comma and a semicolon as the model reads them.
    static let commas: Set<String> = ["，", ","], semicolons: Set<String> = ["；", ";"]
    /// How far down the characters' height a comma's tail ends at least
    /// (0.94 and lower); the end of a stroke of the character before, shaped
    /// alike, ends higher (款's at 0.82 to 0.88).
    static let commaFoot = 0.91
    /// What a colon or semicolon is read as.
    static let readings: Set<String> = ["，", ",", "：", ":", "；", ";", "”"]
    /// A colon opening a list may be read `。` (`津贴的天数为。(一)怀孕`, four
    /// times on the corpus scan): a `。` before a list's first number
    /// (`（一）`, `(1)`, `一、`, `1.`, as `NumberingTokens` reads them) is
    /// looked at too. Elsewhere a full stop stays, whatever ink stands by
    /// it: a speck over one made `当事人。执行责任` a colon.
    static func isReading(_ texts: [String], at position: Int) -> Bool {
        if readings.contains(texts[position]) { return true }
        guard texts[position] == "。" else { return false }
        return NumberingTokens.token(atStartOf: texts[(position + 1)...].prefix(4).joined())?.number == 1
    }
    /// Where the upper dot has its centre, down the characters' height.
    static let upperPlace = 0.3...0.66
    /// Where the lower dot or comma has its centre.
    static let lowerPlace = 0.74...0.95
    /// Largest dot, and largest comma, across and down, in ems.
    static let largestPiece = 0.3
    /// A mark's dot is at least this share of the lower piece's width (a
    /// colon's dots are alike, a semicolon's dot as wide as its comma's head:
    /// 3 to 4 pixels over 4, Noto's 4 over 4); grain over a comma is smaller
    /// (2 by 2 over 5 by 10, `提供受理材料，材料`; 3 by 3 over 5 by 10,
    /// `行政职责，有下列`).
    static let dotShare = 0.7
    /// Widest dot or comma of a colon or semicolon, in ems: UMing's at 300
    /// dpi are 3 to 4 pixels of a 35-pixel em; pieces of 8 to 10 pixels
    /// standing so are strokes of the character after (`调解书，经当`).
    static let widest = 0.2
    /// Widest comma, in ems, and how much taller than wide it stands at
    /// least (UMing's 4 by 8 and 3 by 4 pixels at 300 dpi, the corpus
    /// face's 6 by 12); the end of a stroke of the character before, at the
    /// same height, is wider (条's, 8 by 9) or flat (任's, 4 by 3).
    static let commaWidth = 0.2
    /// How much taller than wide a comma stands at least.
    static let commaRise = 1.2
    /// Smallest dot, across and down, in pixels (pages are drawn at 300
    /// dpi): the dots of 10 pt print scanned at 250 dpi keep 2 by 3; grain
    /// of one pixel is no dot, whatever the print's size.
    static let leastDot = 2
    /// The two pieces' centres stand within this share of an em across.
    static let drift = 0.06
    /// A colon's lower dot ends above this share of the characters' height:
    /// UMing's at 0.88, Noto's at 0.87; a semicolon's comma scanned at 200
    /// dpi (4 by 5 pixels, hardly taller than wide) ends at 0.94, and so may
    /// a colon's dot where the line's band is judged a little high (0.94 on
    /// a 200 dpi scan of the corpus face).
    static let tailFoot = 0.92
    /// Where a semicolon's comma scanned at 200 dpi ends (UMing's, 4 by 5
    /// pixels, at 0.94; a colon's dot of the same print at 0.88 to 0.91, of
    /// the corpus face at 0.84 to 0.87): below a round dot, a lower piece
    /// taller than wide ending here, read `，` by the model, is a semicolon's
    /// comma (10 of 10 such on a UMing scan at 200 dpi). Lower still it is a
    /// comma with a speck over it (0.97, 0.98). A mark read `：` stays as read:
    /// a colon's dot may end at 0.94 where the line's band is judged high.
    static let shortComma = tailFoot...0.955
    /// A lower piece this much taller than wide is a comma; a dot is no more
    /// than this much taller or wider than the other dot.
    static let tail = 1.4

    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, pieces: (PixelBox) -> [PixelBox]?, faint: (PixelBox) -> [PixelBox]? = { _ in nil }) {
        let symbols = line.words.flatMap(\.symbols)
        guard em > 0, let band = Self.band(of: line) else { return }
        var marks: [Int: String] = [:]
        let texts = symbols.map(\.text)
        for position in symbols.indices.dropFirst() where isReading(texts, at: position) {
            let symbol = symbols[position]
            let right = position + 1 < symbols.count ? symbols[position + 1].box.left : symbol.box.right
            let stretch = Self.stretch(after: symbols[position - 1].box, to: right, band: band, em: em)
            guard stretch.right > stretch.left, let found = pieces(stretch),
                  let mark = mark(of: found, in: stretch, band: band, em: em, read: symbol.text, faint: faint)
                    ?? (symbol.text == "”" && isComma(found, in: stretch, band: band, em: em) ? "，" : nil),
                  mark != symbol.text else { continue }
            marks[position] = mark
        }
        line.replaceSymbols(marks)
        restoreLost(in: &line, band: band, em: em, pieces: pieces, faint: faint)
    }

    /// The colon or semicolon whose pair of pieces stands where the line's
    /// symbol at `position` was read, as `apply` finds it; nil where none does.
    static func pairMark(at position: Int, in line: RecognizedLine, em: Int, pieces: (PixelBox) -> [PixelBox]?, faint: (PixelBox) -> [PixelBox]? = { _ in nil }) -> String? {
        let symbols = line.words.flatMap(\.symbols)
        guard em > 0, position > 0, position < symbols.count, let band = Self.band(of: line) else { return nil }
        let right = position + 1 < symbols.count ? symbols[position + 1].box.left : symbols[position].box.right
        let stretch = stretch(after: symbols[position - 1].box, to: right, band: band, em: em)
        guard stretch.right > stretch.left, let found = pieces(stretch) else { return nil }
        return mark(of: found, in: stretch, band: band, em: em, read: symbols[position].text, faint: faint)
    }

    /// Where the line's characters stand, down: their usual top and feet.
    static func band(of line: RecognizedLine) -> (top: Int, bottom: Int)? {
        guard let top = CharacterlessLines.usual(line, edge: \.top), let bottom = CharacterlessLines.usual(line, edge: \.bottom), bottom > top else { return nil }
        return (top, bottom)
    }

    /// Where a mark after the symbol boxed `before` is looked for, up to
    /// `right`: from the start of that symbol, a little further left to tell
    /// a dot its box starts at from the ink of a character it cuts; from a
    /// little above the characters to below their feet.
    static func stretch(after before: PixelBox, to right: Int, band: (top: Int, bottom: Int), em: Int) -> PixelBox {
        PixelBox(left: before.left - max(2, em / 10), top: band.top - em / 8, right: right, bottom: band.bottom + em / 5)
    }

    /// Least blank, in ems, between two characters' boxes where a mark the
    /// model read nothing for may stand: a full-width mark takes an em.
    static let lostMarkBlank = 0.5
    /// Least advance, in ems, from the character before a lost mark to the
    /// one after: the character's em and the mark's. Characters boxed from
    /// their right part leave half an em blank too, holding their left
    /// part's dots (法's 氵 in `依法`, 1.3 ems on): no mark.
    static let lostMarkAdvance = 1.8
    /// What may follow a lost mark besides a character: a list's number (`；2.对不`, `；（四）对`).
    static let opening: Set<String> = ["（", "(", "《"]

    /// A colon or semicolon the model read nothing for (`第四十四条违反本条`
    /// for `…条：违反…`: 15 on one UMing scan at 300 dpi) leaves an em's blank
    /// between two characters' boxes, two ems from one's start to the
    /// next's. Where that blank holds a pair of pieces placed as
    /// `mark(of:in:band:em:)` asks, the mark is put back between them, as
    /// sure as the less sure of its neighbours.
    static func restoreLost(
        in line: inout RecognizedLine, band: (top: Int, bottom: Int), em: Int, pieces: (PixelBox) -> [PixelBox]?, faint: (PixelBox) -> [PixelBox]? = { _ in nil }
    ) {
        // Each symbol's word and place in it, in reading order.
        let places = line.words.indices.flatMap { word in line.words[word].symbols.indices.map { (word: word, index: $0) } }
        let symbols = line.words.flatMap(\.symbols)
        var restored: [(word: Int, index: Int, symbol: RecognizedSymbol)] = []
        for position in symbols.indices.dropLast() {
            let before = symbols[position], after = symbols[position + 1]
            guard before.ideograph != nil, after.ideograph != nil || after.text.isDigitSymbol || opening.contains(after.text),
                  Double(after.box.left - before.box.right) >= lostMarkBlank * Double(em),
                  Double(after.box.left - before.box.left) >= lostMarkAdvance * Double(em) else { continue }
            let stretch = Self.stretch(after: before.box, to: after.box.left, band: band, em: em)
            let box = PixelBox(left: before.box.right, top: band.top, right: after.box.left, bottom: band.bottom)
            guard let found = pieces(stretch),
                  let mark = mark(of: found, in: stretch, band: band, em: em, faint: faint) ?? lostComma(in: box, band: band, em: em, pieces: pieces) else { continue }
            restored.append((places[position].word, places[position].index + 1, RecognizedSymbol(text: mark, box: box, confidence: min(before.confidence, after.confidence))))
        }
        // Last first, so that the places before stay where they were.
        for (word, index, symbol) in restored.reversed() { line.words[word].symbols.insert(symbol, at: index) }
    }

    /// `，` where the blank `box` between two characters holds one piece
    /// of ink, a comma's: at the feet, narrow and taller than wide, its
    /// tail reaching `commaFoot` (`采矿擅自` for `采矿，擅自`, the comma
    /// read as nothing); nil otherwise. Grain smaller than a dot is no ink.
    static func lostComma(in box: PixelBox, band: (top: Int, bottom: Int), em: Int, pieces: (PixelBox) -> [PixelBox]?) -> String? {
        let region = PixelBox(left: box.left, top: band.top - em / 8, right: box.right, bottom: band.bottom + em / 5)
        guard let found = pieces(region)?.filter({ min($0.width, $0.height) >= leastDot }), found.count == 1, let comma = found.first,
              comma.left > region.left, comma.right < region.right, comma.top > region.top, comma.bottom < region.bottom,
              lowerPlace.contains(place(of: comma, band: band)), isCommaShaped(comma, em: em),
              Double(comma.bottom - band.top) >= commaFoot * Double(band.bottom - band.top) else { return nil }
        return "，"
    }

    /// `：` or `；` where `found` (the pieces of a mark's stretch of the
    /// line) hold one pair of pieces placed as a colon's or a semicolon's,
    /// alone in their column; nil otherwise. A piece cut at the left edge of
    /// the `stretch` is part of the character before; one cut at its top or
    /// bottom, of a line above or below (lines stand 5 pixels apart in UMing).
    /// `band` is where the line's characters stand, down.
    /// `read`: what the model read the mark as. Read `，`, a pair whose lower
    /// piece is a short comma (`shortComma`) is a semicolon; read `；`, one
    /// whose lower piece is taller than wide and than its dot is not made a
    /// colon (`罚款；逾期`, 4 by 5 under 3 by 4, ending at 0.91, where a colon's
    /// dot of the same print may end: 4 by 4 under 4 by 3, 3 by 4 under 3 by 4).
    static func mark(
        of found: [PixelBox], in stretch: PixelBox, band: (top: Int, bottom: Int), em: Int, read: String? = nil, faint: (PixelBox) -> [PixelBox]? = { _ in nil }
    ) -> String? {
        let readAsComma = read.map(commas.contains) ?? false, readAsSemicolon = read.map(semicolons.contains) ?? false
        let found = found.filter { $0.top > stretch.top && $0.bottom < stretch.bottom }
        let size = Double(em)
        let place = { (piece: PixelBox) in Self.place(of: piece, band: band) }
        let small = marks(among: found, in: stretch, em: em)
        var marks: [(left: Int, mark: String)] = []
        for dot in small where upperPlace.contains(place(dot)) && Double(dot.height) < tail * Double(dot.width) && Double(dot.width) <= widest * size {
            for lower in small where lower.top >= dot.bottom && lowerPlace.contains(place(lower)) && Double(lower.width) <= widest * size {
                guard Double(abs(dot.left + dot.right - lower.left - lower.right)) / 2 <= drift * size,
                      Double(dot.width) >= dotShare * Double(lower.width) else { continue }
                // The lower piece's faint grey: a comma's tail the threshold cut off, whole or in part.
                let faintTail = Self.faintTail(of: lower, em: em, faint: faint)
                // Alone in its column: no other ink over, between or under the pair, but
                // the tail's end the threshold cut off, and grain of a pixel.
                let column = (left: min(dot.left, lower.left), right: max(dot.right, lower.right))
                guard found.allSatisfy({
                    $0 == dot || $0 == lower || $0.right <= column.left || $0.left >= column.right || $0.width < leastDot && $0.height < leastDot
                        || faintTail?.holdsCentre(of: $0) == true && $0.top > lower.top
                }) else { continue }
                // The first mark after the character: a comma at the feet before the pair
                // (`执法证件，允许`, boxed with 件) makes the pair part of the next character.
                // A stroke's end of the character before is no comma: wider or flat (条's,
                // 任's), ending short of the feet (款's, 3 by 4), or cut at the stretch's left
                // edge (费's, 6 by 12); nor is grain (1 by 2, below the feet).
                guard !found.contains(where: {
                    $0.left > stretch.left && min($0.width, $0.height) >= leastDot && $0.right <= column.left
                        && place($0) >= lowerPlace.lowerBound && isCommaShaped($0, em: em)
                        && Double($0.bottom - band.top) >= commaFoot * Double(band.bottom - band.top)
                }) else { continue }
                // A comma's tail makes it taller than wide; a colon's lower dot stands above
                // the characters' feet. A lower piece neither (a semicolon's comma scanned at
                // 200 dpi, 4 by 5, or a colon's dot where the line's band is judged high)
                // decides nothing, unless what the model read does (`read`).
                let foot = (Double(lower.bottom) - Double(band.top)) / Double(band.bottom - band.top)
                // A semicolon's comma is no shorter than its dot: grain under a stroke's end is no comma.
                if lower.height >= dot.height, Double(lower.height) >= tail * Double(lower.width)
                    || readAsComma && lower.height > lower.width && shortComma.contains(foot) && isAlike(dot.width, dot.height) || faintTail != nil {
                    marks.append((column.left, "；"))
                } else if faintTail == nil, foot < tailFoot, isAlike(dot.width, lower.width), isAlike(dot.height, lower.height),
                          !(readAsSemicolon && lower.height > lower.width && lower.height > dot.height) {
                    marks.append((column.left, "："))
                }
            }
        }
        // The mark stands first after the character; a pair half an em or more
        // further on is the next character's print (`八条：县`, 县's strokes over one another).
        guard let first = marks.min(by: { $0.left < $1.left }),
              marks.allSatisfy({ $0.left == first.left && $0.mark == first.mark || 2 * ($0.left - first.left) >= em }) else { return nil }
        return first.mark
    }

    /// How far below a lower piece its faint grey must run on, in ems, to
    /// be a comma's tail.
    static let tailReach = 0.08
    /// Where a mark's lower piece runs on in faint grey (`faint`: the print
    /// taken at a lighter grey than the page's threshold) into a comma's
    /// tail, the extent of the comma so taken; nil for a dot. A Song face's
    /// semicolon scanned at 300 dpi keeps only its comma's head, 3 by 3
    /// pixels, as round as a colon's dot, its tail grey 120 to 200 (`材料；一次`
    /// read `：`); a colon's dot taken lighter grows a pixel each way, and
    /// stays round.
    static func faintTail(of lower: PixelBox, em: Int, faint: (PixelBox) -> [PixelBox]?) -> PixelBox? {
        let side = max(1, em / 10)
        let window = PixelBox(left: lower.left - side, top: lower.top, right: lower.right + side, bottom: lower.bottom + em / 4)
        guard let found = faint(window) else { return nil }
        let own = found.filter { $0.intersects(lower) }
        guard let first = own.first else { return nil }
        let comma = own.dropFirst().reduce(first) { $0.union($1) }
        guard Double(comma.bottom - lower.bottom) >= tailReach * Double(em), Double(comma.height) >= tail * Double(comma.width) else { return nil }
        return comma
    }

    /// Two dots' sizes in one direction: within `tail` of each other, or a
    /// pixel apart (2 and 3 pixels at 300 dpi).
    static func isAlike(_ one: Int, _ other: Int) -> Bool {
        Double(max(one, other)) <= tail * Double(min(one, other)) || abs(one - other) <= 1
    }

    /// A comma's shape: narrow (`commaWidth`), and taller than wide by `commaRise`.
    static func isCommaShaped(_ piece: PixelBox, em: Int) -> Bool {
        Double(piece.width) <= commaWidth * Double(em) && Double(piece.height) >= commaRise * Double(piece.width)
    }

    /// Whether `found` (the pieces of the stretch of a `”`) hold one mark's
    /// piece, at the characters' feet, and none in their upper half, where a
    /// quote's two commas stand: a comma read as a quote (`采矿”擅自`).
    static func isComma(_ found: [PixelBox], in stretch: PixelBox, band: (top: Int, bottom: Int), em: Int) -> Bool {
        let places = marks(among: found.filter { $0.top > stretch.top && $0.bottom < stretch.bottom }, in: stretch, em: em).map { place(of: $0, band: band) }
        return places.count { lowerPlace.contains($0) } == 1 && !places.contains { $0 < 0.5 }
    }

    /// Where `piece` has its centre, down the characters' height (`band`).
    static func place(of piece: PixelBox, band: (top: Int, bottom: Int)) -> Double {
        (Double(piece.top + piece.bottom) / 2 - Double(band.top)) / Double(band.bottom - band.top)
    }

    /// The pieces of `found` a mark's size (no larger than `largestPiece` of
    /// an em, no smaller than `leastDot`) that are not cut at the left edge
    /// of the `stretch` (those are the character before's).
    static func marks(among found: [PixelBox], in stretch: PixelBox, em: Int) -> [PixelBox] {
        found.filter { $0.left > stretch.left && $0.isWithin(largestPiece * Double(em)) && min($0.width, $0.height) >= leastDot }
    }
}
