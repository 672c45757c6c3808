import PowerListModel

/// Reads a text-export cell that may carry HTML fragments. Markup is not
/// text: tags are removed, entities decoded, and the blocks and list items
/// they delimit become the cell's lines (SPEC.md, "HTML fragments").
public enum HTMLCellReader {
    public static func cell(from raw: String) -> Cell {
        guard raw.contains("<") || raw.contains("&") else { return Cell(text: raw) }
        var reader = Reader()
        var index = raw.startIndex
        while index < raw.endIndex {
            let character = raw[index]
            if character == "<", let close = raw[index...].firstIndex(of: ">"), let tag = Tag(raw[raw.index(after: index)..<close]) {
                reader.handle(tag)
                index = raw.index(after: close)
            } else if character == "&", let (decoded, next) = HTMLEntity.decode(raw, at: index) {
                reader.text.append(decoded)
                index = next
            } else {
                reader.text.append(character)
                index = raw.index(after: index)
            }
        }
        reader.flush()
        return Cell(lines: reader.lines)
    }

    private struct Tag {
        var name: Substring
        var isClosing: Bool

        init?(_ body: Substring) {
            var body = body.drop { $0 == " " }
            isClosing = body.first == "/"
            if isClosing { body = body.dropFirst() }
            name = body.prefix { $0.isLetter || $0.isNumber }
            guard !name.isEmpty, name.allSatisfy(\.isASCII) else { return nil }
        }

        var lowercasedName: String { name.lowercased() }
    }

    private struct Reader {
        var lines: [CellLine] = []
        var text = ""
        /// Inside an `<ol>`/`<ul>` whose items carry no `<li>`: the exporter
        /// dropped the item tags and left one space between items.
        var inBareList = false
        var nextStartsItem = false

        mutating func handle(_ tag: Tag) {
            switch tag.lowercasedName {
            case "ol", "ul":
                flush()
                inBareList = !tag.isClosing
            case "li":
                flush()
                inBareList = false
                nextStartsItem = !tag.isClosing
            case "p", "div", "br", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
            default:
                break // inline markup (<span>, <b> …) is dropped, its text kept
            }
        }

        mutating func flush() {
            let pieces = inBareList ? BareListSplitter.items(in: text) : [text]
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
}

/// Splits the text of an `<ol>` that lost its `<li>` tags. The remains of the
/// item boundaries are single spaces after an element's closing punctuation;
/// inside an element, sentences are never separated by a space.
enum BareListSplitter {
    static let closingPunctuation: Set<Character> = ["。", "；", ";", "！", "？"]

    static func items(in text: String) -> [String] {
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

enum HTMLEntity {
    static let named: [Substring: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–",
        "hellip": "…", "middot": "·", "emsp": " ", "ensp": " ", "times": "×",
    ]

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `start`; nil when it is not an entity.
    static func decode(_ text: String, at start: String.Index) -> (String, String.Index)? {
        let limit = text.index(start, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
        guard let semicolon = text[start..<limit].firstIndex(of: ";") else { return nil }
        let body = text[text.index(after: start)..<semicolon]
        let next = text.index(after: semicolon)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), next)
        }
        return named[body].map { ($0, next) }
    }
}
