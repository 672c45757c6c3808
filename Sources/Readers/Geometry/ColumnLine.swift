import PowerListModel

/// One physical line of text inside one column on one page.
struct ColumnLine: Sendable {
    var page: Int
    var column: Int
    var y0: Double
    var y1: Double
    /// Left to right, spaces included.
    var glyphs: [Glyph]

    var midY: Double { (y0 + y1) / 2 }
    var height: Double { y1 - y0 }

    var text: String {
        // As UTF-8 bytes: appending scalars to a String one by one is slow, and
        // every cell line of every row is read through here.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * glyphs.count)
        for glyph in glyphs { UTF8.encode(glyph.scalar) { bytes.append($0) } }
        return TextNormalizer.collapseWhitespace(String(decoding: bytes, as: UTF8.self))
    }

    /// Cuts glyphs into per-column lines: glyphs go to their column (see
    /// `ColumnBands.columns(of:byWord:)`), and within a column, glyphs whose centers sit within half a
    /// line height of each other form a line.
    static func lines(page: Int, glyphs: [Glyph], bands: ColumnBands, byWord: Bool) -> [ColumnLine] {
        var byColumn = [[Glyph]](repeating: [], count: bands.cells.count)
        for (glyph, column) in zip(glyphs, bands.columns(of: glyphs, byWord: byWord)) {
            byColumn[column].append(glyph)
        }
        var lines: [ColumnLine] = []
        for (column, glyphs) in byColumn.enumerated() {
            var columnLines: [ColumnLine] = []
            var current: [Glyph] = []
            var currentMid = 0.0, currentHeight = 0.0
            let ink = glyphs.filter { !TextNormalizer.isWhitespace($0.scalar) }
            for glyph in ink.sorted(by: { ($0.y0 + $0.y1) < ($1.y0 + $1.y1) }) {
                let mid = (glyph.y0 + glyph.y1) / 2
                if !current.isEmpty, mid - currentMid > 0.5 * max(currentHeight, glyph.y1 - glyph.y0) {
                    columnLines.append(line(page: page, column: column, ink: current))
                    current = []
                }
                if current.isEmpty {
                    currentMid = mid
                    currentHeight = glyph.y1 - glyph.y0
                }
                current.append(glyph)
            }
            if !current.isEmpty { columnLines.append(line(page: page, column: column, ink: current)) }
            // Spaces carry no ink of their own: each joins the line it sits in.
            for space in glyphs where TextNormalizer.isWhitespace(space.scalar) {
                let mid = (space.y0 + space.y1) / 2
                if let index = columnLines.firstIndex(where: { $0.y0 <= mid && mid <= $0.y1 }) {
                    columnLines[index].glyphs.append(space)
                }
            }
            lines.append(contentsOf: columnLines.map { line in
                var sorted = line
                sorted.glyphs.sort { $0.x0 < $1.x0 }
                return sorted
            })
        }
        return lines.sorted { ($0.y0, $0.column) < ($1.y0, $1.column) }
    }

    private static func line(page: Int, column: Int, ink: [Glyph]) -> ColumnLine {
        ColumnLine(page: page, column: column, y0: ink.map(\.y0).min()!, y1: ink.map(\.y1).max()!, glyphs: ink)
    }
}
