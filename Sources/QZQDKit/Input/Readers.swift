import PowerListModel
import TextExtraction

/// The reader an input goes to.
public enum ReaderKind: String, Sendable, CaseIterable {
    case pdf
    case tabSeparated = "tsv"
    case flow
    case layout
}

/// Picks the reader for an input — the format given, or the one its bytes
/// show — and runs it. Conversion and `Pipeline.readerKind` decide through
/// the same `detect`, so what the tests check is what production does.
enum Readers {
    enum Detected {
        case pdf
        case text(ExtractedText)

        var kind: ReaderKind {
            switch self {
            case .pdf: .pdf
            case .text(let text):
                switch text.layout {
                case .tabSeparated: .tabSeparated
                case .flow: .flow
                case .layout: .layout
                }
            }
        }
    }

    static func detect(bytes: [UInt8], format: InputFormat) throws(ConversionError) -> Detected {
        if format == .pdf || (format == .auto && InputSniffer.isPDF(bytes)) { return .pdf }
        return .text(try TextInput.decode(bytes: bytes, format: format))
    }

    static func table(bytes: [UInt8], path: String?, options: ConversionOptions) throws(ConversionError) -> (Table, SourceFormat) {
        switch try detect(bytes: bytes, format: options.format) {
        case .pdf: (try PDFInput.table(bytes: bytes, path: path, password: options.password), .pdf)
        case .text(let text): (try TextInput.table(text), .text)
        }
    }
}

extension Pipeline {
    /// The reader `run` would hand `bytes` to.
    public static func readerKind(for bytes: [UInt8], format: InputFormat = .auto) throws(ConversionError) -> ReaderKind {
        try Readers.detect(bytes: bytes, format: format).kind
    }
}
