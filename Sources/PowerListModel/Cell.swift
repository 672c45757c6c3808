/// The text of one table cell as the layout gave it: its lines in order, before
/// any list splitting. Lines are physical lines (a PDF wraps every cell) or
/// markup blocks (a text export's `<p>` / `<li>`).
public struct Cell: Sendable, Equatable {
    public var lines: [CellLine]

    public init(lines: [CellLine] = []) {
        self.lines = lines.filter { !$0.text.isEmpty }
    }

    public init(text: String) {
        self.init(lines: [CellLine(text)])
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// The whole cell as one normalized string (SPEC.md: wrapped lines joined
    /// with no separator between CJK, one space where the source had one).
    public var text: String {
        var result = ""
        for line in lines {
            if !result.isEmpty, line.followsSpace { result.append(" ") }
            result.append(line.text)
        }
        return TextNormalizer.collapseWhitespace(result)
    }

    public mutating func append(_ other: Cell) {
        lines.append(contentsOf: other.lines)
    }
}

public struct CellLine: Sendable, Equatable {
    public var text: String
    /// Markup (an `<li>`, or a list item of an unnumbered `<ol>`) says a list
    /// element starts here, numbered or not.
    public var startsListItem: Bool
    /// The source had white space before this line (markup blocks, a Latin word
    /// wrapped after a space), so joining keeps one space.
    public var followsSpace: Bool

    public init(_ text: String, startsListItem: Bool = false, followsSpace: Bool = false) {
        self.text = TextNormalizer.collapseWhitespace(text)
        self.startsListItem = startsListItem
        self.followsSpace = followsSpace
    }
}

public enum TextNormalizer {
    /// Runs of white space (including U+3000 and NBSP) become one space; trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{3000}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for Latin letters and ASCII / full-width digits: the characters
    /// between which a join keeps a space.
    public static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }
}
