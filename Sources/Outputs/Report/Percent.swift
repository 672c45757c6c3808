/// A share of the page, written as CSS percent with three decimals (a
/// thousandth of a percent is under a pixel on any screen), the same
/// digits on every machine.
enum Percent {
    static func of(_ part: Double, _ whole: Double) -> String {
        guard whole > 0 else { return "0%" }
        let thousandths = Int((part / whole * 100_000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)%"
    }
}

extension Percent {
    /// A CSS aspect-ratio for a page `width` × `height` points, in tenths of a point.
    static func ratio(_ width: Double, _ height: Double) -> String {
        "\(Int((width * 10).rounded())) / \(Int((height * 10).rounded()))"
    }
}
