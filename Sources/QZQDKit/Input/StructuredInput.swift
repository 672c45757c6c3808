import DelimitedReaders
import OfficeReaders
import PortalText
import PowerListModel
import StructuredTables
import TextExtraction
import WebReaders

/// Formats that delimit their own cells — Word, Excel (and the legacy office
/// formats LibreOffice converts to them), web pages, CSV and tab-separated
/// exports: their reader gives a `StructuredDocument`, which the structured
/// table reader turns into the `Table`.
enum StructuredInput {
    enum Format: Sendable {
        case docx, xlsx, html, csv, tsv, portal
        case legacy(LegacyOfficeFormat)
    }

    static func table(bytes: [UInt8], format: Format) throws(ConversionError) -> Table {
        let (document, diagnostics) = try self.document(bytes: bytes, format: format)
        do {
            var table = try StructuredTableReader.read(document)
            table.diagnostics = diagnostics + table.diagnostics
            return table
        } catch {
            throw ConversionError(.notAPowerList, "no power-list table found (\(error.reason))")
        }
    }

    /// The document, and what decoding a text format had to say.
    static func document(bytes: [UInt8], format: Format) throws(ConversionError) -> (StructuredDocument, [Diagnostic]) {
        switch format {
        case .docx: (try office { () throws(OfficeReadingError) in try DOCXReader.read(bytes) }, [])
        case .xlsx: (try office { () throws(OfficeReadingError) in try XLSXReader.read(bytes) }, [])
        case .legacy(let legacy): (try office { () throws(OfficeReadingError) in try LegacyOfficeReader.read(bytes, format: legacy) }, [])
        case .html: (try web { () throws(WebReadingError) in try HTMLPageReader.read(bytes) }, [])
        case .csv, .tsv:
            try delimited(bytes, format: format)
        case .portal:
            try portal(bytes)
        }
    }

    private static func delimited(_ bytes: [UInt8], format: Format) throws(ConversionError) -> (StructuredDocument, [Diagnostic]) {
        let (text, diagnostics): (String, [Diagnostic])
        do {
            (text, diagnostics) = try TextExtractor.decode(bytes)
        } catch {
            throw ConversionError(.undecodable, error.message)
        }
        let document = try delimited { () throws(DelimitedReadingError) in
            if case .csv = format { return try CSVReader.read(text: text) }
            return try TSVReader.read(text: text)
        }
        return (document, diagnostics)
    }

    /// Text copied from a portal page, with what decoding it and reading it had to say.
    private static func portal(_ bytes: [UInt8]) throws(ConversionError) -> (StructuredDocument, [Diagnostic]) {
        let (text, diagnostics): (String, [Diagnostic])
        do {
            (text, diagnostics) = try TextExtractor.decode(bytes)
        } catch {
            throw ConversionError(.undecodable, error.message)
        }
        let page = PortalTextReader.read(text: text)
        return (page.document, diagnostics + page.diagnostics)
    }

    private static func office(_ read: () throws(OfficeReadingError) -> StructuredDocument) throws(ConversionError) -> StructuredDocument {
        do {
            return try read()
        } catch {
            let kind: ConversionError.Kind = switch error.kind {
            case .notAnOfficeDocument: .binary
            case .damaged, .malformedXML, .conversionFailed: .damagedDocument
            case .encrypted: .encrypted
            case .tooLargeUncompressed, .tooManyEntries: .archiveBomb
            case .entityDeclarations: .unsafeXML
            case .tooManyCells: .tooManyCells
            case .converterMissing: .converterMissing
            case .conversionTimedOut: .timeout
            }
            throw ConversionError(kind, error.message)
        }
    }

    private static func web(_ read: () throws(WebReadingError) -> StructuredDocument) throws(ConversionError) -> StructuredDocument {
        do {
            return try read()
        } catch {
            let kind: ConversionError.Kind = switch error.kind {
            case .unparsable: .damagedDocument
            case .tooManyCells: .tooManyCells
            }
            throw ConversionError(kind, error.message)
        }
    }

    private static func delimited(_ read: () throws(DelimitedReadingError) -> StructuredDocument) throws(ConversionError) -> StructuredDocument {
        do {
            return try read()
        } catch {
            let kind: ConversionError.Kind = switch error.kind {
            case .undecodable: .undecodable
            case .unterminatedQuote: .damagedDocument
            case .tooManyCells: .tooManyCells
            }
            throw ConversionError(kind, error.message)
        }
    }
}
