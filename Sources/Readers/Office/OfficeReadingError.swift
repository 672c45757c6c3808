import MarkupParsing

/// Why a Word or Excel file (or a legacy office file) could not be read. Each
/// kind is a distinct cause, so the command line can give it its own exit
/// status; the message is one line for people.
public struct OfficeReadingError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Not the kind of file it was read as: a `.docx` that is a plain ZIP,
        /// a spreadsheet, an image; or a package missing a part it must have.
        case notAnOfficeDocument = "not-an-office-document"
        /// The ZIP container or a part in it is damaged (truncated, bad CRC).
        case damaged = "damaged-office-document"
        /// Password-protected: an OLE container holding `EncryptionInfo`.
        case encrypted = "encrypted-office-document"
        /// More uncompressed bytes than any real list needs: a ZIP bomb.
        case tooLargeUncompressed = "zip-too-large"
        /// More entries than any real Office package has.
        case tooManyEntries = "zip-too-many-entries"
        /// An XML part declares entities (a DTD): the shape of an expansion bomb.
        case entityDeclarations = "xml-entity-declarations"
        /// An XML part is not well-formed.
        case malformedXML = "malformed-xml"
        /// A sheet or table with more cells than the reader accepts.
        case tooManyCells = "too-many-cells"
        /// LibreOffice, which reads the legacy formats, is not installed.
        case converterMissing = "libreoffice-missing"
        /// LibreOffice ran and produced nothing (a damaged or protected file).
        case conversionFailed = "conversion-failed"
        /// LibreOffice did not finish within its time limit.
        case conversionTimedOut = "conversion-timed-out"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    init(_ error: XMLParsingError) {
        switch error.kind {
        case .malformed: self.init(.malformedXML, error.message)
        case .documentTypeDeclaration: self.init(.entityDeclarations, error.message)
        }
    }

    /// Runs a reader of `part` that may fail on the XML or on the content,
    /// giving either failure as an `OfficeReadingError`.
    static func reading<Value>(_ part: String, _ body: () throws -> Value) throws(OfficeReadingError) -> Value {
        do {
            return try body()
        } catch let error as OfficeReadingError {
            throw error
        } catch let error as XMLParsingError {
            throw OfficeReadingError(error)
        } catch {
            throw OfficeReadingError(.malformedXML, "\(part): \(error)")
        }
    }
}
