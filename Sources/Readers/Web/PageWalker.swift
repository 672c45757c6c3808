import MarkupParsing
import PowerListModel

/// Walks a page's body in reading order: text outside tables becomes
/// paragraph blocks (a block element or `<br>` ends one), every data table a
/// table block, page chrome is passed over (`PageChrome`).
///
/// Portals lay pages out in tables: a table that holds other tables and has
/// no rows of data of its own (fewer than two rows with three cells of text)
/// is a layout table, and its cells are walked like any other container. A
/// table nested in a data table's cell stays in that cell, as its lines.
struct PageWalker {
    private(set) var blocks: [StructuredDocument.Block] = []
    private var text = ""
    private var tableCount = 0

    private static let blockElements = CellLineCollector.lineBreaking.union(["li", "ol", "ul", "main", "body", "html", "nav"])
    private static let contentElements: Set<String> = ["article", "main", "section"]

    mutating func walk(_ node: HTMLNode, inContent: Bool = false) throws(WebReadingError) {
        for child in node.children {
            switch child.kind {
            case .text:
                text += child.text
            case .other:
                continue
            case .element:
                guard !PageChrome.isChrome(child, inContent: inContent) else { continue }
                let name = child.name
                if name == "table" {
                    flush()
                    try table(child, inContent: inContent)
                    continue
                }
                let isBlock = Self.blockElements.contains(name)
                if isBlock { flush() }
                try walk(child, inContent: inContent || Self.contentElements.contains(name))
                if isBlock { flush() }
            }
        }
    }

    /// Ends the pending paragraph.
    mutating func flush() {
        let paragraph = TextNormalizer.collapseWhitespace(text)
        if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
        text = ""
    }

    private mutating func table(_ node: HTMLNode, inContent: Bool) throws(WebReadingError) {
        let rows = HTMLTableLayout.rows(of: node)
        if Self.isLayoutTable(rows) {
            for row in rows {
                for cell in HTMLTableLayout.cells(of: row.node) {
                    try walk(cell, inContent: inContent)
                    flush()
                }
            }
            return
        }
        let table = try HTMLTableLayout.table(node, ordinal: tableCount + 1)
        guard table.cells.contains(where: { !$0.content.isEmpty }) else { return }
        tableCount += 1
        blocks.append(.table(table))
    }

    private static func isLayoutTable(_ rows: [HTMLTableLayout.Row]) -> Bool {
        let cells = rows.map { HTMLTableLayout.cells(of: $0.node) }
        guard cells.joined().contains(where: { !$0.descendants(named: "table").isEmpty }) else { return false }
        return cells.filter { row in row.filter(hasOwnText).count >= 3 }.count < 2
    }

    /// Text in the element outside any table nested in it.
    private static func hasOwnText(_ node: HTMLNode) -> Bool {
        node.children.contains { child in
            switch child.kind {
            case .text: !TextNormalizer.collapseWhitespace(child.text).isEmpty
            case .element: child.name != "table" && hasOwnText(child)
            case .other: false
            }
        }
    }
}
