import MarkupParsing
import PowerListModel

/// Reads `word/document.xml` in one pass: body paragraphs become paragraph
/// blocks, top-level tables become tables, paragraphs inside a cell become the
/// cell's lines. A table nested in a cell is flattened into lines of that
/// cell (`WordTableBuilder.flattenedLines`), so its text stays where the
/// author put it.
struct WordBodyReader {
    private let limits: OfficeReadingLimits
    private let parser: XMLPullParser
    /// `word/styles.xml`, read only when a paragraph's numbering may come
    /// from its style: the part is often larger than the document itself.
    private let stylesPart: [UInt8]?
    private var styles: ParagraphStyles?
    private var counters: ListCounters
    private var blocks: [StructuredDocument.Block] = []
    private var tables: [WordTableBuilder] = []
    private var paragraphs: [ParagraphBuilder] = []
    private var path: [String] = []
    private var cellCount = 0
    private var tableCount = 0

    /// Elements whose content is not what a reader sees: tracked deletions,
    /// earlier formatting kept by change tracking, content-control settings,
    /// the fallback copy of a drawing (its preferred copy is read), section setup.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "sdtPr", "sdtEndPr", "Fallback", "sectPr",
        "pPrChange", "rPrChange", "tblPrChange", "tcPrChange", "trPrChange", "tblGridChange", "numberingChange",
    ]

    init(bytes: [UInt8], stylesPart: [UInt8]?, numbering: NumberingDefinitions, limits: OfficeReadingLimits) throws(XMLParsingError) {
        self.limits = limits
        parser = try XMLPullParser(bytes: bytes, documentName: "word/document.xml")
        self.stylesPart = stylesPart
        counters = ListCounters(definitions: numbering)
    }

    mutating func read() throws(OfficeReadingError) -> StructuredDocument {
        try OfficeReadingError.reading("word/document.xml") {
            while true {
                switch try parser.next() {
                case .startElement:
                    let name = parser.localName
                    if Self.skipped.contains(name) || isForeignContent(name) {
                        try parser.skipElement()
                        continue
                    }
                    try start(name)
                    path.append(name)
                case .endElement:
                    try end(path.removeLast())
                case .text:
                    if path.last == "t", !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].append(parser.text) }
                case .endOfDocument:
                    return StructuredDocument(blocks: blocks)
                }
            }
        }
    }

    /// Paragraphs, runs and tables of another vocabulary — DrawingML's
    /// `a:p`/`a:t`/`a:tbl` in charts and shapes — are not the document's text
    /// (a text box's paragraphs are WordprocessingML, inside `w:txbxContent`).
    /// Math runs (`m:r`/`m:t`) are.
    private func isForeignContent(_ name: String) -> Bool {
        guard Self.structural.contains(name), let namespace = parser.namespaceURI else { return false }
        return !Self.documentNamespaces.contains(namespace)
    }

    private static let structural: Set<String> = ["p", "r", "t", "tbl", "tr", "tc"]
    private static let documentNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math",
    ]

    private mutating func start(_ name: String) throws(OfficeReadingError) {
        let value = parser.attribute("val")
        switch (path.last, name) {
        case (_, "p"): paragraphs.append(ParagraphBuilder())
        case ("pPr", "pStyle"): modifyParagraph { $0.styleID = value }
        case ("numPr", "ilvl"): modifyParagraph { $0.level = value.flatMap { Int($0) } }
        case ("numPr", "numId"): modifyParagraph { $0.numID = value }
        case ("r", "tab"): modifyParagraph { $0.append("\t") }
        case ("r", "br"), ("r", "cr"): modifyParagraph { $0.breakLine() }
        case ("r", "noBreakHyphen"): modifyParagraph { $0.append("-") }
        case (_, "tbl"): tables.append(WordTableBuilder())
        case ("tblGrid", "gridCol"): modifyTable { $0.addGridColumn() }
        case (_, "tr"): modifyTable { $0.startRow() }
        case ("trPr", "tblHeader"): if Self.isOn(value) { modifyTable { $0.markHeaderRow() } }
        case ("trPr", "gridBefore"): modifyTable { $0.skipColumns(value.flatMap { Int($0) } ?? 0) }
        case (_, "tc"):
            cellCount += 1
            guard cellCount <= limits.cells else {
                throw OfficeReadingError(.tooManyCells, "the document's tables have more than \(limits.cells) cells")
            }
            modifyTable { $0.startCell() }
        case ("tcPr", "gridSpan"): modifyTable { $0.setColumnSpan(value.flatMap { Int($0) } ?? 1) }
        case ("tcPr", "vMerge"): modifyTable { $0.setVerticalMerge(value == "restart" ? .restart : .continue) }
        default: break
        }
    }

    private mutating func end(_ name: String) throws(OfficeReadingError) {
        switch name {
        case "p":
            guard let paragraph = paragraphs.popLast() else { return }
            deliver(try lines(of: paragraph))
        case "tc":
            modifyTable { $0.endCell() }
        case "tbl":
            guard let table = tables.popLast() else { return }
            if let outer = tables.indices.last, tables[outer].hasOpenCell {
                tables[outer].appendLines(table.flattenedLines())
            } else {
                tableCount += 1
                let built = table.build(ordinal: tableCount)
                guard built.rowCount * built.columnCount <= limits.gridPositions else {
                    throw OfficeReadingError(.tooManyCells, "a table of \(built.rowCount) rows by \(built.columnCount) columns")
                }
                blocks.append(.table(built))
            }
        default:
            break
        }
    }

    /// The paragraph's lines, its list label (if Word numbers it) in front.
    private mutating func lines(of paragraph: ParagraphBuilder) throws(OfficeReadingError) -> [CellLine] {
        var styled = ParagraphStyles.Numbering()
        if let styleID = paragraph.styleID, paragraph.numID == nil || paragraph.level == nil {
            styled = try styleNumbering(styleID)
        }
        var label: ListCounters.Label?
        if let numID = paragraph.numID ?? styled.numID {
            label = counters.label(numID: numID, level: paragraph.level ?? styled.level ?? 0)
        }
        return paragraph.lines.enumerated().map { index, text in
            index == 0 && label != nil
                ? CellLine(label!.text + text, startsListItem: true, followsSpace: true) : CellLine(text, followsSpace: true)
        }
    }

    /// A paragraph in a cell gives the cell lines; one outside tables gives a
    /// paragraph block per line (a `w:br` in a title starts a new one).
    private mutating func styleNumbering(_ styleID: String) throws(OfficeReadingError) -> ParagraphStyles.Numbering {
        if styles == nil {
            let part = stylesPart
            styles = try OfficeReadingError.reading("word/styles.xml") { try part.map(ParagraphStyles.init(xml:)) ?? ParagraphStyles() }
        }
        return styles?.numbering(of: styleID) ?? ParagraphStyles.Numbering()
    }

    private mutating func deliver(_ lines: [CellLine]) {
        if let table = tables.indices.last, tables[table].hasOpenCell {
            tables[table].appendLines(lines)
        } else {
            blocks += lines.filter { !$0.text.isEmpty }.map { .paragraph($0.text) }
        }
    }

    private mutating func modifyParagraph(_ change: (inout ParagraphBuilder) -> Void) {
        if !paragraphs.isEmpty { change(&paragraphs[paragraphs.count - 1]) }
    }

    private mutating func modifyTable(_ change: (inout WordTableBuilder) -> Void) {
        if !tables.isEmpty { change(&tables[tables.count - 1]) }
    }

    /// WordprocessingML's on/off values: absent means on.
    private static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off"].contains(value)
    }
}

/// The text of one `w:p` as it is read: its lines (a `w:br` starts a new
/// one) and the numbering it asks for.
struct ParagraphBuilder {
    var styleID: String?
    var numID: String?
    var level: Int?
    private(set) var lines: [String] = [""]

    mutating func append(_ text: String) {
        lines[lines.count - 1] += text
    }

    mutating func breakLine() {
        lines.append("")
    }
}
