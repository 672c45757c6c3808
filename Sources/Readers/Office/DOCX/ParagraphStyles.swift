import MarkupParsing

/// The list numbering paragraph styles carry (`word/styles.xml`): a paragraph
/// styled `ListNumber` is numbered without a `w:numPr` of its own.
struct ParagraphStyles {
    struct Numbering: Equatable {
        var numID: String?
        var level: Int?
    }

    private var numbering: [String: Numbering] = [:]
    private var basedOn: [String: String] = [:]

    init() {}

    init(xml bytes: [UInt8]) throws(XMLParsingError) {
        let parser = try XMLPullParser(bytes: bytes, documentName: "word/styles.xml")
        var path: [String] = []
        var styleID: String?
        while true {
            switch try parser.next() {
            case .startElement:
                let name = parser.localName
                switch (path.last, name) {
                case ("styles", "style"):
                    styleID = parser.attribute("type") == "paragraph" ? parser.attribute("styleId") : nil
                case ("style", "basedOn"):
                    if let styleID, let parent = parser.attribute("val") { basedOn[styleID] = parent }
                case ("numPr", "numId"):
                    if let styleID { numbering[styleID, default: Numbering()].numID = parser.attribute("val") }
                case ("numPr", "ilvl"):
                    if let styleID { numbering[styleID, default: Numbering()].level = parser.attribute("val").flatMap { Int($0) } }
                default:
                    break
                }
                path.append(name)
            case .endElement:
                path.removeLast()
            case .text:
                continue
            case .endOfDocument:
                return
            }
        }
    }

    /// The numbering a style gives, inherited through `w:basedOn` (a chain
    /// that loops is cut where it meets itself).
    func numbering(of styleID: String) -> Numbering {
        var result = Numbering()
        var current: String? = styleID
        var seen: Set<String> = []
        while let style = current, seen.insert(style).inserted {
            let own = numbering[style]
            result.numID = result.numID ?? own?.numID
            result.level = result.level ?? own?.level
            current = basedOn[style]
        }
        return result
    }
}
