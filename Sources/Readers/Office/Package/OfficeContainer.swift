/// What an office file's container holds, told from its structure rather than
/// its name: the main part a ZIP package's relationships point to, the
/// `mimetype` of an OpenDocument file, the streams of an OLE compound file.
public enum OfficeContainer: Sendable, Equatable {
    /// Office Open XML: `word/…` (.docx) or `xl/…` (.xlsx).
    case wordprocessing
    case spreadsheet
    /// OpenDocument (.odt, .ods).
    case openDocumentText
    case openDocumentSpreadsheet
    /// A ZIP archive that is none of these.
    case otherArchive
    /// An OLE compound file holding a password-protected .docx/.xlsx.
    case encryptedPackage
    /// Legacy binary formats in an OLE compound file: Word 97–2003 (and WPS
    /// Writer) documents, Excel 97–2003 (and WPS Spreadsheets) workbooks.
    case legacyWordDocument
    case legacyWorkbook
    case otherCompoundFile

    /// nil when the bytes are neither a ZIP archive nor an OLE compound file.
    public static func identify(_ bytes: [UInt8]) throws(OfficeReadingError) -> OfficeContainer? {
        if let directory = CompoundFileDirectory(bytes) {
            let names = directory.names
            if names.contains("EncryptionInfo") || names.contains("EncryptedPackage") { return .encryptedPackage }
            if names.contains("WordDocument") { return .legacyWordDocument }
            if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
            return .otherCompoundFile
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { return nil }
        let package = try OOXMLPackage(bytes: bytes)
        if let mimetype = try package.part("mimetype").map({ String(decoding: $0, as: UTF8.self) }) {
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.text") { return .openDocumentText }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return .openDocumentSpreadsheet }
        }
        let main = try PackageRelationships(of: "", in: package).targetsByType["officeDocument"]
        if let main, package.contains(main) {
            if main.lowercased().hasPrefix("word/") { return .wordprocessing }
            if main.lowercased().hasPrefix("xl/") { return .spreadsheet }
        }
        if package.contains("word/document.xml") { return .wordprocessing }
        if package.contains("xl/workbook.xml") { return .spreadsheet }
        return .otherArchive
    }

    /// Refuses a container that is not `expected`, naming what it is instead.
    static func require(_ expected: OfficeContainer, in bytes: [UInt8], reading kind: String) throws(OfficeReadingError) {
        let found = try identify(bytes)
        guard found != expected else { return }
        switch found {
        case .encryptedPackage:
            throw OfficeReadingError(.encrypted, "encrypted Office file (password-protected); save it without a password first")
        case .none:
            throw OfficeReadingError(.notAnOfficeDocument, "not a \(kind): neither a ZIP package nor an OLE compound file")
        case let other?:
            throw OfficeReadingError(.notAnOfficeDocument, "not a \(kind) but \(other.description)")
        }
    }

    var description: String {
        switch self {
        case .wordprocessing: "a Word document (.docx)"
        case .spreadsheet: "an Excel workbook (.xlsx)"
        case .openDocumentText: "an OpenDocument text (.odt)"
        case .openDocumentSpreadsheet: "an OpenDocument spreadsheet (.ods)"
        case .otherArchive: "a ZIP archive of something else"
        case .encryptedPackage: "an encrypted Office file"
        case .legacyWordDocument: "a legacy Word/WPS document (.doc/.wps)"
        case .legacyWorkbook: "a legacy Excel/WPS workbook (.xls/.et)"
        case .otherCompoundFile: "an OLE compound file of another kind"
        }
    }
}
