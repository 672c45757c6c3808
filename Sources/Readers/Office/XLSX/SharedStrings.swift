import MarkupParsing

/// `xl/sharedStrings.xml`: the workbook's strings, which cells refer to by
/// index. A rich-text string's runs (`<r><t>`) are concatenated; phonetic
/// guides (`<rPh>`) are not text a reader sees.
struct SharedStrings {
    private(set) var strings: [String] = []

    init() {}

    init(xml bytes: [UInt8], cellLimit: Int) throws(OfficeReadingError) {
        strings = try OfficeReadingError.reading("xl/sharedStrings.xml") {
            var strings: [String] = []
            let parser = try XMLPullParser(bytes: bytes, documentName: "xl/sharedStrings.xml")
            var current = ""
            var inText = false
            while true {
                switch try parser.next() {
                case .startElement:
                    switch parser.localName {
                    case "si": current = ""
                    case "t": inText = true
                    case "rPh", "phoneticPr": try parser.skipElement()
                    default: break
                    }
                case .endElement:
                    switch parser.localName {
                    case "si":
                        strings.append(SpreadsheetText.unescaped(current))
                        guard strings.count <= cellLimit else {
                            throw OfficeReadingError(.tooManyCells, "the workbook has more than \(cellLimit) shared strings")
                        }
                    case "t": inText = false
                    default: break
                    }
                case .text:
                    if inText { current += parser.text }
                case .endOfDocument:
                    return strings
                }
            }
        }
    }
}
