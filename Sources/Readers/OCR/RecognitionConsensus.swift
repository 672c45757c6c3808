import PowerListModel

/// A list repeats its wording from item to item (`以欺诈…手段骗取`,
/// `港澳台居民`), and Tesseract reads most repetitions right and some, where
/// the scan is poor, wrong and unsure (`手段负取`, 负 at 6 %; `港首台`).
/// A doubtful character (below `RecognitionDiagnostics.doubtfulBelow`)
/// between two characters of its line is taken to be the one character
/// that stands between those two at least `attested` times elsewhere in
/// the document, read surely (every one of the three at `sure` or more),
/// when no sure reading puts the doubtful one there. It keeps its low
/// confidence, so its cell still gets `ocr-low-confidence`; `ocr-text`
/// counts the characters mended. Numerals are never mended: `第八十四条`
/// among many `第八十七条` is printed so.
///
/// - `手段负取` (负 6 %), `段骗取` sure 6 times → `手段骗取`
/// - `港首台` (首 57 %), `港澳台` sure 14 times → `港澳台`
/// - `第八十四条` (四 60 %), `十七条` sure 5 times → kept
/// - `职守；对` (；65 %), `守，对` and `守、对` sure twice each → kept (two candidates)
/// - `基疹中` (疹 66 %), `基金中` sure once → kept
enum RecognitionConsensus {
    static let sure: UInt8 = 90
    static let attested = 2

    /// Mends `pages` in place, counting on each page the characters mended.
    static func apply(to pages: inout [RecognizedPage]) {
        var triples: [Triple: [Unicode.Scalar: Int]] = [:]
        for page in pages {
            forEachTriple(in: page.glyphs.glyphs) { left, middle, right in
                guard [left, middle, right].allSatisfy({ ($0.confidence ?? 0) >= sure }) else { return }
                triples[Triple(left: left.scalar, right: right.scalar), default: [:]][middle.scalar, default: 0] += 1
            }
        }
        for index in pages.indices {
            var glyphs = pages[index].glyphs.glyphs
            for position in glyphs.indices.dropFirst().dropLast() {
                let (left, middle, right) = (glyphs[position - 1], glyphs[position], glyphs[position + 1])
                guard let confidence = middle.confidence, confidence < RecognitionDiagnostics.doubtfulBelow,
                      sameLine(left, middle), sameLine(middle, right), !isNumeral(middle.scalar),
                      let readings = triples[Triple(left: left.scalar, right: right.scalar)], readings[middle.scalar] == nil else { continue }
                let attestedReadings = readings.filter { $0.value >= attested && !isNumeral($0.key) }
                guard attestedReadings.count == 1, let reading = attestedReadings.first?.key else { continue }
                glyphs[position].scalar = reading
                pages[index].mended += 1
            }
            pages[index].glyphs.glyphs = glyphs
        }
    }

    private struct Triple: Hashable {
        var left: Unicode.Scalar
        var right: Unicode.Scalar
    }

    /// Three glyphs side by side on one line (no space between).
    private static func forEachTriple(in glyphs: [Glyph], _ body: (Glyph, Glyph, Glyph) -> Void) {
        guard glyphs.count >= 3 else { return }
        for position in 1..<(glyphs.count - 1) where sameLine(glyphs[position - 1], glyphs[position]) && sameLine(glyphs[position], glyphs[position + 1]) {
            body(glyphs[position - 1], glyphs[position], glyphs[position + 1])
        }
    }

    /// Recognized glyphs of one line share its band (`RecognizedGlyphs`) and
    /// follow one another closely; a space is no neighbour.
    private static func sameLine(_ a: Glyph, _ b: Glyph) -> Bool {
        a.y0 == b.y0 && a.y1 == b.y1 && b.x0 >= a.x1 - 0.5 && b.x0 - a.x1 < a.y1 - a.y0
            && !TextNormalizer.isWhitespace(a.scalar) && !TextNormalizer.isWhitespace(b.scalar)
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ChineseNumeral.isNumeral(scalar)
    }
}
