import CTesseract

/// Dust and grain on a scan: specks far smaller than any mark of print
/// (a full stop of 9 pt text is a third of a millimetre, four pixels at
/// 300 dpi). Tesseract reads specks as `.` `'` `` ` `` and lets them
/// shift a line's box.
enum Speckles {
    /// Largest speck, in pixels at 300 dpi, across and down.
    static let size = 2

    /// Paints the specks of `binary` white in the grey `image`.
    static func erase(in binary: PageImage, from image: PageImage, dpi: Int) {
        let side = Int32(max(1, size * dpi / 300))
        guard let specks = PageImage.adopting(pixSelectBySize(binary.pix, side, side, 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_LTE), nil)) else { return }
        pixPaintThroughMask(image.pix, specks.pix, 0, 0, 255)
    }
}
