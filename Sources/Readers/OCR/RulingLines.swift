import CTesseract

/// The rules of a table. Left in the image, Tesseract reads them as text
/// (`|`, `一`, `丨`, `_`) and lets them join neighbouring cells into one
/// line; used as boundaries, they give every cell to Tesseract on its own.
struct RulingLines {
    /// A straight run of ink this long (inches) is a rule: no stroke of a
    /// character runs so far (a 2-em dash at 12 pt is a third of an inch).
    static let longRule = 0.6
    /// A long horizontal run that meets no vertical rule must be this long
    /// (inches) to be a rule: the flat feet of a bold title's characters
    /// (`区卫生健`) line up over most of an inch, and a title cut along them
    /// reads twice (`保定市莲池区也生健BE` over `莲池区卫牛健康局…`). A table's
    /// rules meet its column rules; those of a table ruled only across
    /// (top, header, foot) run its whole width.
    static let openRule = 2.0
    /// A shorter run is a rule when it meets long rules across it at both
    /// its ends: the vertical rules of a one-line row, the bottom of a
    /// narrow cell. Body text's strokes are shorter (an em of 12 pt text is
    /// 0.17 inch); larger text's may be as long, and a title set just above
    /// the table meets its top rule with the foot of every stroke (the bold
    /// `莲池区卫生` of a title, cut up as rules, read `茵——：又J4:世：`), but
    /// never a rule at its head.
    static let shortRule = 0.15
    /// Runs are joined across breaks this long (inches): a faint scan breaks its rules.
    static let bridge = 0.04
    /// Ink this close to a rule (pixels at 300 dpi) is its blur, not text.
    static let halo = 2
    /// Darker than this share of the paper's grey is ink a rule may be made
    /// of. A scan's rules are a pixel or two wide: blurred, resampled and
    /// compressed they come out grey, lighter than the threshold that tells
    /// text from paper, and broken into dashes there. Rules are told from
    /// text and grain by their length, not by their darkness.
    static let ruleInk = 0.8

    /// The ink rules are looked for in (1 = ink) in the grey `image`.
    static func ink(of image: PageImage) -> PageImage? {
        // Most of a page is paper: its median grey is the paper's.
        var paper: UInt32 = 255
        guard pixGetRankValue(image.pix, 4, 0.5, &paper) == 0 else { return nil }
        return PageImage.adopting(pixThresholdToBinary(image.pix, Int32((Double(paper) * ruleInk).rounded())))
    }

    /// 1 where a rule or its blur is.
    let mask: PageImage
    /// Where the vertical rules stand.
    let vertical: [PixelBox]
    /// Where the horizontal rules stand (a rule broken in the scan, in pieces).
    let horizontal: [PixelBox]

    /// The rules in `binary` (1 = ink; see `ink(of:)`).
    init?(binary: PageImage, dpi: Int) {
        let pixels = { (inches: Double) in Int32(max(1, (inches * Double(dpi)).rounded())) }
        let bridge = pixels(Self.bridge)
        let runs = { (length: Double, horizontal: Bool) in Self.runs(in: binary, horizontal: horizontal, length: pixels(length), bridge: bridge) }
        guard let longOrOpen = runs(Self.longRule, true), let longVertical = runs(Self.longRule, false),
              // Picked from the long runs by their width: an opening two inches wide costs 4% of a scan.
              let open = PageImage.adopting(pixSelectBySize(
                  longOrOpen.pix, pixels(Self.openRule), 0, 8, Int32(L_SELECT_WIDTH), Int32(L_SELECT_IF_GTE), nil
              )),
              let longHorizontal = Self.touching(longOrOpen, longVertical, adding: open, reach: bridge),
              let shortHorizontal = runs(Self.shortRule, true), let shortVertical = runs(Self.shortRule, false),
              let horizontal = Self.meeting(shortHorizontal, longVertical, adding: longHorizontal, reach: Int(bridge), horizontal: true),
              let vertical = Self.meeting(shortVertical, longHorizontal, adding: longVertical, reach: Int(bridge), horizontal: false)
        else { return nil }
        let horizontalBoxes = Components.boxes(of: horizontal, connectivity: 8)
        MergedCellRules.clear(vertical, horizontal: horizontalBoxes, ink: binary, dpi: dpi)
        guard let rules = PageImage.adopting(pixOr(nil, horizontal.pix, vertical.pix)) else { return nil }
        let halo = max(1, Int32(Self.halo * dpi / 300))
        guard let mask = PageImage.adopting(pixDilateBrick(nil, rules.pix, 2 * halo + 1, 2 * halo + 1)) else { return nil }
        self.mask = mask
        self.vertical = Components.boxes(of: vertical, connectivity: 8)
        self.horizontal = horizontalBoxes
    }

    /// Straight runs of ink at least `length` long in one direction, joined
    /// across breaks up to `bridge` (only runs already a bridge long are
    /// joined, so that letters set side by side do not run together).
    private static func runs(in binary: PageImage, horizontal: Bool, length: Int32, bridge: Int32) -> PageImage? {
        let brick = { (run: Int32) in horizontal ? (run, Int32(1)) : (Int32(1), run) }
        let (pieceX, pieceY) = brick(2 * bridge), (bridgeX, bridgeY) = brick(bridge), (lengthX, lengthY) = brick(length)
        guard let pieces = PageImage.adopting(pixOpenBrick(nil, binary.pix, pieceX, pieceY)),
              let joined = PageImage.adopting(pixCloseBrick(nil, pieces.pix, bridgeX, bridgeY)) else { return nil }
        return PageImage.adopting(pixOpenBrick(nil, joined.pix, lengthX, lengthY))
    }

    /// `rules` and the runs of `candidates` that meet one of `across` anywhere (within `reach`).
    private static func touching(_ candidates: PageImage, _ across: PageImage, adding rules: PageImage, reach: Int32) -> PageImage? {
        guard let near = PageImage.adopting(pixDilateBrick(nil, across.pix, 2 * reach + 1, 2 * reach + 1)),
              let seeds = PageImage.adopting(pixAnd(nil, candidates.pix, near.pix)),
              let touching = PageImage.adopting(pixSeedfillBinary(nil, seeds.pix, candidates.pix, 8)) else { return nil }
        return PageImage.adopting(pixOr(nil, touching.pix, rules.pix))
    }

    /// `rules` and the runs of `candidates` (running across if `horizontal`,
    /// else down) whose both ends meet one of `across` (within `reach`).
    private static func meeting(_ candidates: PageImage, _ across: PageImage, adding rules: PageImage, reach: Int, horizontal: Bool) -> PageImage? {
        let grown = Int32(2 * reach + 1)
        guard let near = PageImage.adopting(pixDilateBrick(nil, across.pix, grown, grown)),
              let result = PageImage.adopting(pixCopy(nil, rules.pix)) else { return nil }
        for run in Components.boxes(of: candidates, connectivity: 8) {
            let ends = horizontal
                ? [PixelBox(left: run.left, top: run.top, right: run.left + 1, bottom: run.bottom),
                   PixelBox(left: run.right - 1, top: run.top, right: run.right, bottom: run.bottom)]
                : [PixelBox(left: run.left, top: run.top, right: run.right, bottom: run.top + 1),
                   PixelBox(left: run.left, top: run.bottom - 1, right: run.right, bottom: run.bottom)]
            guard ends.allSatisfy({ !Components.boxes(of: near, within: $0).isEmpty }) else { continue }
            pixRasterop(result.pix, Int32(run.left), Int32(run.top), Int32(run.width), Int32(run.height), PIX_SRC | PIX_DST, candidates.pix, Int32(run.left), Int32(run.top))
        }
        return result
    }

    /// Paints the rules white in the grey `image`.
    func erase(from image: PageImage) {
        pixPaintThroughMask(image.pix, mask.pix, 0, 0, 255)
    }
}
