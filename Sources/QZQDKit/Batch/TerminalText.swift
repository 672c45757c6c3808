/// Fitting text into terminal columns, where a CJK character takes two.
enum TerminalText {
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// The end of `text` that fits in `columns`, with "…" in front when cut
    /// (a path's end, its file name, says most).
    static func keepingEnd(_ text: String, columns: Int) -> String {
        guard width(text) > columns else { return text }
        guard columns > 1 else { return "" }
        var kept = String.UnicodeScalarView()
        var used = 1
        for scalar in text.unicodeScalars.reversed() {
            used += width(scalar)
            if used > columns { break }
            kept.insert(scalar, at: kept.startIndex)
        }
        return "…" + String(kept)
    }

    /// 12345 → "12,345".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// 75 → "1:15", 3725 → "1:02:05".
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x300..<0x370, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
