import CLibXML2

/// An HTML page parsed by libxml2's HTML parser: tag soup repaired as
/// browsers of its generation did, entities decoded, no network. Nodes are
/// read through `HTMLNode`, which keeps the document alive.
public final class HTMLDocument: @unchecked Sendable {
    fileprivate let document: htmlDocPtr

    /// - Parameter encoding: the page's encoding as libxml2/iconv names it
    ///   (`UTF-8`, `GB18030`); it wins over anything the page declares.
    public init?(bytes: [UInt8], encoding: String) {
        _ = LibXML2.initialized
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
        )
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(clamping: characters.count), nil, encoding, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The `<html>` element (the parser supplies one when the page has none).
    public var root: HTMLNode? {
        xmlDocGetRootElement(document).map { HTMLNode(pointer: $0, owner: self) }
    }
}

/// One node of an `HTMLDocument`.
public struct HTMLNode {
    public enum Kind: Sendable, Equatable {
        case element
        case text
        /// Comments, processing instructions, DTD nodes: never content.
        case other
    }

    fileprivate let pointer: xmlNodePtr
    fileprivate let owner: HTMLDocument

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        default: .other
        }
    }

    /// The tag name, lower case as the HTML parser gives it (`td`); empty for text.
    public var name: String {
        kind == .element ? LibXML2.string(pointer.pointee.name) ?? "" : ""
    }

    /// A text node's characters, entities decoded.
    public var text: String {
        LibXML2.string(pointer.pointee.content) ?? ""
    }

    public var children: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            nodes.append(HTMLNode(pointer: node, owner: owner))
            child = node.pointee.next
        }
        return nodes
    }

    /// The value of the attribute `name` (lower case), entities decoded.
    public func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            if LibXML2.string(attribute.pointee.name)?.lowercased() == name {
                var value = ""
                var child = attribute.pointee.children
                while let node = child {
                    value += LibXML2.string(node.pointee.content) ?? ""
                    child = node.pointee.next
                }
                return value
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// The elements below this one, in document order, whose tag is `name`.
    public func descendants(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        for child in children where child.kind == .element {
            if child.name == name { found.append(child) }
            found += child.descendants(named: name)
        }
        return found
    }
}
