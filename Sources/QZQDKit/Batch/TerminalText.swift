import PowerListModel

/// Fitting text into terminal columns, where a CJK character takes two.
enum TerminalText {
    static func width(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// The end of `text` that fits in `columns`, with "…" in front when cut
    /// (a path's end, its file name, says most).
    static func keepingEnd(_ text: String, columns: Int) -> String {
        guard width(text) > columns else { return text }
        guard columns > 1 else { return "" }
        var kept = String.UnicodeScalarView()
        var used = 1
        for scalar in text.unicodeScalars.reversed() {
            used += DisplayWidth.of(scalar)
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
}
