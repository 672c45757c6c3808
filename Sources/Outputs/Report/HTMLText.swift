/// The one way a string from the document enters the report: escaped for
/// HTML text and for quoted attribute values alike. Nothing is dropped: C0
/// control characters, which HTML cannot carry, are shown as their Unicode
/// Control Pictures (U+0001 as ␁), and line breaks (CR LF and CR as LF) are
/// kept for `white-space: pre-wrap` to show.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": if index + 1 == scalars.count || scalars[index + 1] != "\n" { out += "\n" }
            case "\u{7F}": out += "\u{2421}"
            default:
                if scalar.value < 0x20 {
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
