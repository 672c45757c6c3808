import CTesseract

/// Where a recognized line's print stands, down the page. Tesseract boxes a
/// line around all the ink it took into it, specks included: a speck above
/// a line of 31-pixel characters made it 46 tall, its glyphs looked larger
/// than the cells' text, and the table reader took the whole row for a
/// title. The print of a line is one band of rows; a speck is a little ink
/// apart from it.
enum LineInk {
    /// Ink above or below the line's band, apart from it, holding less than
    /// this share of the line's ink is not print (a lone `二` of a line
    /// holds half its ink in each stroke).
    static let strayShare = 0.1
    /// Blank rows that set ink apart from the band (a stroke's own gaps
    /// are joined by the other characters of the line).
    static let gap = 2

    /// `line` with its box's top and bottom at its print in `binary` (1 = ink).
    static func tightened(_ line: RecognizedLine, in binary: PageImage) -> RecognizedLine {
        var line = line
        guard let band = band(of: line.box, in: binary) else { return line }
        line.box.top = band.top
        line.box.bottom = band.bottom
        return line
    }

    /// The rows of `box` holding its print, or nil when it holds no ink.
    /// Tesseract thresholds a cell on its own and may take in a faint speck
    /// that `binary` (thresholded with the page) does not hold.
    static func band(of box: PixelBox, in binary: PageImage) -> (top: Int, bottom: Int)? {
        let counts = rowCounts(of: box, in: binary)
        // Runs of rows with ink, as (first row, end row, ink).
        var runs: [(start: Int, end: Int, ink: Int)] = []
        var lastInked: Int?
        for (row, count) in counts.enumerated() where count > 0 {
            if let last = lastInked, row - last - 1 < gap, var run = runs.popLast() {
                run.end = row + 1
                run.ink += count
                runs.append(run)
            } else {
                runs.append((row, row + 1, count))
            }
            lastInked = row
        }
        let total = runs.reduce(0) { $0 + $1.ink }
        guard total > 0 else { return nil }
        let stray = { (run: (start: Int, end: Int, ink: Int)) in Double(run.ink) < strayShare * Double(total) }
        var kept = runs[...]
        while kept.count > 1 {
            if stray(kept.first!) { kept = kept.dropFirst() } else if stray(kept.last!) { kept = kept.dropLast() } else { break }
        }
        return (box.top + kept.first!.start, box.top + kept.last!.end)
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
