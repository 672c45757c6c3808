import CTesseract

/// A page scanned or photographed a little askew is turned straight before
/// it is read: Tesseract cuts a skewed table's lines badly, and the table
/// reader needs rows level and columns upright.
enum SkewCorrection {
    /// Scans are off by a degree or two; a page turned further is not a scan gone astray.
    static let searchRange: Float = 3

    /// The page turned straight (the same image when it already is) and the
    /// angle it was turned by, in degrees.
    static func straightened(_ image: PageImage) -> (image: PageImage, degrees: Double) {
        var angle: Float = 0, confidence: Float = 0
        // Leptonica's defaults for everything but the range: a sweep at
        // reduced size, then a finer search; no turn when it is unsure.
        guard let straight = PageImage.adopting(pixDeskewGeneral(image.pix, 0, searchRange, 0, 0, 0, &angle, &confidence)) else {
            return (image, 0)
        }
        return (straight, Double(angle))
    }
}
