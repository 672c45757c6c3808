import PowerListModel

/// Cuts a table's column lines into rows. A text layer does not show the
/// rules between them (a scan does: there a row ends at its rule, see
/// `RowRules`). Each printed 序号 (an anchor) starts a row; the boundary
/// between two anchors lies just above the next anchor when the row is top-aligned, and
/// otherwise (序号 centered in a tall row) in the gap where every column breaks
/// and the spacing exceeds the usual line spacing (cell padding and rule) —
/// or, in a text dump, where the rows' centers say. Without anchors, rows
/// start after such wide gaps. Text above a page's first row continues the
/// previous page's last row.
struct RowSegmenter {
    var anchorColumn: Int?
    /// The column every row fills (权力事项): without anchors, a page whose
    /// first block leaves it empty continues the previous page's last row.
    var evidenceColumn: Int?
    /// PDF geometry shows the few points of padding between rows; a text dump's
    /// line grid does not.
    var gapsAreInformative: Bool
    /// Whether a row may start without a 序号 where the evidence column starts
    /// a cell after a row gap (a detail table's item rows; a summary's rows
    /// without a number are no entries).
    var findsUnnumberedRows = false
    /// The rules between rows, where the reader saw them (a scan's).
    var rowRules = RowRules.none

    func rows(of pages: [[ColumnLine]]) -> [[ColumnLine]] {
        let metrics = LineMetrics(lines: pages.flatMap { $0 })
        var rows: [[ColumnLine]] = []
        var beforeFirstRow: [ColumnLine] = []
        var lastNumber: Int?
        let geometries = pages.filter { !$0.isEmpty }.map { lines in
            let lines = anchorColumn.map { joiningWrappedNumbers(lines, column: $0, lineHeight: metrics.lineHeight, after: &lastNumber) } ?? lines
            var geometry = PageGeometry(lines: lines.sorted { $0.y0 < $1.y0 }, metrics: metrics)
            geometry.rules = rowRules.on(page: lines[0].page)
            return geometry
        }
        let padded = anchorColumn.map { rowsArePadded(geometries, anchorColumn: $0) } ?? false
        for page in geometries {
            let starts = anchorColumn.map { anchorStarts(page, anchorColumn: $0, continuing: !rows.isEmpty, padded: padded) }
                ?? gapStarts(page, continuing: !rows.isEmpty)
            // Row index per start: a continuation keeps the last row, a new start opens one.
            var owners: [Int] = []
            var next = rows.count
            for start in starts {
                if start.opensRow {
                    owners.append(next)
                    next += 1
                } else {
                    owners.append(rows.count - 1)
                }
            }
            while rows.count < next { rows.append([]) }
            for line in page.lines {
                let owner = owners[starts.lastIndex { $0.position <= line.midY } ?? 0]
                if owner < 0 { beforeFirstRow.append(line) } else { rows[owner].append(line) }
            }
        }
        if !beforeFirstRow.isEmpty {
            if rows.isEmpty { rows = [[]] }
            rows[0].insert(contentsOf: beforeFirstRow, at: 0)
        }
        return rows.filter { !$0.isEmpty }
    }

    /// A 序号 too wide for its narrow column wraps (`1` over `0`): two lines
    /// of digits close together (a text dump may set another column's line
    /// between them) whose joined number, not the first alone, follows the
    /// number before are one anchor.
    private func joiningWrappedNumbers(_ lines: [ColumnLine], column: Int, lineHeight: Double, after lastNumber: inout Int?) -> [ColumnLine] {
        var numbers: [ColumnLine] = []
        // The number printed before the last line kept.
        var before = lastNumber
        for line in lines.filter({ $0.column == column }).sorted(by: { $0.y0 < $1.y0 }) {
            if let previous = numbers.last, let before, line.y0 - previous.y1 < 1.5 * lineHeight,
               let head = Int(previous.text), head != before + 1, Int(previous.text + line.text) == before + 1 {
                numbers[numbers.count - 1].glyphs = (previous.glyphs + line.glyphs).filter { !TextNormalizer.isWhitespace($0.scalar) }
                numbers[numbers.count - 1].y1 = line.y1
                lastNumber = before + 1
                continue
            }
            before = lastNumber
            numbers.append(line)
            if let number = Int(line.text) { lastNumber = number }
        }
        return lines.filter { $0.column != column } + numbers
    }

    /// Where rows start on a page, top to bottom; the first may continue the
    /// previous page's last row instead of opening one.
    private struct Start {
        var opensRow: Bool
        var position: Double
    }

    private func anchorStarts(_ page: PageGeometry, anchorColumn: Int, continuing: Bool, padded: Bool) -> [Start] {
        let anchors = page.lines.filter { $0.column == anchorColumn }
        guard !anchors.isEmpty else {
            return withUnnumberedRows([Start(opensRow: false, position: -.infinity)], anchors: [nil], page: page)
        }
        let (continuation, boundaries) = gapsAreInformative ? measuredBoundaries(page, anchors) : mirroredBoundaries(page, anchors, padded: padded)
        var starts: [Start] = []
        var startAnchors: [ColumnLine?] = []
        if continuing, let top = continuation {
            starts.append(Start(opensRow: false, position: -.infinity))
            starts.append(Start(opensRow: true, position: top))
            startAnchors = [nil]
        } else {
            starts.append(Start(opensRow: true, position: -.infinity))
        }
        starts += boundaries.map { Start(opensRow: true, position: $0) }
        return withUnnumberedRows(starts, anchors: startAnchors + anchors, page: page)
    }

    /// Rows printed without a 序号 among numbered ones (an unnumbered row used
    /// to join the row above): inside the part of the page a start opens, a
    /// row gap — no line crossing it, wider spacing in every column with text
    /// on both sides; on a scan, a rule — below which the name column starts
    /// a cell of its own.
    /// Below the anchor, that cell is the new row's; above it (centred rows),
    /// the name above the gap is, and the anchor's row starts at the gap.
    /// `anchors` are those of `starts` (nil for a continuation). PDF geometry
    /// only: a text dump shows no row gaps.
    private func withUnnumberedRows(_ starts: [Start], anchors: [ColumnLine?], page: PageGeometry) -> [Start] {
        guard findsUnnumberedRows, gapsAreInformative, let nameColumn = evidenceColumn, let names = page.columns[nameColumn] else { return starts }
        let tolerance = page.tolerance
        var result: [Start] = []
        for (index, start) in starts.enumerated() {
            result.append(start)
            let ceiling = index + 1 < starts.count ? starts[index + 1].position : .infinity
            var cuts: [Double] = []
            var segmentStart = start.position
            for position in page.innerRules ?? page.innerPositions where position > start.position + tolerance && position < ceiling - tolerance {
                // A scan's rule is where a row starts; its spacing is within OCR's noise.
                let gap = page.evaluate(position)
                guard gap.blockers == 0, !page.rules.isEmpty || page.isSignificant(gap.excess) else { continue }
                let nameBelow = names.contains { $0.y0 >= position - tolerance && $0.midY < ceiling }
                let nameAbove = names.contains { $0.midY > segmentStart && $0.y1 <= position + tolerance }
                let belowAnchor = anchors[index].map { position > $0.y1 - tolerance } ?? true
                guard nameBelow, belowAnchor || nameAbove else { continue }
                cuts.append(position)
                segmentStart = position
            }
            // A cut whose part has no name of its own was a gap inside a row.
            var kept: [Double] = []
            var end = ceiling
            for cut in cuts.reversed() where names.contains(where: { $0.y0 >= cut - tolerance && $0.midY < end }) {
                kept.insert(cut, at: 0)
                end = cut
            }
            result += kept.map { Start(opensRow: true, position: $0) }
        }
        return result
    }

    private func gapStarts(_ page: PageGeometry, continuing: Bool) -> [Start] {
        let breaks = Set(page.innerPositions.filter { position in
            let gap = page.evaluate(position)
            return gap.blockers == 0 && page.isSignificant(gap.excess)
        }).sorted()
        let firstBlockBottom = breaks.first ?? .infinity
        let opensWithItem = evidenceColumn.map { column in
            page.lines.contains { $0.column == column && $0.midY < firstBlockBottom }
        } ?? true
        let first = Start(opensRow: !continuing || opensWithItem, position: -.infinity)
        return [first] + breaks.map { Start(opensRow: true, position: $0) }
    }

    /// PDF geometry: between two anchors, the boundary is just above the next
    /// one when its row is top-aligned, else where the spacing shows the
    /// padding and rule between rows. The first anchor's row starts lower than
    /// the page's first line when such a gap separates it from the lines above,
    /// which then continue the previous page's last row.
    private func measuredBoundaries(_ page: PageGeometry, _ anchors: [ColumnLine]) -> (continuation: Double?, boundaries: [Double]) {
        let tolerance = page.tolerance
        let boundaries = zip(anchors, anchors.dropFirst()).map { previous, next in
            if let rule = ruledBoundary(page, between: previous, and: next) { return rule }
            if let top = topAlignedStart(page, anchor: next) { return top }
            let positions = Set(page.lines.map(\.y0).filter { $0 > previous.y1 - tolerance && $0 <= next.y0 + tolerance } + [next.y0])
            return best(of: positions, in: page)
        }
        let first = anchors[0]
        if let rule = page.rules.last(where: { $0 < first.midY }) {
            // Text above the rule over the first anchor continues the previous page's last row.
            return (page.lines.contains { $0.midY < rule } ? rule : nil, boundaries)
        }
        if let top = topAlignedStart(page, anchor: first) {
            return (page.lines.contains { $0.midY < top } ? top : nil, boundaries)
        }
        let positions = page.innerPositions.filter { $0 <= first.y0 + tolerance }
        guard !positions.isEmpty else { return (nil, boundaries) }
        let position = best(of: positions, in: page)
        let gap = page.evaluate(position)
        return (gap.blockers == 0 && page.isSignificant(gap.excess) ? position : nil, boundaries)
    }

    /// A scan's rule between two anchors ends the first one's row (of several
    /// such rules, the best placed).
    private func ruledBoundary(_ page: PageGeometry, between previous: ColumnLine, and next: ColumnLine) -> Double? {
        let rules = page.rules.filter { $0 > previous.midY && $0 < next.midY }
        return rules.isEmpty ? nil : best(of: rules, in: page)
    }

    /// A text dump shows no padding between rows, but a centered anchor stands
    /// in the middle of its row. Working up from the page's last line (where the
    /// last row ends, unless it is top-aligned and runs on), each centered row's
    /// top mirrors its bottom about its anchor, and is the bottom of the row above.
    ///
    /// A print whose rows are padded (a spreadsheet's) leaves blank lines in
    /// its text dump between rows, two or more across every column, where a
    /// cell shows at most one between its lines (centred cells of different
    /// line pitches interleave). Where such a band separates two anchors, the
    /// widest one (the lowest of equals) is their boundary, wherever the
    /// anchors stand in their rows; a band above the first anchor ends the
    /// previous page's last row. In a document whose rows are padded, a row
    /// that fills its height leaves no band: only its boundary is mirrored, and
    /// with no band above the first anchor, nothing on the page continues.
    private func mirroredBoundaries(_ page: PageGeometry, _ anchors: [ColumnLine], padded: Bool) -> (continuation: Double?, boundaries: [Double]) {
        let tolerance = page.tolerance
        let bands = bandBoundaries(page, anchors)
        let banded = !bands.isEmpty && bands.allSatisfy { $0 != nil }
        var tops = [Double](repeating: 0, count: anchors.count)
        var bottom = page.lines.map(\.y1).max() ?? 0
        for index in anchors.indices.reversed() {
            let anchor = anchors[index]
            if index > 0, let band = bands[index - 1], banded || padded {
                tops[index] = band
            } else if let top = topAlignedStart(page, anchor: anchor) {
                tops[index] = top
            } else {
                let mirrored = 2 * anchor.midY - bottom
                let floor = index > 0 ? anchors[index - 1].y1 - tolerance : -Double.infinity
                let positions = page.lines.map(\.y0).filter { $0 > floor && $0 <= anchor.y0 + tolerance }
                tops[index] = positions.min { abs($0 - mirrored) < abs($1 - mirrored) } ?? anchor.y0
            }
            bottom = tops[index]
        }
        if banded || padded { return (widestBlankBand(page, above: anchors[0].y0, below: -.infinity), Array(tops.dropFirst())) }
        let continues = tops[0] > page.lines[0].y0 + tolerance
        return (continues ? tops[0] : nil, Array(tops.dropFirst()))
    }

    /// Between every two anchors, the widest blank band, if any.
    private func bandBoundaries(_ page: PageGeometry, _ anchors: [ColumnLine]) -> [Double?] {
        zip(anchors, anchors.dropFirst()).map { previous, next in
            widestBlankBand(page, above: next.y0, below: previous.y1 - page.tolerance)
        }
    }

    /// The top of the line under the widest band of two or more blank lines
    /// across every column between two heights (the lowest of equals).
    private func widestBlankBand(_ page: PageGeometry, above: Double, below: Double) -> Double? {
        let band = 2 * page.metrics.lineHeight - page.tolerance
        var widest: (position: Double, height: Double)?
        var bottom = page.lines[0].y1
        for line in page.lines.dropFirst() {
            let height = line.y0 - bottom
            bottom = max(bottom, line.y1)
            guard height >= band, line.y0 > below, line.y0 <= above + page.tolerance else { continue }
            if widest.map({ ($0.height, $0.position) <= (height, line.y0) }) ?? true { widest = (line.y0, height) }
        }
        return widest?.position
    }

    /// Whether the document's rows are padded (a spreadsheet print): blank
    /// bands separate every two rows on most pages that have several.
    private func rowsArePadded(_ pages: [PageGeometry], anchorColumn: Int) -> Bool {
        guard !gapsAreInformative else { return false }
        let judged = pages.map { page in bandBoundaries(page, page.lines.filter { $0.column == anchorColumn }) }.filter { !$0.isEmpty }
        return judged.count { $0.allSatisfy { $0 != nil } } * 2 > judged.count
    }

    /// The boundary just above an anchor whose row is visibly top-aligned: a
    /// cell of several lines, or two cells, start level with it after a break
    /// in their columns (a centered cell of several lines starts above its
    /// anchor), and no column's line runs across that height. A text dump
    /// interleaves the lines of centered cells with blank ones, so one blank
    /// line is no break.
    private func topAlignedStart(_ page: PageGeometry, anchor: ColumnLine) -> Double? {
        let near = page.metrics.lineHeight / 2
        var opening = 0, openingTall = 0, straddling = 0
        for (column, lines) in page.columns where column != anchorColumn {
            if straddles(lines, column: column, height: anchor.y0 - near, page: page) { straddling += 1 }
            guard let index = lines.firstIndex(where: { abs($0.y0 - anchor.y0) <= near }) else { continue }
            let joins = page.metrics.gap(column) + 1.1 * page.metrics.lineHeight
            guard index == 0 || lines[index].y0 - lines[index - 1].y1 > joins else { continue }
            opening += 1
            if index + 1 < lines.count, lines[index + 1].y0 - lines[index].y1 <= joins { openingTall += 1 }
        }
        // Paragraphs running on across the anchor's top say the row's cells
        // are centred, like the anchor: one such (a merged cell centred over
        // several rows) outweighs one-line cells level with the anchor, two
        // outweigh a cell of several lines starting there (a centred name of
        // two lines starts about that high). A text dump shows no padding: its
        // rows' paragraphs always touch.
        let straddled = gapsAreInformative ? straddling : 0
        guard straddled < 2, openingTall > 0 || opening >= 2 && straddled == 0 else { return nil }
        let candidates = page.lines.map(\.y0).filter { abs($0 - anchor.y0) <= near } + [anchor.y0]
        return candidates.filter { page.evaluate($0).blockers == 0 }.min()
    }

    /// Whether a paragraph of the column runs on across `height`: two of
    /// its lines, one above and one below, at the column's usual spacing.
    private func straddles(_ lines: [ColumnLine], column: Int, height: Double, page: PageGeometry) -> Bool {
        guard let below = lines.firstIndex(where: { $0.y0 > height }), below > 0 else { return false }
        return !page.isSignificant(lines[below].y0 - lines[below - 1].y1 - page.metrics.gap(column))
    }

    /// The candidate that crosses the fewest lines, then shows the widest
    /// extra spacing, then lies lowest.
    private func best(of positions: some Collection<Double>, in page: PageGeometry) -> Double {
        let scored = positions.sorted().map { position in
            let gap = page.evaluate(position)
            return (position, gap.blockers, page.quantized(gap.excess))
        }
        return scored.min { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            return a.0 > b.0
        }!.0
    }
}
