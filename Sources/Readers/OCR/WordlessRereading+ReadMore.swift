/// Tesseract reads a character more now and then where the print holds
/// none: `和` above all (`会计和凭证`, `地管理的通知》（和鲁自然资规`,
/// `缴纳罚款；和逾期不履行的`, 47 times on 27 speckled scans of ten
/// lists), boxed over the blank before the next character or over that
/// character's left half, and less sure of it than of its neighbours.
/// Read again on its own, the line is mostly read without it. So a lone
/// suspect character (`WordlessRereading.stretches`: unsure, no word with
/// either neighbour) between two symbols of its line goes when at least
/// `leftOutBy` readings read those two side by side, and more readings
/// do so than read it again between them.
///
/// - `会计和凭证` (和 93 %), read again `会计凭证` twice and `会计和凭证`
///   once → `会计凭证`
/// - `会计和凭证`, read again `会计凭证` once, `会计和凭证` once → kept
/// - `违法和不当` (和 95 %), read again `违法和不当` → kept
extension WordlessRereading {
    /// Readings that must leave a character out for it to go.
    static let leftOutBy = 2

    /// Whether `reread` reads the neighbours of `symbols[index]` side by
    /// side (true) or with the same character between them (false), where
    /// it reads them at all; nil where it reads something else there, or the
    /// character stands at its line's end.
    static func readMore(_ index: Int, in symbols: [RecognizedSymbol], reread: [RecognizedLine]) -> Bool? {
        guard index > 0, index + 1 < symbols.count else { return nil }
        let again = reread.flatMap { $0.words.flatMap(\.symbols) }.map(\.text)
        let (left, character, right) = (symbols[index - 1].text, symbols[index].text, symbols[index + 1].text)
        // The neighbours' context decides where a reading holds them more than once.
        let before = index > 1 ? symbols[index - 2].text : nil
        func occurs(_ run: [String]) -> Bool {
            guard again.count >= run.count else { return false }
            return (0...(again.count - run.count)).contains { start in
                Array(again[start..<(start + run.count)]) == run && (before == nil || start > 0 && again[start - 1] == before || start == 0)
            }
        }
        if occurs([left, character, right]) { return false }
        if occurs([left, right]) { return true }
        return nil
    }
}
