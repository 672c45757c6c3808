import CTesseract

/// A scan's paper is grey and grainy, where the page drawn around it (the
/// corners a straightened page turns in, the cells blanked once read) is
/// white. Left so, Tesseract's own threshold splits grain from white: the
/// margins around a table turn to ink, read as a few huge characters
/// (`国`) spanning the page, which swallow the table's lines into one
/// "title" line; and Otsu's threshold per tile turns a blank tile's grain
/// into specks. Paper and grain are made white; ink keeps its shades.
enum PaperGrain {
    /// Grain lighter than this many standard deviations below the paper's
    /// grey is paper (99.997% of Gaussian grain lies above it); print is far darker.
    static let spread = 4.0

    /// The page with its paper white: greys from black up to the grain's
    /// lower bound stretched to black–white, lighter ones white. A clean
    /// scan (white paper without grain) is returned as it is.
    static func whitened(_ image: PageImage) -> PageImage {
        guard let bound = grainBound(of: image), bound < 255,
              let stretched = PageImage.adopting(pixGammaTRC(nil, image.pix, 1, 0, Int32(bound))) else { return image }
        return stretched
    }

    /// Most of a page is paper: its median is the paper's grey, and its
    /// lower quartile lies 0.674 standard deviations of the grain below it.
    /// Never below the grey a rule may be (`RulingLines.ruleInk`): a page
    /// dense with print lowers its quartile, and faint print stays ink.
    static func grainBound(of image: PageImage) -> Int? {
        var median: UInt32 = 255, quartile: UInt32 = 255
        guard pixGetRankValue(image.pix, 2, 0.5, &median) == 0, pixGetRankValue(image.pix, 2, 0.25, &quartile) == 0 else { return nil }
        let paper = Double(median), deviation = (paper - Double(quartile)) / 0.674
        return Int(max(paper - spread * deviation, RulingLines.ruleInk * paper).rounded())
    }
}
