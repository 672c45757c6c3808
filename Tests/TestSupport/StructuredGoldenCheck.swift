import CanonicalJSON
import PowerListModel

/// Compares the detail rows of a `StructuredDocument` with a gold document,
/// the way the scorer compares text (all white space removed): every table
/// with a header row naming 权力事项 and 实施依据, every row under it whose
/// 序号 cell is a number, each column with a known title against the gold
/// item of that 序号. What the interpreter infers (categories from headings,
/// repaired cells) is not expected here, only what the cells print.
public enum StructuredGoldenCheck {
    public static let fields: [String: String] = [
        "权力类型": "categoryRaw", "权力事项": "name", "行政主体": "subject", "实施依据": "basis.text",
        "责任事项": "responsibilities.text", "追责情形": "accountability.text", "备注": "remarks",
    ]

    public struct Result: Sendable {
        /// The 序号 of every row compared, in document order.
        public var seqs: [Int] = []
        public var differences: [String] = []
    }

    public static func compact(_ text: String?) -> String {
        (text ?? "").filter { !$0.isWhitespace }
    }

    public static func compare(_ document: StructuredDocument, gold: JSONValue) -> Result {
        let items = gold["items"]?.arrayValue ?? []
        var bySeq: [Int: JSONValue] = [:]
        for item in items { if let seq = item["seq"]?.intValue { bySeq[seq] = item } }
        var result = Result()
        for case .table(let table) in document.blocks {
            let grid = table.grid.map { $0.map { $0?.content.text ?? "" } }
            guard let header = grid.firstIndex(where: { $0.contains("权力事项") && $0.contains("实施依据") }),
                  let seqColumn = grid[header].firstIndex(of: "序号") else { continue }
            for row in grid[(header + 1)...] {
                guard let seq = Int(row[seqColumn]) else { continue }
                result.seqs.append(seq)
                guard let item = bySeq[seq] else {
                    result.differences.append("row \(seq): no gold item")
                    continue
                }
                for (column, title) in grid[header].enumerated() {
                    guard let path = fields[title] else { continue }
                    var value: JSONValue? = item
                    for key in path.split(separator: ".") { value = value?[String(key)] }
                    let expected = compact(value?.stringValue), actual = compact(row[column])
                    if expected != actual {
                        result.differences.append("row \(seq) \(title):\n  expected \(expected.prefix(60))…\(expected.suffix(30))\n  got      \(actual.prefix(60))…\(actual.suffix(30))")
                    }
                }
            }
        }
        return result
    }
}
