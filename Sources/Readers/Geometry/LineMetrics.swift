/// Typical line height and, per column, the typical space between two lines
/// of one paragraph: what a row boundary's extra spacing is measured against.
struct LineMetrics: Sendable {
    var lineHeight: Double
    private var gaps: [Int: Double]
    private var fallbackGap: Double

    init(lines: [ColumnLine]) {
        lineHeight = Self.median(lines.map(\.height)) ?? 1
        var gapsByColumn: [Int: [Double]] = [:]
        let sorted = lines.sorted { ($0.page, $0.column, $0.y0) < ($1.page, $1.column, $1.y0) }
        for (above, below) in zip(sorted, sorted.dropFirst()) where above.page == below.page && above.column == below.column {
            let gap = below.y0 - above.y1
            if gap < 0.8 * lineHeight { gapsByColumn[below.column, default: []].append(gap) }
        }
        gaps = gapsByColumn.compactMapValues(Self.median)
        fallbackGap = Self.median(gapsByColumn.values.flatMap { $0 }) ?? 0
    }

    func gap(_ column: Int) -> Double { gaps[column] ?? fallbackGap }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }
}

/// One page of a table's column lines, with the measurements the row
/// segmenter asks of a candidate boundary.
struct PageGeometry {
    var lines: [ColumnLine]
    var metrics: LineMetrics
    /// Each column's lines, top to bottom.
    private(set) var columns: [Int: [ColumnLine]]
    /// Where the page prints rules between rows, top to bottom (a scan's; see `RowRules`).
    var rules: [Double] = []

    init(lines: [ColumnLine], metrics: LineMetrics) {
        self.lines = lines
        self.metrics = metrics
        columns = Dictionary(grouping: lines, by: \.column)
    }

    var tolerance: Double { 0.15 * metrics.lineHeight }

    /// Tops of the lines below the page's first line: where a boundary can fall.
    var innerPositions: [Double] {
        let top = lines[0].y0 + tolerance
        return Set(lines.map(\.y0).filter { $0 > top }).sorted()
    }

    /// The rules below the page's first line, where the page shows its rules.
    var innerRules: [Double]? {
        guard !rules.isEmpty else { return nil }
        let top = lines[0].y0 + tolerance
        return rules.filter { $0 > top }
    }

    /// How many lines a boundary at `position` would cut through, and how much
    /// wider than usual the gap there is in the columns that have text on both
    /// sides of it (a boundary adds padding and a rule to the line spacing).
    func evaluate(_ position: Double) -> (blockers: Int, excess: Double) {
        let blockers = lines.count { line in
            // A font whose line boxes are taller than its line pitch (UMing,
            // 9.5 pt pitch for 11.7 pt boxes) overlaps every line with the
            // next by the column's negative gap: that overlap is no crossing.
            let overlap = max(0, -metrics.gap(line.column)) / 2
            return line.y0 + overlap < position - tolerance && line.y1 - overlap > position + tolerance
        }
        var excess = Double.infinity
        for (column, columnLines) in columns {
            guard let above = columnLines.last(where: { $0.midY < position }),
                  let below = columnLines.first(where: { $0.midY >= position }),
                  below.y0 - above.y1 < 2 * metrics.lineHeight else { continue }
            excess = min(excess, below.y0 - above.y1 - metrics.gap(column))
        }
        return (blockers, excess == .infinity ? metrics.lineHeight : excess)
    }

    /// Excess spacing in steps small enough to tell a 0.5 pt rule from noise.
    func quantized(_ excess: Double) -> Int {
        Int((excess / (0.012 * metrics.lineHeight)).rounded(.down))
    }

    func isSignificant(_ excess: Double) -> Bool { quantized(excess) >= 2 }
}
