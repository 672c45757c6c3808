/// The text of one table cell as the layout gave it: its lines in order, before
/// any list splitting. Lines are physical lines (a PDF wraps every cell) or
/// markup blocks (a text export's `<p>` / `<li>`).
public struct Cell: Sendable, Equatable {
    public var lines: [CellLine]
    /// Where the cell was read from (one place per page, sheet cell or run of
    /// lines); empty when the reader cannot say (text that never had a place).
    public var places: [SourcePlace]

    public init(lines: [CellLine] = [], places: [SourcePlace] = []) {
        self.lines = lines.filter { !$0.text.isEmpty }
        self.places = SourcePlace.merged(places)
    }

    public init(text: String, places: [SourcePlace] = []) {
        self.init(lines: [CellLine(text)], places: places)
    }

    public var isEmpty: Bool { lines.isEmpty }

    /// Read by OCR (some line carries a confidence), not printed text.
    public var isRecognized: Bool { lines.contains { $0.confidence != nil } }

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
        places = SourcePlace.merged(places + other.places)
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
    /// Recognized by OCR: the lowest confidence (percent) of its characters;
    /// nil for printed text.
    public var confidence: UInt8?

    public init(_ text: String, startsListItem: Bool = false, followsSpace: Bool = false, confidence: UInt8? = nil) {
        self.text = TextNormalizer.collapseWhitespace(text)
        self.startsListItem = startsListItem
        self.followsSpace = followsSpace
        self.confidence = confidence
    }
}

