import MarkupParsing
import PowerListModel

/// Reads an Excel workbook (.xlsx, SpreadsheetML): one table per visible
/// sheet, in the workbook's order, named after the sheet; values as Excel
/// displays them (shared, inline and rich-text strings; integers without a
/// decimal point, dates as `2024-01-05`); merged ranges as spans; a cell's
/// line breaks as its lines.
///
/// Hidden sheets are not read: a reader of the workbook does not see them,
/// and they hold helper lists (drop-down choices, lookups), not the list.
/// A table's ordinal is its sheet's position among all sheets, hidden ones
/// included, so provenance names the sheet Excel shows.
public enum XLSXReader {
    public static func read(_ bytes: [UInt8], limits: OfficeReadingLimits = .standard) throws(OfficeReadingError) -> StructuredDocument {
        let kind = "Excel workbook (.xlsx)"
        guard bytes.starts(with: [0x50, 0x4B]) else {
            try OfficeContainer.require(.spreadsheet, in: bytes, reading: kind)
            throw OfficeReadingError(.notAnOfficeDocument, "not an \(kind)")
        }
        let package = try OOXMLPackage(bytes: bytes, limits: limits)
        let main = try PackageRelationships(of: "", in: package).targetsByType["officeDocument"] ?? "xl/workbook.xml"
        guard main.lowercased().hasPrefix("xl/"), let workbook = try package.part(main) else {
            try OfficeContainer.require(.spreadsheet, in: bytes, reading: kind)
            throw OfficeReadingError(.notAnOfficeDocument, "not an \(kind): the package has no xl/workbook.xml")
        }
        let parts = try PackageRelationships(of: main, in: package)
        let sharedStrings = try parts.targetsByType["sharedStrings"].flatMap(package.part)
            .map { bytes throws(OfficeReadingError) in try SharedStrings(xml: bytes, cellLimit: limits.cells) } ?? SharedStrings()
        var dateStyles = try parts.targetsByType["styles"].flatMap(package.part).map(DateStyles.init(xml:)) ?? DateStyles()
        let (sheets, counts1904) = try contents(of: workbook, part: main)
        dateStyles.counts1904 = counts1904
        var blocks: [StructuredDocument.Block] = []
        var cellsLeft = limits.cells
        for (ordinal, sheet) in sheets.enumerated() where sheet.isVisible {
            guard let partName = parts.targets[sheet.relationshipID], let sheetBytes = try package.part(partName) else {
                throw OfficeReadingError(.notAnOfficeDocument, "sheet \(sheet.name) names a part the package does not have")
            }
            let reader = WorksheetReader(partName: partName, sharedStrings: sharedStrings, dateStyles: dateStyles, cellLimit: cellsLeft)
            let values = try reader.read(sheetBytes)
            cellsLeft -= values.cellElements
            blocks.append(.table(try SheetTable.build(values, name: sheet.name, ordinal: ordinal + 1, maximumPositions: limits.gridPositions)))
        }
        return StructuredDocument(blocks: blocks)
    }

    private struct SheetEntry {
        var name: String
        var relationshipID: String
        var isVisible: Bool
    }

    /// The `<sheet>` entries of `xl/workbook.xml`, in order, and whether
    /// the workbook counts its dates from 1904.
    private static func contents(of workbook: [UInt8], part: String) throws(OfficeReadingError) -> ([SheetEntry], Bool) {
        try OfficeReadingError.reading(part) {
            let parser = try XMLPullParser(bytes: workbook, documentName: part)
            var sheets: [SheetEntry] = []
            var counts1904 = false
            while true {
                switch try parser.next() {
                case .startElement where parser.localName == "workbookPr":
                    counts1904 = ["1", "true"].contains(parser.attribute("date1904") ?? "")
                case .startElement where parser.localName == "sheet":
                    guard let name = parser.attribute("name"), let id = parser.attribute("id") else { continue }
                    let state = parser.attribute("state") ?? "visible"
                    sheets.append(SheetEntry(name: name, relationshipID: id, isVisible: state == "visible"))
                case .endOfDocument:
                    return (sheets, counts1904)
                default:
                    continue
                }
            }
        }
    }
}
