import MarkupParsing
import PowerListModel

/// Reads a web page as saved from a portal: in whatever encoding it is
/// (`HTMLEncoding`), parsed by libxml2's HTML parser, its headings and
/// paragraphs as paragraph blocks and its data tables as tables (spans laid
/// out by the HTML table model, `<thead>` rows marked as header rows,
/// `<caption>` as the table's name), page chrome ignored. A page in the
/// portal's "detail card" form — one small label/value table per item — is
/// given as the one table those cards make (`DetailCardReader`).
///
/// The page's `<title>` is not read: it is the browser tab's text, usually
/// the page heading again with the site's name after it.
public enum HTMLPageReader {
    public static func read(_ bytes: [UInt8]) throws(WebReadingError) -> StructuredDocument {
        let encoding = HTMLEncoding.detect(bytes)
        guard let page = HTMLDocument(bytes: bytes, encoding: encoding), let root = page.root else {
            throw WebReadingError(.unparsable, "libxml2 found no HTML document in the bytes (read as \(encoding))")
        }
        var walker = PageWalker()
        try walker.walk(root)
        walker.flush()
        return DetailCardReader.combiningCards(in: StructuredDocument(blocks: walker.blocks))
    }
}
