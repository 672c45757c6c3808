import CTesseract

/// A full stop `。` of thin print scanned at 200 dpi is a ring of light
/// grey (10 by 11 pixels at 300 dpi, its stroke grey 120 to 200, two
/// pixels darker): the page's threshold keeps a few pixels of it, each as
/// tiny as grain, and `Speckles` erased them, with the grey under them.
/// Tesseract then read nothing there (`补充调查）告知责任` for `补充调查）。告知
/// 责任`: 9 full stops of three speckled stand-ins at 200 dpi).
///
/// Taken at a lighter grey (`Recognition.faintInk`) the ring is whole: a
/// piece about a third of an em either way with a hole, so that its ink
/// fills little of its box. Grain is dots, filled; a speck's blur grows it
/// round, filled too. The threshold's pixels of a ring are neither grain
/// nor a stray mark (a ring may stand further from print than one may).
enum FullStopRings {
    /// Smallest and largest ring, across and down, in pixels at 300 dpi:
    /// the full stop of 8 to 12 pt print.
    static let smallest: Int32 = 6, largest: Int32 = 16
    /// A ring's ink fills less than this share of its box (a ring 10 by
    /// 11 with a stroke of 1 to 2 pixels: a third); a dot's fills most.
    static let fill: Float = 0.6

    /// The rings of the grey `image` (1 = ring).
    static func rings(in image: PageImage, dpi: Int) -> PageImage? {
        let pixels = { (atThreeHundred: Int32) in max(1, atThreeHundred * Int32(dpi) / 300) }
        guard let faint = PageImage.adopting(pixThresholdToBinary(image.pix, Recognition.faintInk)),
              let small = PageImage.adopting(pixSelectBySize(faint.pix, pixels(largest), pixels(largest), 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_LTE), nil)),
              let sized = PageImage.adopting(pixSelectBySize(small.pix, pixels(smallest), pixels(smallest), 8, Int32(L_SELECT_IF_BOTH), Int32(L_SELECT_IF_GTE), nil))
        else { return nil }
        return PageImage.adopting(pixSelectByAreaFraction(sized.pix, fill, 8, Int32(L_SELECT_IF_LT), nil))
    }
}
