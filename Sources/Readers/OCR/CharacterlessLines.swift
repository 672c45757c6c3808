/// A character alone on a cell's line reads worst of all: Tesseract's line
/// model has no neighbours to read it by. The name `…或者以欺骗手段取得测绘
/// 资质证书从事测绘活动的处` / `罚` (AR PL UMing, 250 dpi) came out with its
/// last line read `|`, which the correction of rule bars then dropped, and
/// the name lost its last character; cut out with paper round it, the same
/// print reads `罚`. A line of a cell read as Latin letters and ASCII marks
/// only, or as Latin letters among other marks (`罚` read `“Ty-`, its top
/// stroke a quote), while its print is a character's size (at least `least`
/// of the cell's em both ways), is read again on its own, as a skipped line
/// is, and that reading is taken where it holds a Chinese character.
enum CharacterlessLines {
    /// The least height and width of a character's print, in ems.
    static let least = 0.6

    /// The lines of `lines` to read again, by index, each with the region of
    /// its print: `ink` gives the runs of print within a region (page pixels).
    static func suspects(in lines: [RecognizedLine], within area: PixelBox, ink: (PixelBox) -> [PixelBox]) -> [(index: Int, region: PixelBox)] {
        // A cell may hold no character read right (a name's `罚` alone at the top of
        // the page it ran on to, read `Ty`): its lines' height stands for the em.
        let heights = lines.map(\.box.height).sorted()
        guard let em = lines.em ?? heights.dropFirst(heights.count / 2).first.map(Double.init) else { return [] }
        return lines.indices.compactMap { index in
            guard isCharacterless(lines[index]) else { return nil }
            let line = lines[index].box
            // The print between the neighbouring lines that stands across the line's box and
            // reaches into it or within half an em of it (a character's strokes apart: `罚`).
            // The neighbours' boxes may take in part of the character (`罚`'s 罒 in the box
            // of the line above): their characters' usual edges bound it.
            let top = index > 0 ? max(area.top, usual(lines[index - 1], edge: \.bottom) ?? lines[index - 1].box.bottom) : area.top
            let bottom = index + 1 < lines.count ? min(area.bottom, usual(lines[index + 1], edge: \.top) ?? lines[index + 1].box.top) : area.bottom
            let window = PixelBox(left: area.left, top: top, right: area.right, bottom: bottom)
            let reach = Int(em / 2)
            let runs = ink(window).filter { $0.left < line.right && $0.right > line.left && $0.top < line.bottom + reach && $0.bottom > line.top - reach }
            guard let print = runs.union else { return nil }
            guard Double(print.height) >= least * em, Double(print.width) >= least * em else { return nil }
            return (index, print)
        }
    }

    /// The median `edge` of the Chinese characters of `line`; nil when it has none.
    static func usual(_ line: RecognizedLine, edge: KeyPath<PixelBox, Int>) -> Int? {
        let edges = line.words.flatMap(\.symbols).filter { $0.ideograph != nil }.map { $0.box[keyPath: edge] }.sorted()
        return edges.isEmpty ? nil : edges[edges.count / 2]
    }

    /// No Chinese character or digit, and no full-width mark but among Latin
    /// letters: a `）` or `……` alone on its line is printed so.
    static func isCharacterless(_ line: RecognizedLine) -> Bool {
        let scalars = line.words.flatMap(\.symbols).flatMap(\.text.unicodeScalars)
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        guard !scalars.isEmpty, !scalars.contains(where: { isDigit($0) || $0.properties.isIdeographic }) else { return false }
        return scalars.allSatisfy(\.isASCII) || scalars.contains { $0.properties.isAlphabetic && $0.isASCII }
    }

    /// `line` replaced by `reread` where that holds a Chinese character.
    static func merge(_ line: RecognizedLine, reread: [RecognizedLine]) -> RecognizedLine {
        let read = reread.filter { !$0.words.isEmpty }
        guard read.contains(where: { $0.words.contains { $0.symbols.contains { $0.ideograph != nil } } }),
              let first = read.first else { return line }
        return read.dropFirst().reduce(first) { joined, next in
            RecognizedLine(box: joined.box.union(next.box), words: joined.words + next.words)
        }
    }
}
