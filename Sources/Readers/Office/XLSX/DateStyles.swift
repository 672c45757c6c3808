import MarkupParsing

/// Which cell styles of a workbook (`xl/styles.xml`) display a number as a
/// date: a date is stored as a day count, and `45292` is not what the sheet
/// shows. Other number formats (decimals, percentages) are left to General.
struct DateStyles {
    /// Per `cellXfs` index (a cell's `s`), whether its number format is a date.
    private var dateStyles: [Bool] = []
    /// The workbook counts days from 1904 (`workbookPr date1904`), not 1900.
    var counts1904 = false

    init() {}

    init(xml bytes: [UInt8]) throws(OfficeReadingError) {
        dateStyles = try OfficeReadingError.reading("xl/styles.xml") {
            let parser = try XMLPullParser(bytes: bytes, documentName: "xl/styles.xml")
            var customFormats: [Int: String] = [:]
            var styles: [Bool] = []
            var path: [String] = []
            while true {
                switch try parser.next() {
                case .startElement:
                    let name = parser.localName
                    if name == "numFmt", let id = parser.attribute("numFmtId").flatMap({ Int($0) }) {
                        customFormats[id] = parser.attribute("formatCode") ?? ""
                    } else if name == "xf", path.last == "cellXfs" {
                        let id = parser.attribute("numFmtId").flatMap { Int($0) } ?? 0
                        styles.append(customFormats[id].map(Self.isDateFormat) ?? Self.isBuiltInDate(id))
                    }
                    path.append(name)
                case .endElement:
                    path.removeLast()
                case .text:
                    continue
                case .endOfDocument:
                    return styles
                }
            }
        }
    }

    func isDate(style: Int) -> Bool {
        dateStyles.indices.contains(style) && dateStyles[style]
    }

    /// Excel's built-in date and time formats, those of Chinese locales included.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// A format code that shows a date or time: a year, month, day, hour or
    /// second code outside quoted text, `[…]` sections and escaped characters.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        var letters = ""
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if !inQuotes && !inBrackets { letters.append(character) }
            }
        }
        guard letters != "general" else { return false }
        return letters.contains { "ymdhs".contains($0) }
    }

    /// A day count as the date (and time) it stands for: `2024-01-05`,
    /// `2024-01-05 13:30`, or `13:30` for a time of day alone.
    func text(of serial: Double) -> String {
        let days = serial.rounded(.down)
        let minutes = Int(((serial - days) * 1440).rounded())
        let time = "\(pad(minutes / 60 % 24)):\(pad(minutes % 60))"
        guard days > 0 || counts1904 else { return time }
        // Day 0 is 1899-12-30 (1904-01-01 for 1904 workbooks); Excel's day 60
        // is 1900-02-29, a date that never was, so earlier days are one off.
        var unixDays = Int(days) + (counts1904 ? -24107 : -25569)
        if !counts1904 && days < 61 { unixDays += 1 }
        let (year, month, day) = Self.civil(fromDays: unixDays)
        let date = "\(year)-\(pad(month))-\(pad(day))"
        return minutes == 0 ? date : date + " " + time
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Days since 1970-01-01 → proleptic Gregorian date (H. Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
