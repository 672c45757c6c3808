import CTesseract

/// A page scanned or photographed a little askew is turned straight before
/// it is read: Tesseract cuts a skewed table's lines badly, and the table
/// reader needs rows level and columns upright.
///
/// The angle is Leptonica's (`pixFindSkewSweepAndSearch`: the angle at which
/// the page's rows of ink line up sharpest), swept in tenths of a degree.
/// Leptonica's own deskew sweeps in whole degrees and searches finer only
/// around the best of those, and a wide page's rows line up within a few
/// tenths of the true angle only: between two whole degrees it may find none
/// and settle on a false angle. A summary page skewed 1.34° was found at
/// −0.52° and left as it was, and another skewed 1.45° was turned to −1.50°,
/// askew by three degrees; a page skewed more than two degrees was never
/// turned (its best whole degree stood at the sweep's edge).
enum SkewCorrection {
    /// Scans are off by a degree or two, photographs by a few; a page turned
    /// further is not a scan gone astray (and is found at the sweep's edge,
    /// with no confidence).
    static let searchRange: Float = 5
    /// The sweep's step, in degrees.
    static let sweepStep: Float = 0.1
    /// A turn smaller than this moves a row's ends by a pixel or less.
    static let smallestTurn: Float = 0.1
    /// How much sharper the rows must line up at the angle found than at the
    /// worst angle swept. Pages of text and rules reach 3 or more, a page
    /// read sideways about 2, a blank or speckled page 0 (no turn).
    static let leastConfidence: Float = 2

    /// The page turned straight (the same image when it already is, or
    /// when the angle is unsure) and the angle it was turned by, in degrees.
    static func straightened(_ image: PageImage) -> (image: PageImage, degrees: Double) {
        // Leptonica's deskew threshold and reductions: ink at grey 130, the
        // sweep at a quarter of the size, the finer search at half.
        guard let binary = PageImage.adopting(pixConvertTo1(image.pix, 130)) else { return (image, 0) }
        var angle: Float = 0, confidence: Float = 0
        let failed = withExtendedLifetime(binary) {
            pixFindSkewSweepAndSearch(binary.pix, &angle, &confidence, 4, 2, searchRange, sweepStep, 0.01) != 0
        }
        guard !failed, abs(angle) >= smallestTurn, confidence >= leastConfidence,
              let turned = PageImage.adopting(pixRotate(image.pix, angle * .pi / 180, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0))
        else { return (image, 0) }
        return (turned, Double(angle))
    }
}
