import CTesseract

/// A page image (8-bit grey, or 1-bit) in Leptonica's `Pix`, owned:
/// destroyed when the last reference goes, so a page's pixels live no longer
/// than its reading. Hand `pix` to Leptonica only from an image held in a
/// variable: a temporary's pixels can go before the call reads them.
final class PageImage {
    let pix: UnsafeMutablePointer<Pix>

    /// Takes ownership of `pix`.
    init(_ pix: UnsafeMutablePointer<Pix>) {
        self.pix = pix
    }

    deinit {
        var owned: UnsafeMutablePointer<Pix>? = pix
        pixDestroy(&owned)
    }

    var width: Int { Int(pixGetWidth(pix)) }
    var height: Int { Int(pixGetHeight(pix)) }

    /// The pixels within `box`, as a new image (the part of `box` on the
    /// image; nil when none is).
    func clipped(to box: PixelBox) -> PageImage? {
        var clip = boxCreate(Int32(box.left), Int32(box.top), Int32(box.width), Int32(box.height))
        defer { boxDestroy(&clip) }
        return PageImage.adopting(pixClipRectangle(pix, clip, nil))
    }

    /// A new image from a Leptonica operation that returns a new `Pix` (nil on failure).
    static func adopting(_ pix: UnsafeMutablePointer<Pix>?) -> PageImage? {
        pix.map(PageImage.init)
    }
}
