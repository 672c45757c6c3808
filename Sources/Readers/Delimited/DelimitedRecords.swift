/// Splits delimiter-separated text into records of fields, RFC 4180 style:
/// a record ends at CR LF, LF or CR; a field that starts with `"` is quoted
/// and may hold separators, line breaks and doubled quotes (`""` is one `"`).
struct DelimitedRecords {
    enum Quoting {
        /// As Excel reads CSV: text after a closing quote joins the field
        /// (`"a"b` is `ab`); a quote never closed is an error.
        case excel
        /// As tab-separated exports need: a field is quoted only when its
        /// quotes are well formed (the closing quote ends the field);
        /// otherwise its quotes are text, up to the next separator.
        case wellFormedOnly
    }

    /// One record's fields and the text lines (1-based) it stands on: a quoted
    /// field with line breaks spans several.
    struct Record {
        var fields: [String]
        var lines: ClosedRange<Int>
    }

    /// `firstLine`: the text's first line in its file (after a `sep=` line, 2).
    static func parse(_ text: String, separator: Unicode.Scalar, quoting: Quoting, firstLine: Int = 1) throws(DelimitedReadingError) -> [Record] {
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var record: [String] = []
        var index = 0
        var line = firstLine
        var recordLine = firstLine
        while index < scalars.count {
            let field: Field
            if scalars[index] == "\"", let quoted = try quotedField(scalars, from: index, separator: separator, quoting: quoting, line: line) {
                field = quoted
            } else {
                field = plainField(scalars, from: index, separator: separator)
            }
            record.append(field.text)
            line += field.lineBreaks
            index = field.end
            guard index < scalars.count else { break }
            if scalars[index] == separator {
                index += 1
                if index == scalars.count { record.append("") }
                continue
            }
            // A line break ends the record; CR LF counts once.
            index += scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
            records.append(Record(fields: record, lines: recordLine...line))
            line += 1
            recordLine = line
            record = []
        }
        if !record.isEmpty { records.append(Record(fields: record, lines: recordLine...line)) }
        return records
    }

    private struct Field {
        var text: String
        /// Where the field stopped: its separator, its line break or the end.
        var end: Int
        var lineBreaks = 0
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }

    private static func plainField(_ scalars: [Unicode.Scalar], from start: Int, separator: Unicode.Scalar) -> Field {
        var end = start
        while end < scalars.count, scalars[end] != separator, !isLineBreak(scalars[end]) { end += 1 }
        return Field(text: String(String.UnicodeScalarView(scalars[start..<end])), end: end)
    }

    /// The quoted field at `start`; nil when `.wellFormedOnly` finds its quotes are text.
    private static func quotedField(
        _ scalars: [Unicode.Scalar], from start: Int, separator: Unicode.Scalar, quoting: Quoting, line: Int
    ) throws(DelimitedReadingError) -> Field? {
        var text = String.UnicodeScalarView()
        var index = start + 1
        var lineBreaks = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                    text.append("\"")
                    index += 2
                    continue
                }
                let next = index + 1
                if next == scalars.count || scalars[next] == separator || isLineBreak(scalars[next]) {
                    return Field(text: String(text), end: next, lineBreaks: lineBreaks)
                }
                guard quoting == .excel else { return nil }
                let rest = plainField(scalars, from: next, separator: separator)
                text.append(contentsOf: rest.text.unicodeScalars)
                return Field(text: String(text), end: rest.end, lineBreaks: lineBreaks)
            }
            if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) { lineBreaks += 1 }
            text.append(scalar)
            index += 1
        }
        guard quoting == .excel else { return nil }
        throw DelimitedReadingError(.unterminatedQuote, "a quoted cell opened on line \(line) is never closed")
    }
}
