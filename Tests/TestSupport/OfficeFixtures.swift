import Foundation
import ZIPFoundation

/// Small office files made in the test, so each one shows exactly the
/// structure it tests: ZIP packages of given parts, Word documents and
/// Excel workbooks around given XML, OLE compound files with given streams.
public enum OfficeFixtures {
    /// A ZIP archive holding `entries` in order, deflated unless told otherwise.
    public static func zip(_ entries: [(path: String, bytes: [UInt8])], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let sheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// A .docx whose body is `body` (WordprocessingML, `w:` prefix), with
    /// `numbering.xml` and `styles.xml` when given (their content inside the root element).
    public static func wordDocument(body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        try wordDocument(documentXML: "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>\(body)</w:body></w:document>", numbering: numbering, styles: styles)
    }

    /// A .docx whose `word/document.xml` is `documentXML` exactly (a DTD, a prolog …).
    public static func wordDocument(documentXML: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "word/document.xml")])),
            ("word/document.xml", documentXML),
        ]
        var documentRelationships: [(String, String, String)] = []
        if let numbering {
            parts.append(("word/numbering.xml", "<w:numbering xmlns:w=\"\(wordNamespace)\">\(numbering)</w:numbering>"))
            documentRelationships.append(("rId1", "numbering", "numbering.xml"))
        }
        if let styles {
            parts.append(("word/styles.xml", "<w:styles xmlns:w=\"\(wordNamespace)\">\(styles)</w:styles>"))
            documentRelationships.append(("rId2", "styles", "styles.xml"))
        }
        parts.append(("word/_rels/document.xml.rels", relationships(documentRelationships)))
        return try zip(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    public struct Sheet {
        public var name: String
        /// The worksheet's content inside `<worksheet>` (`<sheetData>…</sheetData><mergeCells>…`).
        public var xml: String
        public var state: String

        public init(name: String, xml: String, state: String = "visible") {
            self.name = name
            self.xml = xml
            self.state = state
        }
    }

    /// A .xlsx of `sheets`, with `sharedStrings.xml` (its `<si>` elements) and
    /// `styles.xml` (the content of its `<styleSheet>`) when given.
    public static func workbook(_ sheets: [Sheet], sharedStrings: String? = nil, styles: String? = nil) throws -> [UInt8] {
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" state=\"\(sheet.state)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", "<workbook xmlns=\"\(sheetNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList)</sheets></workbook>"),
        ]
        var workbookRelationships = sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<worksheet xmlns=\"\(sheetNamespace)\">\(sheet.xml)</worksheet>"))
        }
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(sheetNamespace)\">\(sharedStrings)</sst>"))
            workbookRelationships.append(("rIdStrings", "sharedStrings", "sharedStrings.xml"))
        }
        if let styles {
            parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(sheetNamespace)\">\(styles)</styleSheet>"))
            workbookRelationships.append(("rIdStyles", "styles", "styles.xml"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", relationships(workbookRelationships)))
        return try zip(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    static let contentTypes = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"

    static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        let list = entries.map { "<Relationship Id=\"\($0.id)\" Type=\"\(relationshipType)\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
        return "<Relationships xmlns=\"\(relationshipsNamespace)\">\(list)</Relationships>"
    }

    /// An OLE compound file (MS-CFB, 512-byte sectors) whose directory holds
    /// the root and up to three streams named `streams`, all empty.
    public static func compoundFile(streams: [String]) -> [UInt8] {
        precondition(streams.count <= 3)
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8], width: Int = 4) {
            for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        header.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        put(0x3E, at: 0x18, in: &header, width: 2)
        put(3, at: 0x1A, in: &header, width: 2)
        put(0xFFFE, at: 0x1C, in: &header, width: 2)
        put(9, at: 0x1E, in: &header, width: 2)
        put(6, at: 0x20, in: &header, width: 2)
        put(1, at: 0x2C, in: &header)          // one FAT sector
        put(1, at: 0x30, in: &header)          // the directory starts at sector 1
        put(4096, at: 0x38, in: &header)
        put(0xFFFF_FFFE, at: 0x3C, in: &header)
        put(0xFFFF_FFFE, at: 0x44, in: &header)
        for slot in 0..<109 { put(slot == 0 ? 0 : 0xFFFF_FFFF, at: 0x4C + slot * 4, in: &header) }
        var fat = [UInt8](repeating: 0xFF, count: 512)
        put(0xFFFF_FFFD, at: 0, in: &fat)      // sector 0 is the FAT itself
        put(0xFFFF_FFFE, at: 4, in: &fat)      // sector 1 ends the directory chain
        var directory = [UInt8](repeating: 0, count: 512)
        for (index, (name, type)) in ([("Root Entry", UInt8(5))] + streams.map { ($0, UInt8(2)) }).enumerated() {
            let offset = index * 128
            let units = Array(name.utf16) + [0]
            for (position, unit) in units.enumerated() { put(UInt32(unit), at: offset + position * 2, in: &directory, width: 2) }
            put(UInt32(units.count * 2), at: offset + 0x40, in: &directory, width: 2)
            directory[offset + 0x42] = type
        }
        return header + fat + directory
    }
}
