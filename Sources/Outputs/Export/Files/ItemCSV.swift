import CanonicalJSON
import PowerListModel

/// Items as CSV (RFC 4180) for spreadsheet users: one row per item with its
/// document's facts. UTF-8 after a byte-order mark, which is how Excel
/// knows the file is UTF-8; records end in CRLF. A list cell (provisions,
/// steps, cases) holds its elements as numbered lines, as the printed list
/// does; a cell the splitter found no list in keeps its text whole. A null
/// (a column the list lacks) is an empty cell.
public enum ItemCSV: ItemFileFormat {
    public static let columns = [
        "document", "sha256", "title", "region", "department", "edition",
        "seq", "seq_source", "category", "category_raw", "name", "main_item", "sub_item", "subject", "code",
        "basis", "responsibilities", "accountability_preamble", "accountability", "remarks", "pages", "extra",
    ]

    public static var prologue: [UInt8] {
        [0xEF, 0xBB, 0xBF] + record(columns)
    }

    public static func records(for document: PowerListDocument) throws -> [UInt8] {
        let source = document.source, list = document.list
        var bytes: [UInt8] = []
        for item in document.items {
            bytes += record([
                source.file, source.sha256, list.title ?? "", list.region ?? "", list.department ?? "", list.edition ?? "",
                String(item.seq), item.seqSource.rawValue, item.category ?? "", item.categoryRaw ?? "", item.name,
                item.mainItem ?? "", item.subItem ?? "", item.subject, item.code ?? "",
                item.basis.map { numberedLines($0.provisions.map { ($0.no, $0.text) }, else: $0.text) } ?? "",
                item.responsibilities.map { numberedLines($0.steps.map { ($0.no, labeled($0)) }, else: $0.text) } ?? "",
                item.accountability?.preamble ?? "",
                item.accountability.map { numberedLines($0.cases.map { ($0.no, $0.text) }, else: $0.text) } ?? "",
                item.remarks ?? "",
                item.pages.map(String.init).joined(separator: ","),
                item.extra.isEmpty ? "" : String(decoding: try CanonicalJSONWriter.jcs(.object(item.extra.mapValues(JSONValue.string))), as: UTF8.self),
            ])
        }
        return bytes
    }

    /// `1. first⏎2. second`; the whole cell text when it was not split into a list.
    static func numberedLines(_ elements: [(no: Int, text: String)], else text: String) -> String {
        guard !elements.isEmpty else { return text }
        return elements.map { "\($0.no). \($0.text)" }.joined(separator: "\n")
    }

    /// A step as printed: `立案责任：text`, or its text alone when it has no label.
    static func labeled(_ step: Step) -> String {
        guard let name = step.name else { return step.text }
        return name + "：" + step.text
    }

    /// One record: fields quoted when they hold a quote, a comma or a line
    /// break, or start or end with white space (which some readers trim).
    static func record(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (offset, field) in fields.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            let utf8 = field.utf8
            let padded = field.first?.isWhitespace == true || field.last?.isWhitespace == true
            if padded || utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }) {
                bytes.append(UInt8(ascii: "\""))
                for byte in utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes += utf8
            }
        }
        return bytes + [0x0D, 0x0A]
    }
}
