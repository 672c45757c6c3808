import PowerListModel

/// The office formats read through LibreOffice, each with the Office Open XML
/// format it is converted to.
public enum LegacyOfficeFormat: String, Sendable, CaseIterable {
    case doc, xls, wps, et, odt, ods, rtf

    public var target: LibreOfficeConverter.Target {
        switch self {
        case .doc, .wps, .odt, .rtf: .docx
        case .xls, .et, .ods: .xlsx
        }
    }
}

/// Reads a legacy office file: converted to .docx or .xlsx by LibreOffice,
/// then read by `DOCXReader` or `XLSXReader`. What the document is stays the
/// caller's to report (`source.format` keeps the original kind).
public enum LegacyOfficeReader {
    public static func read(
        _ bytes: [UInt8], format: LegacyOfficeFormat, limits: OfficeReadingLimits = .standard,
        soffice: String? = LibreOfficeConverter.locate(), timeLimit: Duration = LibreOfficeConverter.defaultTimeLimit
    ) throws(OfficeReadingError) -> StructuredDocument {
        if (try? OfficeContainer.identify(bytes)) == .encryptedPackage {
            throw OfficeReadingError(.encrypted, "encrypted Office file (password-protected); save it without a password first")
        }
        let converted = try LibreOfficeConverter.convert(bytes, fileExtension: format.rawValue, to: format.target, soffice: soffice, timeLimit: timeLimit)
        switch format.target {
        case .docx: return try DOCXReader.read(converted, limits: limits)
        case .xlsx: return try XLSXReader.read(converted, limits: limits)
        }
    }
}
