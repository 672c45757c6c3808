import FormatSniffing
import OfficeReaders
import PowerListModel
import TextExtraction

/// Picks the reader for an input — the format given, or the one its bytes
/// (and, where they leave it open, its name) show — and runs it. Conversion
/// and `Pipeline.readerFormat` decide through the same `detect`, so what the
/// tests check is what production does.
enum Readers {
    enum Detected {
        case pdf
        case structured(StructuredInput.Format, InputFormat)
        case text(ExtractedText)

        /// The format the input is read as.
        var format: InputFormat {
            switch self {
            case .pdf: .pdf
            case .structured(_, let format): format
            case .text(let text):
                switch text.layout {
                case .tabSeparated: .tsv
                case .flow: .flow
                case .layout: .layout
                }
            }
        }

        /// SPEC.md's `source.format`: the format's own name (a legacy office
        /// file keeps its kind); CSV and tab-separated exports and dumps are text.
        var sourceFormat: SourceFormat {
            SourceFormat(rawValue: format.rawValue) ?? .text
        }
    }

    static func detect(bytes: [UInt8], fileName: String?, format: InputFormat) throws(ConversionError) -> Detected {
        let format = format == .auto ? try sniffed(bytes: bytes, fileName: fileName) : format
        switch format {
        case .pdf: return .pdf
        case .docx: return .structured(.docx, .docx)
        case .xlsx: return .structured(.xlsx, .xlsx)
        case .html: return .structured(.html, .html)
        case .csv: return .structured(.csv, .csv)
        case .tsv: return .structured(.tsv, .tsv)
        case .portal: return .structured(.portal, .portal)
        case .doc, .xls, .wps, .et, .odt, .ods, .rtf:
            return .structured(.legacy(LegacyOfficeFormat(rawValue: format.rawValue)!), format)
        case .flow, .layout, .auto:
            return .text(try TextInput.decode(bytes: bytes, format: format))
        }
    }

    /// What the bytes are; `.auto` for a text dump whose layout the text
    /// reader decides.
    private static func sniffed(bytes: [UInt8], fileName: String?) throws(ConversionError) -> InputFormat {
        let kind = SourceKind.sniff(bytes: bytes, fileName: fileName)
        switch kind {
        case .pdf, .docx, .xlsx, .doc, .xls, .wps, .et, .odt, .ods, .rtf, .html, .csv, .tsv, .portal:
            // The kinds a reader takes share their names with the formats.
            return InputFormat(rawValue: kind.rawValue)!
        case .text:
            return .auto
        case .encryptedOffice:
            throw ConversionError(.encrypted, "encrypted Office file (password-protected); save it without a password first")
        case .otherBinary:
            throw ConversionError(.binary, "\(InputSniffer.binaryKind(bytes) ?? "binary data"): not a list format qzqd reads (PDF, Word, Excel, web page, text export)")
        }
    }

    static func table(bytes: [UInt8], fileName: String?, path: String?, options: ConversionOptions) throws(ConversionError) -> (Table, SourceFormat) {
        let detected = try detect(bytes: bytes, fileName: fileName, format: options.format)
        let table: Table = switch detected {
        case .pdf:
            try PDFInput.table(
                bytes: bytes, path: path, password: options.password,
                scanned: ScannedPages(mode: options.ocr, threads: options.pdfThreads, progress: options.ocrProgress)
            )
        case .structured(let format, _): try StructuredInput.table(bytes: bytes, format: format)
        case .text(let text): try TextInput.table(text)
        }
        return (table, detected.sourceFormat)
    }
}

extension Pipeline {
    /// The format `run` would read `bytes` as (never `.auto`).
    public static func readerFormat(for bytes: [UInt8], fileName: String? = nil, format: InputFormat = .auto) throws(ConversionError) -> InputFormat {
        try Readers.detect(bytes: bytes, fileName: fileName, format: format).format
    }
}
