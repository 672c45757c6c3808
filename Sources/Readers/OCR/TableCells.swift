import CTesseract

/// The cells of a ruled table: the blank regions its rules enclose. The
/// page around the table reaches the image's edge; a cell does not. A rule
/// broken in the scan joins two cells into one region that is no rectangle:
/// each region is read through its own outline, never its box, so that no
/// text is read twice.
struct TableCell {
    var box: PixelBox
    /// 1 inside the region, the size of `box`.
    var mask: PageImage

    /// Smaller regions (inches) are where two rules nearly meet, not cells.
    /// A spreadsheet's 5 pt header row is little taller than its print
    /// (0.06 inch between the rules' halos): read page-wide instead, its
    /// titles ran together as one line across the rules (`厚号”权力类型权力事项`).
    static let minimumSide = 0.05
    /// A cell less tall than this (inches) holds a line touching its rules.
    static let tightHeight = 0.08

    static func cells(enclosedBy rules: RulingLines, dpi: Int) -> [TableCell] {
        guard let blank = PageImage.adopting(pixInvert(nil, rules.mask.pix)) else { return [] }
        let width = rules.mask.width, height = rules.mask.height
        let minimum = Int(minimumSide * Double(dpi))
        return Components.components(of: blank, connectivity: 4, withMasks: true).compactMap { component in
            let box = component.box
            guard let mask = component.mask, box.left > 0, box.top > 0, box.right < width, box.bottom < height,
                  box.width >= minimum, box.height >= minimum else { return nil }
            return TableCell(box: box, mask: mask)
        }.sorted { ($0.box.top, $0.box.left) < ($1.box.top, $1.box.left) }
    }

    /// The part of the cell Tesseract is given: `part(of:within:)`, with
    /// white paper round a tight cell's. Cut at its rules, a line of 5 pt
    /// print reads as nothing like itself (`以思闪xe主` for 权力类型).
    func readablePart(of image: PageImage, within area: InkArea, dpi: Int) -> PagePart? {
        guard let part = part(of: image, within: area.box) else { return nil }
        guard isTight(dpi: dpi) else { return part }
        return part.withMargin(dpi / 10) ?? part
    }

    func isTight(dpi: Int) -> Bool { Double(box.height) < Self.tightHeight * Double(dpi) }

    /// Print closer than this to a cell's edge (inches) touches it for Tesseract.
    static let crowdedInk = 0.02

    struct InkArea {
        var box: PixelBox
        /// Which edges the print comes within `crowdedInk` of: the top, the bottom, the left or right.
        var crowdsTop = false, crowdsBottom = false, crowdsSide = false
        var isCrowded: Bool { crowdsTop || crowdsBottom || crowdsSide }
    }

    /// The cell's part of `image` within `area` (of its box), white outside its outline.
    func part(of image: PageImage, within area: PixelBox) -> PagePart? {
        let local = PixelBox(left: area.left - box.left, top: area.top - box.top, right: area.right - box.left, bottom: area.bottom - box.top)
        guard let pixels = image.clipped(to: area), let region = mask.clipped(to: local),
              let outside = PageImage.adopting(pixInvert(nil, region.pix)) else { return nil }
        pixPaintThroughMask(pixels.pix, outside.pix, 0, 0, 255)
        return PagePart(image: pixels, origin: (area.left, area.top))
    }

    /// Where the cell's marks stand (larger than specks), with a margin of
    /// a tenth of an inch, within its box: the part Tesseract is given.
    /// A lone character (a row's 序号) in a tall blank cell of a grainy
    /// scan is dropped as noise by Tesseract's layout analysis, and read
    /// right in a tight crop.
    func inkArea(_ binary: PageImage, dpi: Int) -> InkArea? {
        let speck = Int32(max(1, Speckles.size * dpi / 300))
        guard let pixels = binary.clipped(to: box),
              let inside = PageImage.adopting(pixAnd(nil, pixels.pix, mask.pix)),
              let marks = PageImage.adopting(pixSelectBySize(inside.pix, speck, speck, 8, Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GT), nil))
        else { return nil }
        var found: UnsafeMutablePointer<Box>?
        guard pixClipToForeground(marks.pix, nil, &found) == 0, found != nil else { return nil }
        defer { boxDestroy(&found) }
        var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
        boxGetGeometry(found, &x, &y, &width, &height)
        let margin = dpi / 10
        let area = PixelBox(
            left: max(box.left, box.left + Int(x) - margin), top: max(box.top, box.top + Int(y) - margin),
            right: min(box.right, box.left + Int(x + width) + margin), bottom: min(box.bottom, box.top + Int(y + height) + margin)
        )
        let near = Int32((Self.crowdedInk * Double(dpi)).rounded())
        return InkArea(box: area, crowdsTop: y < near, crowdsBottom: Int32(box.height) - (y + height) < near,
                       crowdsSide: x < near || Int32(box.width) - (x + width) < near)
    }

    /// More ink inside the outline than a few specks: a cell worth reading.
    func hasInk(_ binary: PageImage, dpi: Int) -> Bool {
        guard let pixels = binary.clipped(to: box), let inside = PageImage.adopting(pixAnd(nil, pixels.pix, mask.pix)) else { return false }
        var count: Int32 = 0
        pixCountPixels(inside.pix, &count, nil)
        return Int(count) >= 30 * dpi * dpi / (300 * 300)
    }

    /// Paints the region white in `image`, once it has been read.
    func blank(in image: PageImage) {
        pixPaintThroughMask(image.pix, mask.pix, Int32(box.left), Int32(box.top), 255)
    }
}

/// Pixels of a page to read on their own, where they stand on it, and how
/// much larger than the page they are drawn.
struct PagePart {
    var image: PageImage
    var origin: (x: Int, y: Int)
    var scale: Double = 1

    /// A page position in this part's pixels.
    func local(x: Int, y: Int) -> (x: Int, y: Int) {
        (Int((Double(x - origin.x) * scale).rounded()), Int((Double(y - origin.y) * scale).rounded()))
    }

    /// A position in this part's pixels on the page.
    func onPage(x: Int, y: Int) -> (x: Int, y: Int) {
        (origin.x + Int((Double(x) / scale).rounded()), origin.y + Int((Double(y) / scale).rounded()))
    }

    /// The part's pixels within `region` (page coordinates), or nil when it holds none.
    func cropped(to region: PixelBox) -> PagePart? {
        let (left, top) = local(x: max(region.left, origin.x), y: max(region.top, origin.y))
        var (right, bottom) = local(x: region.right, y: region.bottom)
        right = min(right, image.width)
        bottom = min(bottom, image.height)
        guard right > left, bottom > top, let pixels = image.clipped(to: PixelBox(left: left, top: top, right: right, bottom: bottom)) else { return nil }
        let (x, y) = onPage(x: left, y: top)
        return PagePart(image: pixels, origin: (x, y), scale: scale)
    }

    /// The part with white paper of `pixels` (in its own pixels) all round.
    func withMargin(_ pixels: Int) -> PagePart? {
        guard let bordered = PageImage.adopting(pixAddBorder(image.pix, Int32(pixels), 255)) else { return nil }
        let shift = Int((Double(pixels) / scale).rounded())
        return PagePart(image: bordered, origin: (origin.x - shift, origin.y - shift), scale: scale)
    }

    /// The part drawn `factor` times as large, where it stands.
    func enlarged(by factor: Double) -> PagePart? {
        guard let larger = PageImage.adopting(pixScale(image.pix, Float(factor), Float(factor))) else { return nil }
        return PagePart(image: larger, origin: origin, scale: scale * factor)
    }
}
