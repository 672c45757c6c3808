import CTesseract

/// `--` (two hyphens, which join 主项 to 子项 in many item names:
/// `（主项）--单位参保登记（子项）`) is read as one `-` when a scan's blur
/// draws the two close. A hyphen's ink is a short flat bar: lower than a
/// fifth of an em, a sixth to three quarters of one wide. Where two such
/// bars stand round a `-` (within its box and a third of an em either
/// side), a lone `-` was `--`. One bar, or a longer line (`—`), stays as read.
enum HyphenPairs {
    /// `bars` gives the hyphen-like bars of the page's ink wholly inside a
    /// region, left to right (see `bars(in:within:em:)`).
    static func apply(to line: inout RecognizedLine, em: Int, bars: (PixelBox) -> [PixelBox]) {
        guard em > 0 else { return }
        // A `-` beside another was read as one of the two already.
        let texts = line.words.flatMap { $0.symbols.map(\.text) }
        var position = 0
        for word in line.words.indices {
            line.words[word].symbols = line.words[word].symbols.flatMap { symbol -> [RecognizedSymbol] in
                defer { position += 1 }
                let beside = [position - 1, position + 1].filter(texts.indices.contains).map { texts[$0] }
                guard symbol.text == "-", !beside.contains("-") else { return [symbol] }
                let reach = em / 3
                let region = PixelBox(left: symbol.box.left - reach, top: symbol.box.top, right: symbol.box.right + reach, bottom: symbol.box.bottom)
                let found = bars(region)
                guard found.count == 2 else { return [symbol] }
                return found.map { bar in
                    RecognizedSymbol(text: "-", box: PixelBox(left: bar.left, top: symbol.box.top, right: bar.right, bottom: symbol.box.bottom), confidence: symbol.confidence)
                }
            }
        }
    }

    /// The hyphen-like bars of `binary` (1 = ink) wholly inside `region`
    /// (a piece touching its left or right side belongs to a character beside it).
    static func bars(in binary: PageImage, within region: PixelBox, em: Int) -> [PixelBox] {
        let area = PixelBox(
            left: max(0, region.left), top: max(0, region.top),
            right: min(binary.width, region.right), bottom: min(binary.height, region.bottom)
        )
        guard area.width > 0, area.height > 0, let ink = binary.clipped(to: area) else { return [] }
        return Components.boxes(of: ink, connectivity: 8).filter { box in
            box.left > 0 && box.right < area.width && 5 * box.height <= em + 2 && 6 * box.width >= em && 4 * box.width <= 3 * em
        }.map { box in
            PixelBox(left: area.left + box.left, top: area.top + box.top, right: area.left + box.right, bottom: area.top + box.bottom)
        }.sorted { $0.left < $1.left }
    }
}
