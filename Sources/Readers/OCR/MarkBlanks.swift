/// The blank half of a full-width mark's em read as a character: `，` `、`
/// set in Song print leave the right of their em empty, and Tesseract reads
/// a character into it now and then, the same one wherever the same words
/// are printed (`应出示执法证件，人允许` on every page of one list, at
/// 85–97% confidence; `医疗机构、有零售药店`; `社会保险服务，人负责`).
/// This drops 19 such characters on ten speckled scans.
///
/// Such a character stands in less than `squeeze` ems from the mark's left
/// edge to the next symbol's, where a mark and a character of their own
/// never fit; and no ink of a character's size stands there (the mark's
/// own dot, comma or stroke is smaller than `largestMark` of an em). Symbol
/// boxes drift by a third of an em, so the place alone cannot tell: a real
/// `除` read as close (`一、除政治权利`) has its strokes there and stays.
/// But Tesseract may box a character from its second stroke and read the
/// first, with the blank, as a character of its own (`证件，人允许`: 允
/// boxed from 1971 px, its strokes from 1961, `人` 1958–1972, on three
/// pages of one scan). A character boxed narrower than `narrowest` of an
/// em was read from such a fragment (a printed one spans most of its em),
/// and its ink reaching into the next symbol's box is the next character's.
enum MarkBlanks {
    /// Full-width marks whose em is half blank (read half-width too: `FullWidthPunctuation` comes later).
    static let marks: Set<String> = ["，", "、", "；", "：", "。", ",", ";", ":"]
    /// Most ems from a mark's left edge to the next symbol's, with a character between.
    static let squeeze = 1.2
    /// Largest piece of a mark's ink, across and down, in ems.
    static let largestMark = 0.5
    /// A character boxed narrower than this share of an em is read from a fragment.
    static let narrowest = 0.5

    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, pieces: (PixelBox) -> [PixelBox]?) {
        guard em > 0 else { return }
        let symbols = line.words.flatMap(\.symbols)
        let band = RecognizedGlyphs.band(of: line)
        let blanks = Set(symbols.indices.dropFirst().dropLast().filter { index in
            let mark = symbols[index - 1], next = symbols[index + 1]
            guard marks.contains(mark.text), symbols[index].text.unicodeScalars.first?.properties.isIdeographic == true,
                  Double(next.box.left - mark.box.left) < squeeze * Double(em),
                  case let fragment = Double(symbols[index].box.width) < narrowest * Double(em),
                  let found = pieces(PixelBox(left: mark.box.left, top: band.top, right: fragment ? next.box.right : next.box.left, bottom: band.bottom))
            else { return false }
            // Read from a fragment, ink reaching into the next symbol's box is that character's, boxed late.
            return found.filter { !fragment || $0.right <= next.box.left }.allSatisfy { $0.isWithin(largestMark * Double(em)) }
        })
        line.removeSymbols(at: blanks)
    }
}
