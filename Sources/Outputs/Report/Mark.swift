/// How a box or an item row is coloured: what the conversion says about the
/// text there. Higher marks win where several apply.
enum Mark: Int, Comparable, CaseIterable {
    /// Read as printed, nothing said about it.
    case plain
    /// Another finding about the item (a summary disagreement, a gap in the numbering …).
    case noted
    /// Inferred or repaired: not as printed in the row.
    case repaired
    /// Read by OCR with low confidence.
    case doubtful
    /// An error diagnostic.
    case error

    static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.rawValue < rhs.rawValue }

    var cssClass: String {
        switch self {
        case .plain: "m-plain"
        case .noted: "m-noted"
        case .repaired: "m-repaired"
        case .doubtful: "m-doubtful"
        case .error: "m-error"
        }
    }

    /// The legend's words.
    var meaning: String {
        switch self {
        case .plain: "按原样读取"
        case .noted: "有其他提示（汇总不一致、序号缺漏等）"
        case .repaired: "推断或修复（序号推断、从汇总表补全、截断、主体推断、类型推断、主体分离、合并单元格沿用等）"
        case .doubtful: "OCR识别置信度低，请核对原件"
        case .error: "错误"
        }
    }
}
