import PowerListModel

/// A detail row read as an item, before the summary is consulted: each
/// field as printed (empty where the row lost the cell).
struct DraftItem {
    var printedSeq: Int?
    var seq = 0
    var seqSource = Item.SeqSource.printed
    var categoryRaw: String
    var name: String
    var subject: String
    var basis: Cell
    var responsibilities: Cell
    var accountability: Cell
    var remarks: String?
    var code: String?
    var extra: [String: String]
    var pages: [Int]

    init(_ row: GridRow, columns: [ColumnRole]) {
        printedSeq = PrintedSeq.parse(row[.seq].text.filter { !$0.isWhitespace })
        // A category is one word whatever its wrapping: lines join with nothing between.
        categoryRaw = row[.category].lines.map { $0.text.filter { !$0.isWhitespace } }.joined()
        name = row[.name].text
        subject = row[.subject].text
        basis = row[.basis]
        responsibilities = row[.responsibilities]
        accountability = row[.accountability]
        let remarks = row[.remarks].text
        self.remarks = remarks.isEmpty ? nil : remarks
        let code = row[.code].text
        self.code = code.isEmpty ? nil : code
        var extra: [String: String] = [:]
        for case .extra(let header) in columns where !header.isEmpty {
            extra[header] = row[.extra(header)].text
        }
        self.extra = extra
        pages = row.pages
    }
}
