import CTesseract

/// Where a recognized line's print stands, down the page. Tesseract boxes a
/// line around all the ink it took into it, specks included: a speck above
/// a line of 31-pixel characters made it 46 tall, its glyphs looked larger
/// than the cells' text, and the table reader took the whole row for a
/// title. The print of a line is one band of rows; a speck is a little ink
/// apart from it. So is the top of the next line's characters where lines
/// stand close: a name in AR PL UMing (lines of 36-pixel characters 40
/// pixels apart) had its line `欺骗手段取` boxed down to 1323 over the next
/// line's first rows (from 1314); its glyphs stood half in that line's band,
/// and the table reader read the two lines as one, interleaved
/// (`以欺得测骗绘手资段质取证书`).
enum LineInk {
    /// Ink above or below the line's band, apart from it, holding less than
    /// this share of the line's ink is not print (a lone `二` of a line
    /// holds half its ink in each stroke).
    static let strayShare = 0.1
    /// Blank rows that set ink apart from the band (a stroke's own gaps
    /// are joined by the other characters of the line).
    static let gap = 2

    /// Ink apart from the band, at its top or bottom, within the rows of a
    /// neighbouring line's box and holding less than this share of the
    /// line's ink, is that line's print.
    static let neighbourShare = 1.0 / 3

    /// Each line of a cell (`lines`, in reading order) tightened, the lines
    /// before and after it its neighbours.
    static func tightened(_ lines: [RecognizedLine], in binary: PageImage) -> [RecognizedLine] {
        lines.indices.map { index in
            let neighbours = [index - 1, index + 1].filter(lines.indices.contains).map { lines[$0].box }
            return tightened(lines[index], in: binary, besides: neighbours)
        }
    }

    /// `line` with its box's top and bottom at its print in `binary` (1 = ink),
    /// leaving out the print of the lines boxed at `neighbours`.
    static func tightened(_ line: RecognizedLine, in binary: PageImage, besides neighbours: [PixelBox] = []) -> RecognizedLine {
        var line = line
        guard let band = band(of: line.box, in: binary, besides: neighbours) else { return line }
        line.box.top = band.top
        line.box.bottom = band.bottom
        return line
    }

    /// The rows of `box` holding its print, or nil when it holds no ink.
    /// Tesseract thresholds a cell on its own and may take in a faint speck
    /// that `binary` (thresholded with the page) does not hold.
    static func band(of box: PixelBox, in binary: PageImage, besides neighbours: [PixelBox] = []) -> (top: Int, bottom: Int)? {
        let runs = runs(of: box, in: binary)
        let total = runs.reduce(0) { $0 + $1.ink }
        guard total > 0 else { return nil }
        let stray = { (run: Run) in
            if Double(run.ink) < strayShare * Double(total) { return true }
            guard Double(run.ink) < neighbourShare * Double(total) else { return false }
            return neighbours.contains { $0.top <= run.top && $0.bottom >= run.bottom && $0.left < box.right && $0.right > box.left }
        }
        var kept = runs[...]
        while kept.count > 1 {
            if stray(kept.first!) { kept = kept.dropFirst() } else if stray(kept.last!) { kept = kept.dropLast() } else { break }
        }
        return (kept.first!.top, kept.last!.bottom)
    }

    /// A band of rows holding ink, apart from the next by `gap` blank rows or more.
    struct Run {
        var top: Int
        var bottom: Int
        /// Its ink pixels.
        var ink: Int
    }

    /// How a run of rows is split into the lines it holds: a run taller than
    /// `taller` rows, at its faintest row in its middle half where that
    /// holds no more than `faintShare` of the run's well-inked rows (its
    /// upper quartile) and leaves `least` rows or more on either side.
    struct Splitting {
        var taller: Int
        var least: Int
        var faintShare: Double
        static let never = Splitting(taller: .max, least: 0, faintShare: 0)
    }

    /// The runs of inked rows of `box` in `binary`, top to bottom (page
    /// rows), each split as `splitting` says until none is.
    static func runs(of box: PixelBox, in binary: PageImage, splitting: Splitting = .never) -> [Run] {
        runs(ofRows: rowCounts(of: box, in: binary), top: box.top, splitting: splitting)
    }

    /// The runs of `counts`, the ink of each row from page row `top` down.
    static func runs(ofRows counts: [Int], top: Int, splitting: Splitting = .never) -> [Run] {
        blankSeparated(counts, top: top).flatMap { split($0, counts: counts, top: top, splitting: splitting) }
    }

    private static func split(_ run: Run, counts: [Int], top: Int, splitting: Splitting) -> [Run] {
        let height = run.bottom - run.top
        guard height > splitting.taller else { return [run] }
        let rows = Array(counts[(run.top - top)..<(run.bottom - top)])
        let wellInked = rows.sorted()[3 * rows.count / 4]
        let middle = max(height / 4, splitting.least)..<min(3 * height / 4, height - 1 - splitting.least)
        guard !middle.isEmpty, let faintest = middle.min(by: { rows[$0] < rows[$1] }),
              Double(rows[faintest]) <= splitting.faintShare * Double(wellInked) else { return [run] }
        let ink = { (range: Range<Int>) in range.reduce(0) { $0 + rows[$1] } }
        let above = Run(top: run.top, bottom: run.top + faintest, ink: ink(0..<faintest))
        let below = Run(top: run.top + faintest + 1, bottom: run.bottom, ink: ink((faintest + 1)..<height))
        return [above, below].flatMap { split($0, counts: counts, top: top, splitting: splitting) }
    }

    /// The runs of inked rows, apart by `gap` blank rows or more.
    private static func blankSeparated(_ counts: [Int], top: Int) -> [Run] {
        var runs: [Run] = []
        var lastInked: Int?
        for (row, count) in counts.enumerated() where count > 0 {
            if let last = lastInked, row - last - 1 < gap, var run = runs.popLast() {
                run.bottom = top + row + 1
                run.ink += count
                runs.append(run)
            } else {
                runs.append(Run(top: top + row, bottom: top + row + 1, ink: count))
            }
            lastInked = row
        }
        return runs
    }

    /// The ink of each row of `box`, clipped to the image.
    private static func rowCounts(of box: PixelBox, in binary: PageImage) -> [Int] {
        let top = max(0, box.top), left = max(0, box.left)
        let bottom = min(binary.height, box.bottom), right = min(binary.width, box.right)
        guard bottom > top, right > left else { return [] }
        guard let part = binary.clipped(to: PixelBox(left: left, top: top, right: right, bottom: bottom)) else { return [] }
        var numbers = pixCountPixelsByRow(part.pix, nil)
        defer { numaDestroy(&numbers) }
        guard let numbers else { return [] }
        let rows = (0..<Int(numaGetCount(numbers))).map { row in
            var value: Int32 = 0
            numaGetIValue(numbers, Int32(row), &value)
            return Int(value)
        }
        // Rows above the image (a box reaching past its edge) hold no ink.
        return Array(repeating: 0, count: top - box.top) + rows
    }
}
