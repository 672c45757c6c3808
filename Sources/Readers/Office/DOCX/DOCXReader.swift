import MarkupParsing
import PowerListModel

/// Reads a Word document (.docx, WordprocessingML): the body's paragraphs and
/// tables in order, every cell where the author put it — `w:gridSpan` and
/// `w:vMerge` as spans, `w:tblHeader` rows as marked header rows, each
/// paragraph of a cell one line, and the labels of automatically numbered
/// paragraphs (`1、`, `（一）`, `①`) written in front of their text as Word
/// shows them. Headers, footers, footnotes and comments are not read: they
/// are page furniture, not the list.
public enum DOCXReader {
    public static func read(_ bytes: [UInt8], limits: OfficeReadingLimits = .standard) throws(OfficeReadingError) -> StructuredDocument {
        let kind = "Word document (.docx)"
        guard bytes.starts(with: [0x50, 0x4B]) else {
            try OfficeContainer.require(.wordprocessing, in: bytes, reading: kind)
            throw OfficeReadingError(.notAnOfficeDocument, "not a \(kind)")
        }
        let package = try OOXMLPackage(bytes: bytes, limits: limits)
        let main = try PackageRelationships(of: "", in: package).targetsByType["officeDocument"] ?? "word/document.xml"
        guard main.lowercased().hasPrefix("word/"), let document = try package.part(main) else {
            try OfficeContainer.require(.wordprocessing, in: bytes, reading: kind)
            throw OfficeReadingError(.notAnOfficeDocument, "not a \(kind): the package has no word/document.xml")
        }
        let parts = try PackageRelationships(of: main, in: package)
        let numberingPart = try parts.targetsByType["numbering"].flatMap(package.part)
        let stylesPart = try parts.targetsByType["styles"].flatMap(package.part)
        var body: WordBodyReader
        do {
            let numbering = try numberingPart.map(NumberingDefinitions.init(xml:)) ?? NumberingDefinitions()
            body = try WordBodyReader(bytes: document, stylesPart: stylesPart, numbering: numbering, limits: limits)
        } catch {
            throw OfficeReadingError(error)
        }
        return try body.read()
    }
}
