import QZQDKit

/// The exit statuses of a failed conversion, for `--help`, from the
/// statuses the library assigns, so the help cannot drift from the code.
enum ExitStatusTable {
    static var conversionFailures: String {
        let rows = ConversionError.Kind.allCases.map { ($0.exitStatus, $0.rawValue, explanation($0)) }
            + [(ExitStatus.cannotCreateOutput, FileFailure.outputUnwritableCode, "--output cannot be written")]
        return rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map { "  " + String($0.0).padding(3) + $0.1.padding(22) + $0.2 }
            .joined(separator: "\n")
    }

    /// The lowest and highest status of a file's own failure (not 66, 70).
    static var conversionRange: String {
        let statuses = ConversionError.Kind.allCases.map(\.exitStatus).filter { $0 < 64 }
        return "\(statuses.min() ?? 0)-\(statuses.max() ?? 0)"
    }

    private static func explanation(_ kind: ConversionError.Kind) -> String {
        switch kind {
        case .unreadable: "missing, a directory, or no permission"
        case .empty: "the file is empty or only white space"
        case .binary: "no format qzqd reads (an image, an archive, noise)"
        case .tooLarge: "larger than --max-bytes"
        case .undecodable: "text in no encoding qzqd can decode"
        case .notPDFOrDamaged: "not a PDF, truncated or corrupt"
        case .damagedDocument: "a Word/Excel/web/CSV file that is corrupt"
        case .encrypted: "no or wrong --password"
        case .noTextLayer: "a scanned PDF that OCR may not (--ocr never) or cannot read (no language data)"
        case .undecodablePDFText: "a PDF text layer that does not decode"
        case .notAPowerList: "no power-list table in it, or none OCR could make out"
        case .timeout: "took longer than --timeout"
        case .strictFailure: "--strict and the output has an error diagnostic"
        case .internalError: "a bug: please report it with the input"
        case .archiveBomb: "a zip inflating beyond any real list (zip bomb)"
        case .unsafeXML: "XML declaring entities (expansion bomb)"
        case .tooManyCells: "a sheet or table beyond any real list"
        case .converterMissing: "LibreOffice is needed for this legacy file"
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
