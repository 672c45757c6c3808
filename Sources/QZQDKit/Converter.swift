import Emission
import Foundation
import PowerListModel

/// How the input is to be read; `.auto` sniffs it from the bytes (and, where
/// the bytes leave it open, the file name's extension).
public enum InputFormat: String, Sendable, CaseIterable {
    case auto
    case pdf
    case docx
    case xlsx
    /// Legacy office files, read through LibreOffice.
    case doc, xls, wps, et, odt, ods, rtf
    /// A web page (a table, or one detail card per item).
    case html
    case csv
    /// Tab-separated, cells possibly carrying HTML.
    case tsv
    /// A non-layout PDF text dump.
    case flow
    /// A `pdftotext -layout` dump.
    case layout
    /// Text copied from a portal's list page (pipe tables, cards, paragraphs, chrome around them).
    case portal
}

public enum OutputStyle: String, Sendable {
    /// Sorted keys, 2-space indent, UTF-8 unescaped, trailing newline.
    case canonical
    /// RFC 8785 (JCS).
    case jcs
}

public struct ConversionOptions: Sendable {
    public var format: InputFormat
    public var password: String?
    /// Inputs larger than this are refused (`too-large`).
    public var maxBytes: Int
    /// Any error diagnostic makes the conversion fail (`strict`).
    public var strict: Bool
    public var style: OutputStyle
    /// Threads that read a PDF's pages: all cores for a single conversion; a
    /// batch running one worker process per core gives each file 1.
    /// Also the pages OCR recognizes at once (one Tesseract each).
    public var pdfThreads: Int
    /// Which PDF pages are read by OCR.
    public var ocr: OCRMode
    /// Told the pages OCR has read so far, of how many (serialized), while it runs.
    public var ocrProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// Each item says where its fields were read from (`provenance`).
    public var provenance: Bool

    public static let defaultMaxBytes = 256 * 1024 * 1024

    public init(
        format: InputFormat = .auto, password: String? = nil, maxBytes: Int = ConversionOptions.defaultMaxBytes, strict: Bool = false,
        style: OutputStyle = .canonical, pdfThreads: Int = ProcessInfo.processInfo.activeProcessorCount,
        ocr: OCRMode = .auto, ocrProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, provenance: Bool = false
    ) {
        self.format = format
        self.password = password
        self.maxBytes = maxBytes
        self.strict = strict
        self.style = style
        self.pdfThreads = max(1, pdfThreads)
        self.ocr = ocr
        self.ocrProgress = ocrProgress
        self.provenance = provenance
    }
}

public struct ConversionOutput: Sendable {
    public var document: PowerListDocument
    /// The serialized, schema-validated document.
    public var json: [UInt8]
}

/// One file to validated JSON: read → segment → split (`Pipeline`) → emit.
public enum Converter {
    public static func convert(fileAt path: String, options: ConversionOptions = ConversionOptions()) throws(ConversionError) -> ConversionOutput {
        let bytes = try InputFile.read(path, maxBytes: options.maxBytes)
        return try convert(bytes: bytes, fileName: (path as NSString).lastPathComponent, pdfPath: path, options: options)
    }

    public static func convert(bytes: [UInt8], fileName: String, options: ConversionOptions = ConversionOptions()) throws(ConversionError) -> ConversionOutput {
        guard bytes.count <= options.maxBytes else {
            throw ConversionError(.tooLarge, "\(bytes.count) bytes, over the limit of \(options.maxBytes) (--max-bytes)")
        }
        return try convert(bytes: bytes, fileName: fileName, pdfPath: nil, options: options)
    }

    private static func convert(bytes: [UInt8], fileName: String, pdfPath: String?, options: ConversionOptions) throws(ConversionError) -> ConversionOutput {
        let document = try Pipeline.run(bytes: bytes, fileName: fileName, path: pdfPath, options: options).document
        if options.strict, let error = document.diagnostics.first(where: { $0.severity == .error }) {
            throw ConversionError(.strictFailure, "error diagnostic \(error.code.rawValue) (--strict): \(error.message)")
        }
        do {
            let json = try DocumentEmitter.emit(document, style: options.style == .jcs ? .jcs : .canonical)
            return ConversionOutput(document: document, json: json)
        } catch {
            throw ConversionError(.internalError, "output failed schema validation (a bug, please report): \(error)")
        }
    }
}
