import PowerListModel

/// Column boundaries taken from the rules a page prints, where a reader saw
/// them (OCR finds a scan's rules). The channel in the ink (`ColumnBands`)
/// is blocked when text misread as no heading runs across two columns, and
/// a spreadsheet print's narrow number columns stand a channel apart that
/// one such line fills; a rule down the column's edge is not misread.
extension ColumnBands {
    /// Pieces of one rule (broken at a merged row, or by the scan) stand this close across, in points.
    static let ruleDrift = 1.5
    /// A rule is a column's edge when it runs down at least this share of the body.
    static let leastRuledShare = 0.5

    /// These bands with each boundary on a rule standing between its two
    /// titles' middles that runs down at least `leastRuledShare` of the body
    /// (from `top` to `bottom`): the first after the left title, else the
    /// one nearest the boundary. A boundary with no such rule stays where
    /// the ink put it.
    func ruled(by rules: [VerticalRule], from top: Double, to bottom: Double) -> ColumnBands {
        guard !rules.isEmpty, bottom > top else { return self }
        let edges = Self.columnEdges(rules, from: top, to: bottom)
        var ruled = self
        for index in boundaries.indices {
            let left = cells[index].midX, right = cells[index + 1].midX
            let between = edges.filter { $0 > left && $0 < right }
            // A title stands within its column: the first rule after it is the column's edge.
            // (Two titles OCR ran together span a rule: `类别及序号项目名称及`.)
            let afterTitle = between.first { $0 >= cells[index].x1 - Self.ruleDrift }
            if let edge = afterTitle ?? between.min(by: { abs($0 - boundaries[index]) < abs($1 - boundaries[index]) }) {
                ruled.boundaries[index] = edge
            }
        }
        // Each window lies between two titles' middles: the boundaries stay in order.
        return ruled
    }

    /// The x of each rule that runs down `leastRuledShare` of `top`…`bottom`, its pieces joined.
    static func columnEdges(_ rules: [VerticalRule], from top: Double, to bottom: Double) -> [Double] {
        var groups: [[VerticalRule]] = []
        for rule in rules.sorted(by: { $0.x < $1.x }) {
            if let last = groups.last?.last, rule.x - last.x <= ruleDrift {
                groups[groups.count - 1].append(rule)
            } else {
                groups.append([rule])
            }
        }
        return groups.compactMap { pieces in
            // The length of the body the pieces cover, overlaps counted once.
            var covered = 0.0, reached = top
            for piece in pieces.sorted(by: { $0.y0 < $1.y0 }) where piece.y1 > reached {
                let start = max(piece.y0, reached), end = min(piece.y1, bottom)
                if end > start { covered += end - start }
                reached = max(reached, piece.y1)
            }
            guard covered >= leastRuledShare * (bottom - top) else { return nil }
            return pieces.map(\.x).reduce(0, +) / Double(pieces.count)
        }
    }
}
