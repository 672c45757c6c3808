import PowerListModel

/// The items as a table: the short fields in columns, the long ones folded
/// (their beginning shown, the whole text one click away), each field a
/// link to its boxes on the pages, each item's diagnostics linked below.
struct ItemsTable {
    var document: PowerListDocument
    var marks: ItemMarks
    /// By item index: the ids and codes of the diagnostics about it.
    var diagnosticsByItem: [Int: [(id: String, code: String)]]

    /// Characters of a long field shown while it is folded.
    static let previewLength = 24

    private static let shortKeys = ["category", "name", "subject"]

    func html() -> String {
        var out = "<table id=\"items\"><thead><tr><th>序号</th><th>权力类型</th><th>权力事项</th><th>行政主体</th>"
        out += "<th>其他字段</th><th>来源</th><th>提示</th></tr></thead><tbody>\n"
        for (index, item) in document.items.enumerated() { out += row(index, item) }
        return out + "</tbody></table>\n"
    }

    private func row(_ index: Int, _ item: Item) -> String {
        let fields = ItemField.of(item)
        var out = "<tr id=\"item-\(index)\" class=\"item \(marks.mark(item: index).cssClass)\" data-item=\"\(index)\">"
        let seq = HTMLText.escaped(String(item.seq)) + (item.seqSource == .inferred ? "<small>（推断）</small>" : "")
        out += "<td class=\"seq\"><a href=\"#item-\(index)\">\(seq)</a>\(addresses(item, "seq"))</td>"
        for key in Self.shortKeys {
            guard let field = fields.first(where: { $0.key == key }) else { continue }
            out += "<td class=\"f\" data-item=\"\(index)\" data-field=\"\(key)\">\(value(field, item))</td>"
        }
        out += "<td class=\"more\">"
        for field in fields where field.key != "seq" && !Self.shortKeys.contains(field.key) && field.value != nil {
            out += folded(field, item, index)
        }
        out += "</td><td class=\"src\">\(sources(item, fields))</td><td class=\"notes\">"
        out += (diagnosticsByItem[index] ?? []).map { "<a class=\"code\" href=\"#\($0.id)\">\(HTMLText.escaped($0.code))</a>" }.joined(separator: " ")
        return out + "</td></tr>\n"
    }

    private func value(_ field: ItemField, _ item: Item) -> String {
        guard let text = field.value else { return "<span class=\"none\">（无此列）</span>" }
        return HTMLText.escaped(text) + addresses(item, field.key)
    }

    private func folded(_ field: ItemField, _ item: Item, _ index: Int) -> String {
        let text = field.value ?? ""
        let preview = text.count > Self.previewLength ? String(text.prefix(Self.previewLength)) + "…" : text
        let label = HTMLText.escaped(field.label), key = HTMLText.escaped(field.key)
        guard field.isLong, text.count > Self.previewLength else {
            return "<div class=\"f\" data-item=\"\(index)\" data-field=\"\(key)\"><b>\(label)</b> \(HTMLText.escaped(text))\(addresses(item, field.key))</div>"
        }
        return "<details class=\"f\" data-item=\"\(index)\" data-field=\"\(key)\"><summary><b>\(label)</b> \(HTMLText.escaped(preview))</summary>"
            + "<div class=\"full\">\(HTMLText.escaped(text))\(addresses(item, field.key))</div></details>"
    }

    /// Where a field stands in a source without pages (a PDF's boxes say it on the page).
    private func addresses(_ item: Item, _ key: String) -> String {
        let places = (item.provenance?.fields[key] ?? []).filter { if case .pageBox = $0 { false } else { true } }
        guard !places.isEmpty else { return "" }
        return "<span class=\"addr\">" + places.map { HTMLText.escaped(SourceAddress.describe($0)) }.joined(separator: "、") + "</span>"
    }

    /// The pages the item spans, and the fields with a value but no place in the row.
    private func sources(_ item: Item, _ fields: [ItemField]) -> String {
        var out = item.pages.isEmpty ? "" : "第" + item.pages.map(String.init).joined(separator: "、") + "页"
        guard let provenance = item.provenance else { return out }
        let unplaced = fields.filter { field in
            guard let value = field.value, !value.isEmpty else { return false }
            return (provenance.fields[field.key] ?? []).isEmpty
        }
        if !unplaced.isEmpty {
            out += "<div class=\"unplaced\" title=\"不是从本行读到的（取自汇总表、分类标题或其他行），见提示\">无原位置："
            out += unplaced.map { HTMLText.escaped($0.label) }.joined(separator: "、") + "</div>"
        }
        return out
    }
}
