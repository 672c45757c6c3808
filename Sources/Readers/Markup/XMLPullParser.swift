import CLibXML2

/// Why an XML document could not be read.
public struct XMLParsingError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Not well-formed XML (libxml2's own limits on depth and text size included).
        case malformed
        /// A document type declaration: the place where entities are declared.
        /// Office Open XML parts never carry one (ECMA-376 Part 2 forbids DTDs),
        /// so its presence means a crafted file (an entity-expansion bomb).
        case documentTypeDeclaration
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// A streaming XML reader over libxml2's `xmlTextReader`: one node at a time,
/// no tree, no network, no entity substitution, no DTD loading, libxml2's
/// limits on huge documents kept. An empty element (`<w:tab/>`) gives a start
/// and an end like any other, so readers track nesting one way.
public final class XMLPullParser {
    public enum Event: Sendable, Equatable {
        case startElement
        case endElement
        case text
        case endOfDocument
    }

    private let reader: xmlTextReaderPtr
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let errors = ErrorLog()
    private let documentName: String
    /// The current node is an empty element whose end has not been reported yet.
    private var emptyElementOpen = false
    private var finished = false

    /// - Parameter documentName: the part's name, for messages (`word/document.xml`).
    public init(bytes: some Collection<UInt8>, documentName: String) throws(XMLParsingError) {
        _ = LibXML2.initialized
        self.documentName = documentName
        buffer = LibXML2.ownedCopy(of: bytes)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForMemory(
            UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count),
            nil, nil, options
        ) else {
            buffer.deallocate()
            throw XMLParsingError(.malformed, "\(documentName): libxml2 could not start reading it")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// Moves to the next element start, element end or text; comments,
    /// processing instructions and the XML declaration are passed over.
    public func next() throws(XMLParsingError) -> Event {
        if emptyElementOpen {
            emptyElementOpen = false
            return .endElement
        }
        while !finished {
            let status = xmlTextReaderRead(reader)
            if status < 0 || errors.message != nil {
                let kind: XMLParsingError.Kind = errors.concernsEntities ? .documentTypeDeclaration : .malformed
                throw XMLParsingError(kind, "\(documentName): \(errors.message ?? "not well-formed XML")")
            }
            if status == 0 {
                finished = true
                break
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                emptyElementOpen = xmlTextReaderIsEmptyElement(reader) == 1
                return .startElement
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .endElement
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw XMLParsingError(.documentTypeDeclaration, "\(documentName): declares a document type (entities), which Office files never do")
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw XMLParsingError(.documentTypeDeclaration, "\(documentName): refers to a declared entity, which Office files never do")
            default:
                continue
            }
        }
        return .endOfDocument
    }

    /// Passes over the rest of the element whose start was just read.
    public func skipElement() throws(XMLParsingError) {
        var open = 1
        while open > 0 {
            switch try next() {
            case .startElement: open += 1
            case .endElement: open -= 1
            case .text: continue
            case .endOfDocument: return
            }
        }
    }

    /// The local name of the current element (`p` for `<w:p>`).
    public var localName: String {
        LibXML2.string(xmlTextReaderConstLocalName(reader)) ?? ""
    }

    /// The namespace URI of the current element, nil when it has none.
    public var namespaceURI: String? {
        LibXML2.string(xmlTextReaderConstNamespaceUri(reader))
    }

    /// The text of the current text node.
    public var text: String {
        LibXML2.string(xmlTextReaderConstValue(reader)) ?? ""
    }

    /// The value of the current element's attribute with this local name, in
    /// any namespace (`val` finds `w:val`): no Office element has two
    /// attributes that differ only by namespace.
    public func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            if LibXML2.string(xmlTextReaderConstLocalName(reader)) == name {
                return LibXML2.string(xmlTextReaderConstValue(reader)) ?? ""
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }
}

/// The first error libxml2 reported, kept for the message.
private final class ErrorLog {
    var message: String?
    /// libxml2 checks a DTD's entities as it reads their declarations, so an
    /// expansion bomb fails there, before the reader reports the DTD itself.
    var concernsEntities = false

    private static let entityErrors: Set<UInt32> = [
        XML_ERR_ENTITY_LOOP, XML_ERR_ENTITY_BOUNDARY, XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY,
        XML_ERR_ENTITY_PE_INTERNAL, XML_ERR_ENTITY_NOT_STARTED, XML_ERR_ENTITY_NOT_FINISHED,
        XML_ERR_ENTITY_IS_EXTERNAL, XML_ERR_ENTITY_IS_PARAMETER, XML_ERR_DOCTYPE_NOT_FINISHED,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    func record(_ error: xmlError) {
        guard message == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        concernsEntities = Self.entityErrors.contains(UInt32(error.code))
        let text = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        message = "line \(error.line): " + (text.split(separator: "\n").first.map(String.init) ?? text)
    }
}
