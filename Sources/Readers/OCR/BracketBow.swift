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
    /// bows out at its middle; nil where too few rows hold ink.
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
        let bowed: Double
        if let middle = meanEdge(0.45...0.55), let upper = meanEdge(0.2...0.3), let lower = meanEdge(0.7...0.8) {
            bowed = (upper + lower) / 2 - middle
        } else {
            // A stroke the scan broke apart (`HexagonalBrackets.piece`): the
            // curve through the rows that hold ink, measured alike.
            let rows = Int(0.2 * Double(height))...Int(0.8 * Double(height))
            let points = rows.compactMap { row in edge(piece.top + row).map { (Double(row) / Double(height) - 0.5, Double($0)) } }
            let thirds = [-0.3..<(-0.1), -0.1..<0.1, 0.1..<0.31]
            guard 5 * points.count >= 3 * rows.count, thirds.allSatisfy({ third in points.contains { third.contains($0.0) } }),
                  let curvature = quadraticCurvature(points) else { return nil }
            // Ends a quarter of the height from the middle: (a + c/16) − a.
            bowed = curvature / 16
        }
        return side == .left ? bowed : -bowed
    }

    /// `c` of the least-squares parabola `x = a + b·u + c·u²` through `points` (u, x).
    static func quadraticCurvature(_ points: [(Double, Double)]) -> Double? {
        var s = [Double](repeating: 0, count: 5), t = [Double](repeating: 0, count: 3)
        for (u, x) in points {
            var power = 1.0
            for k in 0..<5 {
                s[k] += power
                if k < 3 { t[k] += power * x }
                power *= u
            }
        }
        // Normal equations, solved by Cramer's rule for c.
        func det(_ m: [[Double]]) -> Double {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        }
        let matrix = [[s[0], s[1], s[2]], [s[1], s[2], s[3]], [s[2], s[3], s[4]]]
        let whole = det(matrix)
        guard abs(whole) > 1e-12 else { return nil }
        return det([[s[0], s[1], t[0]], [s[1], s[2], t[1]], [s[2], s[3], t[2]]]) / whole
    }

    /// Straight: a bow under a thirtieth of the height (1.1 pixels in 34,
    /// 0.9 in 27). A parenthesis bows 2–3 pixels in 34 at 300 dpi and 1–1.5
    /// in 27 at 200 dpi; `〔` none at either.
    static func isStraight(_ bow: Double, height: Int) -> Bool {
        bow * 30 < Double(height)
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

    /// Solid: a third or more of its box inked, and the box a lens's width,
    /// three tenths of an em or more. A thin `〔` printed small fills its box
    /// as much (a stroke of 1–2 pixels in a box of 4 on a 5 pt print at 300
    /// dpi, em 16: 0.33–0.48), but its box is a quarter of an em wide (at a
    /// normal size 0.23–0.29); `【` is 0.33–0.37 em wide.
    static func isSolid(_ fill: Double, width: Int, em: Int) -> Bool {
        fill >= 1.0 / 3 && 10 * width >= 3 * em
    }
}
