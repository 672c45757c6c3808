import MarkupParsing
import PowerListModel

/// Streams one worksheet part (`xl/worksheets/sheetN.xml`): its cells' values
/// as Excel displays them and its merged ranges. No tree is built: sheets
/// can be large and only the values and merges matter.
struct WorksheetReader {
    struct Sheet {
        var cells: [(reference: CellReference, text: String)] = []
        var merges: [CellRange] = []
        /// `<c>` elements read, empty ones included: what the cell limit counts.
        var cellElements = 0
    }

    let partName: String
    let sharedStrings: SharedStrings
    let dateStyles: DateStyles
    let cellLimit: Int

    func read(_ bytes: [UInt8]) throws(OfficeReadingError) -> Sheet {
        try OfficeReadingError.reading(partName) {
            let parser = try XMLPullParser(bytes: bytes, documentName: partName)
            var sheet = Sheet()
            var row = -1, column = -1
            var cell = PendingCell()
            var path: [String] = []
            while true {
                switch try parser.next() {
                case .startElement:
                    let name = parser.localName
                    switch (path.last, name) {
                    case ("sheetData", "row"):
                        row = parser.attribute("r").flatMap { Int($0) }.map { min(max($0 - 1, 0), CellReference.maximumRow) } ?? row + 1
                        column = -1
                    case ("row", "c"):
                        sheet.cellElements += 1
                        guard sheet.cellElements <= cellLimit else {
                            throw OfficeReadingError(.tooManyCells, "\(partName) has more than \(cellLimit) cells")
                        }
                        let reference = parser.attribute("r").flatMap(CellReference.init)
                            ?? CellReference(row: max(row, 0), column: min(column + 1, CellReference.maximumColumn))
                        (row, column) = (reference.row, reference.column)
                        let style = parser.attribute("s").flatMap { Int($0) } ?? 0
                        cell = PendingCell(reference: reference, type: parser.attribute("t") ?? "n", isDate: dateStyles.isDate(style: style))
                    case ("c", "f"), ("is", "rPh"), ("is", "phoneticPr"):
                        try parser.skipElement()
                        continue
                    case ("mergeCells", "mergeCell"):
                        if let range = parser.attribute("ref").flatMap(CellRange.init) { sheet.merges.append(range) }
                    default:
                        break
                    }
                    path.append(name)
                case .endElement:
                    let name = path.removeLast()
                    if name == "c", let text = try cell.displayedText(sharedStrings, dateStyles: dateStyles), !text.isEmpty {
                        sheet.cells.append((cell.reference, text))
                    }
                case .text:
                    switch path.last {
                    case "v": cell.value += parser.text
                    case "t" where path.contains("is"): cell.inlineText += parser.text
                    default: break
                    }
                case .endOfDocument:
                    return sheet
                }
            }
        }
    }
}

/// A `<c>` element being read.
private struct PendingCell {
    var reference = CellReference(row: 0, column: 0)
    var type = "n"
    /// The cell's style shows its number as a date.
    var isDate = false
    var value = ""
    var inlineText = ""

    /// The value as Excel shows it in a cell of General format.
    func displayedText(_ sharedStrings: SharedStrings, dateStyles: DateStyles) throws(OfficeReadingError) -> String? {
        switch type {
        case "s":
            guard let index = Int(value.trimmingWhitespace) else { return nil }
            guard sharedStrings.strings.indices.contains(index) else {
                throw OfficeReadingError(.malformedXML, "a cell refers to shared string \(index), which the workbook does not have")
            }
            return sharedStrings.strings[index]
        case "inlineStr": return SpreadsheetText.unescaped(inlineText)
        case "str", "e", "d": return SpreadsheetText.unescaped(value)
        case "b": return value.isEmpty ? nil : SpreadsheetText.boolean(value)
        default:
            guard !value.isEmpty else { return nil }
            if isDate, let serial = Double(value.trimmingWhitespace), serial >= 0 { return dateStyles.text(of: serial) }
            return SpreadsheetText.number(value.trimmingWhitespace)
        }
    }
}

private extension String {
    var trimmingWhitespace: String { TextNormalizer.collapseWhitespace(self) }
}
