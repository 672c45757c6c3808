import PowerListModel

/// Every diagnostic, in the document's order, each linked to the item it
/// concerns (the first of them when a seq is printed twice).
struct DiagnosticsList {
    var document: PowerListDocument
    var marks: ItemMarks

    /// The id of the `index`-th diagnostic's entry.
    static func id(_ index: Int) -> String { "diag-\(index)" }

    /// By item index: the ids and codes of the diagnostics about it.
    func byItem() -> [Int: [(id: String, code: String)]] {
        var found: [Int: [(id: String, code: String)]] = [:]
        for (index, diagnostic) in document.diagnostics.enumerated() {
            guard let seq = diagnostic.seq else { continue }
            for item in marks.itemsBySeq[seq] ?? [] { found[item, default: []].append((Self.id(index), diagnostic.code.rawValue)) }
        }
        return found
    }

    func html() -> String {
        var out = "<table id=\"diagnostics\"><thead><tr><th>级别</th><th>代码</th><th>序号</th><th>说明</th></tr></thead><tbody>\n"
        for (index, diagnostic) in document.diagnostics.enumerated() {
            let item = diagnostic.seq.flatMap { marks.itemsBySeq[$0]?.first }
            let link = item.map { " data-item=\"\($0)\"" } ?? ""
            out += "<tr id=\"\(Self.id(index))\" class=\"sev-\(diagnostic.severity.rawValue)\"\(link)>"
            out += "<td>\(diagnostic.severity.rawValue)</td><td class=\"code\">\(HTMLText.escaped(diagnostic.code.rawValue))</td><td>"
            switch (diagnostic.seq, item) {
            case (let seq?, let item?): out += "<a href=\"#item-\(item)\">\(seq)</a>"
            case (let seq?, nil): out += "\(seq)<small>（无此项）</small>"
            case (nil, _): out += "全文"
            }
            out += "</td><td class=\"msg\">\(HTMLText.escaped(diagnostic.message))</td></tr>\n"
        }
        if document.diagnostics.isEmpty { out += "<tr><td colspan=\"4\">无</td></tr>\n" }
        return out + "</tbody></table>\n"
    }
}
