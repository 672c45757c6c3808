/// A speck beside a character that Tesseract reads as `*`: `违*法行为`,
/// `的；*事后管理责任`, `石政发*〔2016〕`, boxed anywhere from 5 by 5
/// pixels to half a line's height, so its box cannot tell. A printed
/// asterisk (a footnote's mark) is a star a third of an em across; a speck
/// is a fifth of an em or less (`SpeckMarks`). A lone `*` after a Chinese
/// character or clause mark (or at a line's start) with no piece of ink
/// larger than a speck within its box goes; with one, it stays as read.
enum StrayAsterisks {
    /// `pieces` gives the pieces of the page's print within a region,
    /// clipped to it (`Components.boxes(of:within:)`); nil where the ink was
    /// not measured, and nothing changes.
    static func apply(to line: inout RecognizedLine, em: Int, pieces: (PixelBox) -> [PixelBox]?) {
        guard em > 0 else { return }
        let largestSpeck = SpeckMarks.largestShare * Double(em)
        LoneMarks.remove(["*"], from: &line) { symbol in
            pieces(symbol.box).map { found in found.allSatisfy { $0.isWithin(largestSpeck) } }
        }
    }
}
