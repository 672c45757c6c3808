import CanonicalJSON
import Emission
import Foundation
import PowerListModel

/// Reads documents back for the outputs (export, diff, a batch's database):
/// a `.json` file qzqd wrote is decoded; any other input is converted.
public enum DocumentReader {
    /// A document qzqd wrote: JSON that passes the power-list schema.
    public static func decode(fileAt path: String) throws(DocumentReadingError) -> PowerListDocument {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, maxBytes: ConversionOptions.defaultMaxBytes)
        } catch {
            throw .input(error)
        }
        return try decode(bytes)
    }

    public static func decode(_ bytes: [UInt8]) throws(DocumentReadingError) -> PowerListDocument {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .notADocument("not JSON: \(error)")
        }
        let schema = PowerListSchema.validator
        guard schema.isValid(json) else {
            let violations = schema.validate(json).map(\.description)
            throw .notADocument("not a qzqd document: \(violations.first ?? "fails the power-list schema")")
        }
        do {
            return try DocumentDecoder.decode(json)
        } catch {
            throw .notADocument("not a qzqd document: \(error)")
        }
    }

    /// Any input `qzqd convert` reads, or a `.json` document it wrote.
    public static func read(fileAt path: String, options: ConversionOptions = ConversionOptions()) throws(DocumentReadingError) -> PowerListDocument {
        if isDocumentFile(path) { return try decode(fileAt: path) }
        do {
            return try Converter.convert(fileAt: path, options: options).document
        } catch {
            throw .input(error)
        }
    }

    /// Named as qzqd names its outputs: `*.json`, any letter case.
    public static func isDocumentFile(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == "json"
    }
}

/// Why a document could not be read back: its input failed as a conversion
/// fails (missing, unreadable, not a list …), or a `.json` is not a document.
public enum DocumentReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    case input(ConversionError)
    /// Not JSON, or JSON that is not a power-list document (the schema says why).
    case notADocument(String)

    public var description: String {
        switch self {
        case .input(let error): error.message
        case .notADocument(let message): message
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .input(let error): error.kind.exitStatus
        case .notADocument: ExitStatus.invalidDocument
        }
    }
}
