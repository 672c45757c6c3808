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
///
/// Tesseract misreads some characters with more confidence than that,
/// where the list's name is read but once (no summary reads it again):
/// `生育梨险` (92 %), `手段六取` (89 %), `隐螨、` (93 %). Such a character,
/// below `unsure`, is mended the same way where it makes no word of
/// Tesseract's lexicon with either neighbour and the document's reading
/// makes one (`梨险`, `育梨` no words; `保险` one). A character making a word stays:
/// `医药机构` among many `医疗机构` is printed so. `ocr-text` counts these
/// with the rest (their cells are not doubtful: Tesseract was sure enough).
/// On 17 speckled scans this mends 98 places right (against their
/// references); on the 5 pt spreadsheet print it mended 2 wrong, where the lexicon lacks the printed
/// word (`变造登记` → `变更登记`, `瞒报` → `申报`). Counting pairs the document
/// prints as words too saved those two but lost a fifth of the rest (misreads
/// repeat: `舞整` twice among many `舞弊`).
///
/// - `生育梨险` (梨 92 %), `育保险` sure twice → `生育保险`
/// - `定点医药机构` (药 92 %), `医疗机` sure twice → kept (`医药` is a word)
enum RecognitionConsensus {
    static let sure: UInt8 = 90
    static let attested = 2
    /// Below this, a character that makes no word is mended as a doubtful one
    /// is (the threshold `WordlessRereading` reads lines again below, too).
    static let unsure = RecognitionDiagnostics.unsureBelow

    /// Mends `pages` in place, counting on each page the characters mended;
    /// `lexicon` (nil: none) lets characters read below `unsure` be mended too.
    static func apply(to pages: inout [RecognizedPage], lexicon: (any Lexicon)? = nil) {
        let triples = sureReadings(of: pages)
        for index in pages.indices {
            var glyphs = pages[index].glyphs.glyphs
            forEachWindow(in: glyphs) { position in
                let (left, middle, right) = (glyphs[position - 1], glyphs[position], glyphs[position + 1])
                guard let confidence = middle.confidence, confidence < unsure, !isNumeral(middle.scalar),
                      let readings = triples[Window(glyphs, around: position)] else { return }
                // No sure reading puts it there but its own (a character read at 90–94 % counts itself).
                let own = [left, middle, right].allSatisfy { ($0.confidence ?? 0) >= sure } ? 1 : 0
                guard (readings[middle.scalar] ?? 0) <= own else { return }
                let attestedReadings = readings.filter { $0.value >= attested && !isNumeral($0.key) }
                guard attestedReadings.count == 1, let reading = attestedReadings.first?.key else { return }
                if confidence >= RecognitionDiagnostics.doubtfulBelow {
                    guard let lexicon, !lexicon.makesWord(middle.scalar, after: left.scalar, before: right.scalar),
                          lexicon.makesWord(reading, after: left.scalar, before: right.scalar) else { return }
                }
                glyphs[position].scalar = reading
                pages[index].mended += 1
            }
            pages[index].glyphs.glyphs = glyphs
        }
    }

    /// The characters `context` either side of a middle one, on its line
    /// (one for the consensus, three for `RestatedWording`).
    struct Window: Hashable {
        var left: [Unicode.Scalar]
        var right: [Unicode.Scalar]

        init(left: [Unicode.Scalar], right: [Unicode.Scalar]) {
            self.left = left
            self.right = right
        }

        init(_ glyphs: [Glyph], around position: Int, context: Int = 1) {
            left = glyphs[(position - context)..<position].map(\.scalar)
            right = glyphs[(position + 1)...(position + context)].map(\.scalar)
        }
    }

    /// How often `pages` read each character surely between `context`
    /// characters on each side (all of them at `sure` or more, side by side on a line).
    static func sureReadings(of pages: [RecognizedPage], context: Int = 1) -> [Window: [Unicode.Scalar: Int]] {
        var readings: [Window: [Unicode.Scalar: Int]] = [:]
        for page in pages {
            let glyphs = page.glyphs.glyphs
            forEachWindow(in: glyphs, context: context) { position in
                guard glyphs[(position - context)...(position + context)].allSatisfy({ ($0.confidence ?? 0) >= sure }) else { return }
                readings[Window(glyphs, around: position, context: context), default: [:]][glyphs[position].scalar, default: 0] += 1
            }
        }
        return readings
    }

    /// The positions with `context` glyphs of their own line on each side.
    static func forEachWindow(in glyphs: [Glyph], context: Int = 1, _ body: (Int) -> Void) {
        guard glyphs.count > 2 * context else { return }
        // How many glyphs before each one run on its line unbroken.
        var run = 0
        var runBefore = [Int](repeating: 0, count: glyphs.count)
        for position in glyphs.indices.dropFirst() {
            run = sameLine(glyphs[position - 1], glyphs[position]) ? run + 1 : 0
            runBefore[position] = run
        }
        for position in context..<(glyphs.count - context) where runBefore[position] >= context && runBefore[position + context] >= 2 * context {
            body(position)
        }
    }

    /// Recognized glyphs of one line share its band (`RecognizedGlyphs`) and
    /// follow one another closely; a space is no neighbour.
    static func sameLine(_ a: Glyph, _ b: Glyph) -> Bool {
        a.y0 == b.y0 && a.y1 == b.y1 && b.x0 >= a.x1 - 0.5 && b.x0 - a.x1 < a.y1 - a.y0
            && !TextNormalizer.isWhitespace(a.scalar) && !TextNormalizer.isWhitespace(b.scalar)
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ChineseNumeral.isNumeral(scalar)
    }
}
