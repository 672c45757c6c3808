import PowerListModel

/// A list restates an item's name in its 立案责任 (`立案责任：对采取虚报、
/// 隐瞒、伪造等手段…`), and OCR reads the two printings apart. Where one
/// reads a character Tesseract doubted that still makes a word
/// (`对采取谍报、隐瞒、`, 谍 85 %: `谍报` is a word, so neither the lexicon
/// nor `RecognitionConsensus`, which wants two sure readings, mends it) and
/// the other printing reads another character surely between the same
/// `context` characters on each side (`对采取虚报、隐瞒`, every one of the
/// seven at `RecognitionConsensus.sure` or more), the doubtful character is
/// the restated one: six characters alike on a line are the same wording.
/// Lists do print phrases a character apart (`定点医疗机构`, `定点医药机构`),
/// so a character is mended only where Tesseract doubted it, and where the
/// document reads one other character there surely, no two.
///
/// - `对采取谍报、隐瞒、` (谍 85 %), `对采取虚报、隐瞒、` sure once → `虚`
/// - `…定点医药机构的…` (药 92 %) stays: surer than `doubtful`
/// - two sure readings between the same six (`虚`, `谎`) decide nothing
/// - `第八十四条…` numerals are never mended
enum RestatedWording {
    /// Characters on each side that must read alike.
    static let context = 3
    /// A character read less sure than this may be mended: the threshold
    /// below which `DoubtfulLines` reads a character's line again.
    static let doubtful = UInt8(DoubtfulLines.doubtfulCharacter)

    /// Mends `pages` in place, counting on each page the characters mended.
    static func apply(to pages: inout [RecognizedPage]) {
        let readings = RecognitionConsensus.sureReadings(of: pages, context: context)
        guard !readings.isEmpty else { return }
        for index in pages.indices {
            var glyphs = pages[index].glyphs.glyphs
            RecognitionConsensus.forEachWindow(in: glyphs, context: context) { position in
                let middle = glyphs[position]
                guard let confidence = middle.confidence, confidence < doubtful, middle.scalar.properties.isIdeographic,
                      !RecognitionConsensus.isNumeral(middle.scalar),
                      let read = readings[RecognitionConsensus.Window(glyphs, around: position, context: context)], read.count == 1,
                      let (reading, _) = read.first, reading != middle.scalar, !RecognitionConsensus.isNumeral(reading) else { return }
                glyphs[position].scalar = reading
                pages[index].mended += 1
            }
            pages[index].glyphs.glyphs = glyphs
        }
    }
}
