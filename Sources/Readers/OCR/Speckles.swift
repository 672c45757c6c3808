import CTesseract

/// Dust, grain and speckle on a scan. Tesseract reads a speck as `.` `'`
/// `` ` `` or even as a character (`本`, `四`, `和`), which lets it shift a
/// line's box, add text to a cell, or spoil a column title so that the
/// table's header is not found. Two kinds of marks are taken for specks:
/// - any mark far smaller than print can be: a full stop of 9 pt text is a
///   third of a millimetre, four pixels at 300 dpi (but the dots of `；`,
///   `：` and a numbering's `5.` can be as small: `PunctuationDots` keeps them);
/// - a small mark (up to a comma's size) with no other print near it:
///   punctuation stands beside its characters, and a chain of small marks
///   (`……`, `：`) is kept when one of them is near a character (a colon
///   centred in a wide blank is kept too: `StrayColons`).
enum Speckles {
    /// Largest speck anywhere, in pixels at 300 dpi, across and down.
    static let size = 3
    /// Largest stray mark, in pixels at 300 dpi, across and down (0.7 mm):
    /// smaller than a comma or 、 of 9 pt text (about 10 pixels), and than any
    /// digit or stroke, which stand at least a character's height tall or wide.
    static let strayMark = 8
    /// A stray mark has no print this close (pixels at 300 dpi, half an em
    /// of 9 pt text): a full-width `：` centres its dots in its em, 12–16
    /// pixels from the characters either side. A speck nearer print stays.
    static let reach = 20
    /// A stray mark's blur around its dark core (pixels at 300 dpi): lighter
    /// than the threshold, left in the grey it is a faint ring that Tesseract
    /// reads as `o`, or that spoils a cell's reading (a header cell read as
    /// nothing). Tiny specks lose their core only: they may be the dots of
    /// characters broken up by a grainy scan, beside their strokes.
    static let blur = 2

    /// The specks of a page (1 = speck).
    struct Specks {
        var tiny: PageImage
        var stray: PageImage
    }

    /// `binary` (1 = ink) without its specks, which are painted white in the
    /// grey `image` too, stray marks with their blur.
    static func erased(from binary: PageImage, in image: PageImage, dpi: Int) -> PageImage {
        let blur = Int32(2 * max(1, blur * dpi / 300) + 1)
        guard let specks = specks(of: binary, dpi: dpi),
              let all = PageImage.adopting(pixOr(nil, specks.tiny.pix, specks.stray.pix)),
              let clean = PageImage.adopting(pixSubtract(nil, binary.pix, all.pix)),
              let blurred = PageImage.adopting(pixDilateBrick(nil, specks.stray.pix, blur, blur)) else { return binary }
        pixPaintThroughMask(image.pix, specks.tiny.pix, 0, 0, 255)
        pixPaintThroughMask(image.pix, blurred.pix, 0, 0, 255)
        return clean
    }

    /// The specks of `binary` (1 = ink).
    static func specks(of binary: PageImage, dpi: Int) -> Specks? {
        let pixels = { (atThreeHundred: Int) in Int32(max(1, atThreeHundred * dpi / 300)) }
        let tiny = pixels(size), small = pixels(strayMark), reach = pixels(reach)
        guard let tinyMarks = PageImage.adopting(pixSelectBySize(binary.pix, tiny, tiny, 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_LTE), nil)),
              let smallMarks = PageImage.adopting(pixSelectBySize(binary.pix, small, small, 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_LTE), nil)),
              let print = PageImage.adopting(pixSubtract(nil, binary.pix, smallMarks.pix)),
              // The dots of `；` `：` and `5.` are as tiny, but stand over another mark or at a digit's foot.
              let dots = PunctuationDots.dots(among: tinyMarks, small: smallMarks, print: print, dpi: dpi),
              let grain = PageImage.adopting(pixSubtract(nil, tinyMarks.pix, dots.pix)),
              // Every mark grown by half the reach, so that marks a reach apart
              // touch; the grown areas reached from print (by seed fill) hold
              // print and the marks standing near it, in chains.
              let near = PageImage.adopting(pixDilateBrick(nil, binary.pix, reach + 1, reach + 1)),
              let printed = PageImage.adopting(pixSeedfillBinary(nil, print.pix, near.pix, 8)),
              let lone = PageImage.adopting(pixSubtract(nil, smallMarks.pix, printed.pix)),
              // A colon centred in a wide blank stands beyond the reach of print.
              let colons = StrayColons.dots(among: lone, print: print, dpi: dpi),
              let stray = PageImage.adopting(pixSubtract(nil, lone.pix, colons.pix))
        else { return nil }
        return Specks(tiny: grain, stray: stray)
    }
}
