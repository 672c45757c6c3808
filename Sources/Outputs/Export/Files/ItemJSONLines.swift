import CanonicalJSON
import Emission
import PowerListModel

/// Items as JSON Lines, for streaming into other tools: one line per item,
/// `{"item": …, "list": …, "source": …}`, each member exactly as in the
/// document qzqd writes (the item, the list's facts, the input's facts).
/// Lines are RFC 8785 JSON, which has no line breaks, so one value is one line.
public enum ItemJSONLines: ItemFileFormat {
    public static let prologue: [UInt8] = []

    public static func records(for document: PowerListDocument) throws -> [UInt8] {
        let source = DocumentEncoder.encode(document.source), list = DocumentEncoder.encode(document.list)
        var bytes: [UInt8] = []
        for item in document.items {
            bytes += try CanonicalJSONWriter.jcs(.object(["item": DocumentEncoder.encode(item), "list": list, "source": source]))
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}
