import CTesseract

/// Print outside the table's cells that Tesseract's page-wide layout
/// analysis left unread. A spreadsheet print's header row, drawn without a
/// rule above it, is read across the page as one line, and a title standing
/// alone in a wide column (`行政主体`, `备注` in 5 pt print) was dropped as
/// noise: the table then had no 行政主体 column, and its text ran into the
/// names. Each word-sized run of ink outside the cells, with no line read
/// near it, is read again on its own, as one line.
enum UnreadInk {
    /// Runs of ink are joined across gaps narrower than this (pixels at 300
    /// dpi, an em of 10 pt print): a line spaced out (`第 2 页 共 9 页`) is
    /// read as one, not character by character. Titles of neighbouring
    /// cells joined are parted again at the rule between them (`RecognizedGlyphs`).
    static let join = 40
    /// A run smaller than this both ways (pixels at 300 dpi) is a speck or a
    /// mark, not a word: 3 pt print stands 12 pixels tall.
    static let smallest = 12
    /// A narrow run's height, as a share of the cell's lines', that makes it a line's mark.
    static let narrowLine = 0.6...1.3

    /// The regions (page pixels, with a margin) of `ink` that lie in no
    /// cell, near no line read, and not below `foot` (the table's last
    /// rule): the page's foot is left as read, as a page number misread
    /// (`第 4页共有8页`) is no longer page furniture and would join a cell's text.
    static func regions(of ink: PageImage, cells: [PixelBox], read lines: [PixelBox], foot: Int? = nil, dpi: Int) -> [PixelBox] {
        unread(runs(of: ink, dpi: dpi), read: lines, dpi: dpi).filter { box in
            box.top < foot ?? .max && !cells.contains(where: { overlaps($0, box) })
        }.map { widened($0, dpi: dpi) }
    }

    /// The same within one cell's `area`: a line Tesseract skipped between
    /// two it read (a name's middle line, `理政策等为手段，骗`, lost at 200 dpi).
    /// A line may hold a single narrow mark: the `）` that a name's last line
    /// wrapped alone (`…查询（子项` / `）`, 5 pt print: 4 pixels wide, 15 tall).
    /// A narrow run counts where it stands `narrowLine` of the cell's lines'
    /// height (a bracket, a digit `1`); a speck is smaller, a rule's remnant taller.
    static func regions(within area: PixelBox, of ink: PageImage, read lines: [PixelBox], dpi: Int) -> [PixelBox] {
        guard let clipped = ink.clipped(to: area) else { return [] }
        let runs = runs(of: clipped, dpi: dpi).map { PixelBox(left: $0.left + area.left, top: $0.top + area.top, right: $0.right + area.left, bottom: $0.bottom + area.top) }
        let heights = lines.map(\.height).sorted()
        let lineHeight = heights.isEmpty ? 0 : Double(heights[heights.count / 2])
        let narrow = { (run: PixelBox) in narrowLine.contains(Double(run.height) / max(1, lineHeight)) }
        // Words of one line, read as one line: in order, and with their spaces.
        var bands: [PixelBox] = []
        for run in unread(runs, read: lines, dpi: dpi, narrow: narrow).sorted(by: { $0.top < $1.top }) {
            if let last = bands.last, run.top < last.bottom {
                bands[bands.count - 1] = PixelBox(
                    left: min(last.left, run.left), top: last.top, right: max(last.right, run.right), bottom: max(last.bottom, run.bottom)
                )
            } else {
                bands.append(run)
            }
        }
        return bands.map { widened($0, dpi: dpi) }
    }

    /// The word-sized runs of ink, joined across `join`.
    private static func runs(of ink: PageImage, dpi: Int) -> [PixelBox] {
        let join = Int32(max(1, Self.join * dpi / 300))
        guard let joined = PageImage.adopting(pixDilateBrick(nil, ink.pix, join, 1)) else { return [] }
        return Components.boxes(of: joined, connectivity: 8).map { run in
            // The dilation widened the run by half the join either side (Leptonica's
            // brick of an even width reaches one pixel further left), but not
            // beyond the image's edges: there the run's own ink tells where it
            // ends (a `）` by a cell's rule, at its ink area's edge).
            guard run.left > 0, run.right < ink.width else {
                let own = Components.boxes(of: ink, within: run)
                return PixelBox(
                    left: own.map(\.left).min() ?? run.left, top: run.top, right: own.map(\.right).max() ?? run.right, bottom: run.bottom
                )
            }
            return PixelBox(left: run.left + Int(join) / 2, top: run.top, right: run.right - (Int(join) - 1 - Int(join) / 2), bottom: run.bottom)
        }
    }

    /// The runs no larger than a speck aside, those no line read reaches:
    /// not a piece of a line whose box left it out (read again, it would be
    /// read twice), which stands beside the line, in its band. Only the
    /// run's middle half counts up and down: lines of a cell stand a few
    /// pixels apart (at 250 dpi, 17 between the boxes read above and below
    /// `理政策等为手段，骗`, 31 tall), and a reach of half the run's height
    /// each way found a line read in them by the pixel or not, as the specks fell.
    /// `narrow`: whether a run narrower than `smallest` but as tall is a line's mark.
    private static func unread(_ runs: [PixelBox], read lines: [PixelBox], dpi: Int, narrow: (PixelBox) -> Bool = { _ in false }) -> [PixelBox] {
        let smallest = Self.smallest * dpi / 300
        return runs.filter { box in
            let reach = box.height
            let surroundings = PixelBox(left: box.left - reach, top: box.top + reach / 4, right: box.right + reach, bottom: box.bottom - reach / 4)
            let sized = box.height >= smallest && (box.width >= smallest || narrow(box))
            return sized && !lines.contains(where: { overlaps($0, surroundings) })
        }
    }

    private static func widened(_ box: PixelBox, dpi: Int) -> PixelBox {
        let margin = dpi / 30
        return PixelBox(left: box.left - margin, top: box.top - margin, right: box.right + margin, bottom: box.bottom + margin)
    }

    private static func overlaps(_ a: PixelBox, _ b: PixelBox) -> Bool {
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    }
}
