import CTesseract

/// How far a bracket's outer edge bows: a parenthesis `（` is a curve, its
/// middle standing out beyond its ends, while a hexagonal bracket `〔` (and a
/// square one) is a straight stroke with short hooks at its ends. Measured
/// on the print at the rows between a fifth and four fifths of the
/// bracket's height (the hooks left out): the mean outer edge of the middle
/// tenth against that of the outer tenths. On a 300 dpi scan `（` bows 2–3
/// pixels in 34, `〔` none.
enum BracketBow {
    enum Side { case left, right }

    /// Pixels the outer `side` of the ink in `piece` (a bracket's own piece)
    /// bows out at its middle; nil where a row holds no ink.
    static func bow(in binary: PageImage, piece: PixelBox, side: Side) -> Double? {
        let height = piece.height
        guard height >= 10 else { return nil }
        func edge(_ y: Int) -> Int? {
            var value: UInt32 = 0
            let columns = Array(piece.left..<piece.right)
            let ordered = side == .left ? columns : columns.reversed()
            return ordered.first { x in pixGetPixel(binary.pix, Int32(x), Int32(y), &value) == 0 && value == 1 }
        }
        func meanEdge(_ fractions: ClosedRange<Double>) -> Double? {
            let rows = Int(fractions.lowerBound * Double(height))...Int(fractions.upperBound * Double(height))
            let edges = rows.map { edge(piece.top + $0) }
            guard edges.allSatisfy({ $0 != nil }) else { return nil }
            return Double(edges.compactMap { $0 }.reduce(0, +)) / Double(edges.count)
        }
        guard let middle = meanEdge(0.45...0.55), let upper = meanEdge(0.2...0.3), let lower = meanEdge(0.7...0.8) else { return nil }
        let ends = (upper + lower) / 2
        return side == .left ? ends - middle : middle - ends
    }

    /// Straight: a bow under a twentieth of the height (1.7 pixels in 34;
    /// a parenthesis bows more at 200 dpi as at 300).
    static func isStraight(_ bow: Double, height: Int) -> Bool {
        bow * 20 < Double(height)
    }

    /// The share of `piece`'s box that is ink: a lenticular bracket `【` is
    /// drawn solid, a lens 10 pixels wide at its ends (half its box inked, at
    /// 300 dpi), a hexagonal `〔` as a thin stroke (a sixth of its box).
    static func fill(in binary: PageImage, piece: PixelBox) -> Double? {
        guard piece.width > 0, piece.height > 0 else { return nil }
        var value: UInt32 = 0, inked = 0
        for y in piece.top..<piece.bottom {
            for x in piece.left..<piece.right where pixGetPixel(binary.pix, Int32(x), Int32(y), &value) == 0 && value == 1 { inked += 1 }
        }
        return Double(inked) / Double(piece.width * piece.height)
    }

    /// Solid: a third or more of its box inked.
    static func isSolid(_ fill: Double) -> Bool {
        fill >= 1.0 / 3
    }
}
