import DelimitedReaders
import OfficeReaders
import PortalText
import TextExtraction

/// What an input file is, told from its bytes, the file name's extension only
/// breaking ties the bytes leave open (a legacy Word file is a .doc or a WPS
/// .wps; a ZIP too damaged to list is probably what its name says).
public enum SourceKind: String, Sendable, CaseIterable {
    case pdf
    case docx, xlsx
    case doc, xls, wps, et, odt, ods, rtf
    case html
    case csv, tsv
    /// Other text: a PDF text dump (flowing or `pdftotext -layout`).
    case text
    /// Text copied from a portal's list page (`PortalTextSniffer`).
    case portal
    /// A password-protected Office file (an OLE container with `EncryptionInfo`).
    case encryptedOffice = "encrypted-office"
    /// An archive, an image, any other binary file.
    case otherBinary = "other-binary"

    /// SPEC.md's `source.format` for an input of this kind; nil for inputs
    /// that are not read at all.
    public var sourceFormat: String? {
        switch self {
        case .csv, .tsv, .text, .portal: "text"
        case .encryptedOffice, .otherBinary: nil
        default: rawValue
        }
    }

    /// The formats read by converting them with LibreOffice first.
    public var isLegacyOffice: Bool {
        [.doc, .xls, .wps, .et, .odt, .ods, .rtf].contains(self)
    }

    /// Extensions batch runs pick up, each with the kind it suggests.
    public static let extensions: [String: SourceKind] = [
        "pdf": .pdf, "docx": .docx, "docm": .docx, "xlsx": .xlsx, "xlsm": .xlsx,
        "doc": .doc, "xls": .xls, "wps": .wps, "et": .et, "odt": .odt, "ods": .ods, "rtf": .rtf,
        "html": .html, "htm": .html, "shtml": .html, "csv": .csv, "tsv": .tsv, "tab": .tsv, "txt": .text, "text": .text,
    ]

    public static func sniff(bytes: [UInt8], fileName: String? = nil) -> SourceKind {
        let hinted = fileName.flatMap { name in name.split(separator: ".").last.flatMap { extensions[$0.lowercased()] } }
        if Signatures.isPDF(bytes) { return .pdf }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return container(bytes, hinted: hinted)
        }
        if Signatures.isRTF(bytes) { return .rtf }
        if Signatures.isHTML(bytes) { return .html }
        guard !Signatures.looksBinary(bytes), let text = try? TextDecoder.decode(bytes).text else {
            return Signatures.looksBinary(bytes) ? .otherBinary : .text
        }
        if hinted == .csv || hinted == .tsv { return hinted! }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.map(String.init)
        if TextLayoutSniffer.layout(of: lines) == .tabSeparated { return .tsv }
        if PortalTextSniffer.isPortalText(lines) { return .portal }
        return CSVReader.hasTableShape(text) ? .csv : .text
    }

    /// Control bytes that text never holds (see `Signatures.looksBinary`).
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        Signatures.looksBinary(bytes)
    }

    private static func container(_ bytes: [UInt8], hinted: SourceKind?) -> SourceKind {
        let office: Set<SourceKind> = [.docx, .xlsx, .doc, .xls, .wps, .et, .odt, .ods]
        guard let identified = try? OfficeContainer.identify(bytes) else {
            // Too damaged or too large to list: the reader of the kind its name says will tell why.
            return hinted.map { office.contains($0) ? $0 : .otherBinary } ?? .otherBinary
        }
        switch identified {
        case .wordprocessing: return .docx
        case .spreadsheet: return .xlsx
        case .openDocumentText: return .odt
        case .openDocumentSpreadsheet: return .ods
        case .encryptedPackage: return .encryptedOffice
        case .legacyWordDocument: return hinted == .wps ? .wps : .doc
        case .legacyWorkbook: return hinted == .et ? .et : .xls
        case .otherCompoundFile: return hinted.map { [.doc, .xls, .wps, .et].contains($0) ? $0 : .otherBinary } ?? .otherBinary
        case .otherArchive: return .otherBinary
        }
    }
}
