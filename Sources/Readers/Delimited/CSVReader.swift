import PowerListModel
import TextExtraction

/// Reads a CSV export as spreadsheets write it (Excel's "CSV", WPS's):
/// GB18030/GBK or UTF-8 (with or without BOM) or UTF-16, CR LF or LF, quoted
/// cells holding line breaks and doubled quotes, comma- or
/// semicolon-separated. The whole file is one table, a record a row, a line
/// break inside a cell a line of it; a title line above the header is a row
/// with one filled cell, for the interpreter to recognize.
///
/// The separator is Excel's `sep=` line when the file starts with one, else
/// whichever of comma and semicolon splits the records most consistently
/// (the most records sharing one field count of at least two).
public enum CSVReader {
    public static let maximumCells = 2_000_000

    public static func read(_ bytes: [UInt8]) throws(DelimitedReadingError) -> StructuredDocument {
        try read(text: DelimitedReadingError.decoding(bytes))
    }

    public static func read(text: String) throws(DelimitedReadingError) -> StructuredDocument {
        var body = Substring(text)
        var separator: Unicode.Scalar?
        if let declared = declaredSeparator(in: text) {
            separator = declared
            body = body.drop { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }.dropFirst()
        }
        let records: [DelimitedRecords.Record]
        if let separator {
            records = try DelimitedRecords.parse(String(body), separator: separator, quoting: .excel, firstLine: 2)
        } else {
            records = try bestRecords(String(body))
        }
        let table = try DelimitedTable.build(records, maximumCells: maximumCells) { field in
            Cell(lines: field.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                .map { CellLine(String($0), followsSpace: true) })
        }
        return StructuredDocument(blocks: [.table(table)])
    }

    /// Excel's hint on a file's first line: `sep=;`.
    private static func declaredSeparator(in text: String) -> Unicode.Scalar? {
        let start = text.unicodeScalars.first == "\u{FEFF}" ? text.unicodeScalars.dropFirst() : text.unicodeScalars[...]
        let firstLine = start.prefix { $0 != "\n" && $0 != "\r" }
        guard firstLine.count == 5, String(String.UnicodeScalarView(firstLine.prefix(4))).lowercased() == "sep=" else { return nil }
        return firstLine.last
    }

    /// The records under the separator that splits them most consistently
    /// (comma when neither splits any record). A separator under which the
    /// text does not parse (a quote never closed) is not a candidate, unless
    /// no candidate splits anything: then the error is the file's.
    static func bestRecords(_ text: String) throws(DelimitedReadingError) -> [DelimitedRecords.Record] {
        var best: (records: [DelimitedRecords.Record], score: Int)?
        var firstError: DelimitedReadingError?
        for separator: Unicode.Scalar in [",", ";"] {
            do {
                let records = try DelimitedRecords.parse(text, separator: separator, quoting: .excel)
                let score = consistency(of: records)
                if best == nil || score > best!.score { best = (records, score) }
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError, (best?.score ?? 0) == 0 { throw firstError }
        return best?.records ?? []
    }

    /// How many records share the most common field count above one.
    static func consistency(of records: [DelimitedRecords.Record]) -> Int {
        modalFieldCount(of: records)?.records ?? 0
    }

    private static func modalFieldCount(of records: [DelimitedRecords.Record]) -> (fields: Int, records: Int)? {
        var counts: [Int: Int] = [:]
        for record in records where record.fields.count > 1 { counts[record.fields.count, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Whether text has the shape of a CSV table: at least three records of
    /// one field count of three or more, and at least half of the non-blank
    /// records of that count. A text dump with a stray comma is not one.
    public static func hasTableShape(_ text: String) -> Bool {
        guard mayHaveTableShape(text), let records = try? bestRecords(text), let modal = modalFieldCount(of: records) else { return false }
        let nonBlank = records.filter { $0.fields.contains { !$0.isEmpty } }.count
        return modal.fields >= 3 && modal.records >= 3 && modal.records * 2 >= nonBlank
    }

    /// Whether three lines hold two commas each, or two semicolons, as three
    /// records of three fields need: a text dump (Chinese punctuation, a
    /// stray comma) is turned away before it is parsed twice. With a quote
    /// in the text, a record may span lines: then it may.
    ///
    /// - `a,b,c` ×3 → true; `a,b` ×9 → false; `"a\n,b,c` → true
    static func mayHaveTableShape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var lines = (commas: 0, semicolons: 0), commas = 0, semicolons = 0
            func endLine() {
                if commas >= 2 { lines.commas += 1 }
                if semicolons >= 2 { lines.semicolons += 1 }
                commas = 0
                semicolons = 0
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): return true
                case UInt8(ascii: ","): commas += 1
                case UInt8(ascii: ";"): semicolons += 1
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): endLine()
                default: break
                }
            }
            endLine()
            return lines.commas >= 3 || lines.semicolons >= 3
        }
    }
}
