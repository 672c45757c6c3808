import MarkupParsing
import PowerListModel

/// Turns the content of an HTML element (a table cell, a text export's cell
/// fragment) into a cell's lines: blocks (`<p>`, `<div>`, headings, rows)
/// and `<br>` end a line, each `<li>` starts a list item, inline markup
/// (`<span>`, `<b>` …) keeps only its text, scripts and styles are dropped.
/// A table nested in the content gives its cells' text as further lines.
///
/// An `<ol>`/`<ul>` with text but no `<li>` is a list whose item tags an
/// exporter dropped; its items are what single spaces after closing
/// punctuation separate (`BareListItems`).
struct CellLineCollector {
    /// Whether a line break in a text node ends a line (see `HTMLFragment`).
    private let lineBreaksSeparateLines: Bool
    private(set) var lines: [CellLine] = []
    private var text = ""
    private var inBareList = false
    private var nextStartsItem = false

    init(lineBreaksSeparateLines: Bool = false) {
        self.lineBreaksSeparateLines = lineBreaksSeparateLines
    }

    static let lineBreaking: Set<String> = [
        "p", "div", "br", "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "pre", "blockquote", "hr",
        "section", "article", "header", "footer", "address", "figure", "figcaption", "center", "form", "fieldset",
    ]
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "head", "title", "select", "option", "button", "input", "textarea"]

    mutating func collect(_ node: HTMLNode) {
        for child in node.children { visit(child) }
        flush()
    }

    private mutating func visit(_ node: HTMLNode) {
        switch node.kind {
        case .text where lineBreaksSeparateLines:
            for (index, piece) in node.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).enumerated() {
                if index > 0 { flush() }
                text += piece
            }
        case .text:
            text += node.text
        case .other:
            return
        case .element:
            let name = node.name
            guard !Self.invisible.contains(name) else { return }
            switch name {
            case "li":
                flush()
                let outer = inBareList
                inBareList = false
                nextStartsItem = true
                for child in node.children { visit(child) }
                flush()
                nextStartsItem = false
                inBareList = outer
            case "ol", "ul":
                flush()
                let outer = inBareList
                inBareList = !node.children.contains { $0.kind == .element && $0.name == "li" }
                for child in node.children { visit(child) }
                flush()
                inBareList = outer
            case _ where Self.lineBreaking.contains(name):
                flush()
                for child in node.children { visit(child) }
                flush()
            default:
                for child in node.children { visit(child) }
            }
        }
    }

    private mutating func flush() {
        let pieces = inBareList ? BareListItems.split(text) : [text]
        for piece in pieces {
            let line = CellLine(piece, startsListItem: inBareList || nextStartsItem, followsSpace: true)
            if !line.text.isEmpty {
                lines.append(line)
                nextStartsItem = false
            }
        }
        text = ""
    }
}

/// Splits the text of an `<ol>` that lost its `<li>` tags. The remains of the
/// item boundaries are single spaces after an element's closing punctuation;
/// inside an element, sentences are never separated by a space.
enum BareListItems {
    static let closingPunctuation: Set<Character> = ["。", "；", ";", "！", "？"]

    static func split(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isWhitespace, let previous, closingPunctuation.contains(previous) {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        items.append(current)
        return items
    }
}
