import PowerListModel

/// One self-contained HTML page for reviewing a conversion: the source pages
/// with a box over every place a field was read from, the items beside them,
/// the diagnostics linked to their items. Clicking a field, a box or a
/// diagnostic highlights the item and its places. Inputs without pages
/// (Word, Excel, web pages, text) show the items with each field's address.
/// Same document and pages in, same bytes out.
public enum ReviewReport {
    /// The report of `document` (converted with provenance), over `pages`,
    /// the PDF's pages as drawn (none for other inputs).
    public static func html(for document: PowerListDocument, pages: [RenderedPage]) -> String {
        let marks = ItemMarks(document: document)
        let diagnostics = DiagnosticsList(document: document, marks: marks)
        let items = ItemsTable(document: document, marks: marks, diagnosticsByItem: diagnostics.byItem())
        let title = document.list.title ?? document.source.file
        var out = "<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width\"><title>\(HTMLText.escaped(title)) — qzqd 核对报告</title>"
        out += "<style>\n\(ReportStyle.css)</style></head><body>\n"
        out += header(document, title: title)
        out += pages.isEmpty ? "<main class=\"nopages\">\n" : "<main>\n"
        if !pages.isEmpty { out += PagesSection(document: document, pages: pages, marks: marks).html() }
        out += "<section id=\"side\"><h2>事项（\(document.items.count)）</h2>\n" + items.html()
        out += "<h2>提示（\(document.diagnostics.count)）</h2>\n" + diagnostics.html() + "</section>\n</main>\n"
        return out + "<script>\n\(ReportStyle.script)\n</script>\n</body></html>\n"
    }

    private static func header(_ document: PowerListDocument, title: String) -> String {
        let source = document.source
        var facts = ["文件 \(source.file)", "格式 \(source.format.rawValue)"]
        if let pages = source.pages { facts.append("\(pages)页") }
        facts.append("\(document.items.count)项")
        let counts = [Diagnostic.Severity.error, .warning, .info].map { severity in
            "\(severity.rawValue) \(document.diagnostics.filter { $0.severity == severity }.count)"
        }
        facts.append("提示：" + counts.joined(separator: "，"))
        facts.append("SHA-256 \(source.sha256)")
        var out = "<header><h1>\(HTMLText.escaped(title))</h1><p>\(HTMLText.escaped(facts.joined(separator: " · ")))</p>"
        out += "<p class=\"legend\">"
        for mark in Mark.allCases {
            out += "<span><i class=\"\(mark.cssClass)\"></i>\(HTMLText.escaped(mark.meaning))</span>"
        }
        out += "<span>点击字段、框或提示可定位</span></p></header>\n"
        return out
    }
}
