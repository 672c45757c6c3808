import MarkupParsing
import PowerListModel

/// A cell of a text export that may carry HTML (`<p>`, `<ol>`, `<li>`,
/// `<br>`, entities), read by libxml2's HTML parser: markup is not text, the
/// blocks and list items it delimits become the cell's lines (SPEC.md, "HTML
/// fragments"). A cell without `<` or `&` is plain text and is not parsed.
public enum HTMLFragment {
    /// - Parameter lineBreaksSeparateLines: a line break in the text (a quoted
    ///   cell of an export that kept one) ends a line, as `<br>` does; in a web
    ///   page's source it is only white space.
    public static func cell(from raw: String, lineBreaksSeparateLines: Bool = false) -> Cell {
        guard raw.contains("<") || raw.contains("&") else {
            guard lineBreaksSeparateLines else { return Cell(text: raw) }
            return Cell(lines: raw.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                .map { CellLine(String($0), followsSpace: true) })
        }
        // The fragment as the body of a page, so the parser puts nothing of it in a <head>.
        let page = Array("<html><body>".utf8) + Array(raw.utf8) + Array("</body></html>".utf8)
        guard let document = HTMLDocument(bytes: page, encoding: "UTF-8"),
              let body = document.root?.children.first(where: { $0.kind == .element && $0.name == "body" }) else {
            return Cell(text: raw)
        }
        var collector = CellLineCollector(lineBreaksSeparateLines: lineBreaksSeparateLines)
        collector.collect(body)
        return Cell(lines: collector.lines)
    }
}
