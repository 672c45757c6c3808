import Foundation
import PowerListModel

/// What the diagnostics say about each item, as colours: the item's own
/// mark, and the fields OCR doubts where its message names their columns.
struct ItemMarks {
    /// Codes that mean a value is not as printed in the item's row.
    static let repairCodes: Set<DiagnosticCode> = [
        .seqInferred, .cellFilledFromSummary, .cellTruncated, .subjectInferred, .categoryInferred,
        .subjectSeparated, .mergedCellPropagated, .subjectFromTitle, .cellMissing,
    ]

    /// By item index: the mark of the whole item.
    private var itemMarks: [Int: Mark] = [:]
    /// By item index and field: marks of single fields.
    private var fieldMarks: [Int: [String: Mark]] = [:]
    /// The items each seq names, in document order (a seq printed twice names both).
    let itemsBySeq: [Int: [Int]]

    init(document: PowerListDocument) {
        var bySeq: [Int: [Int]] = [:]
        for (index, item) in document.items.enumerated() { bySeq[item.seq, default: []].append(index) }
        itemsBySeq = bySeq
        for diagnostic in document.diagnostics {
            guard let seq = diagnostic.seq else { continue }
            for index in bySeq[seq] ?? [] { record(diagnostic, item: index) }
        }
    }

    private mutating func record(_ diagnostic: Diagnostic, item index: Int) {
        if diagnostic.severity == .error {
            raise(item: index, to: .error)
        } else if diagnostic.code == .ocrLowConfidence {
            let fields = DoubtfulCells.fields(named: diagnostic.message)
            if fields.isEmpty { raise(item: index, to: .doubtful) }
            for field in fields { fieldMarks[index, default: [:]][field] = max(fieldMarks[index]?[field] ?? .plain, .doubtful) }
        } else if Self.repairCodes.contains(diagnostic.code) {
            raise(item: index, to: .repaired)
        } else {
            raise(item: index, to: .noted)
        }
    }

    private mutating func raise(item index: Int, to mark: Mark) {
        itemMarks[index] = max(itemMarks[index] ?? .plain, mark)
    }

    /// The colour of the boxes of `field` of item `index`.
    func mark(item index: Int, field: String) -> Mark {
        max(itemMarks[index] ?? .plain, fieldMarks[index]?[field] ?? .plain)
    }

    /// The colour of item `index`'s row: the highest mark of it or any of its fields.
    func mark(item index: Int) -> Mark {
        (fieldMarks[index]?.values.max()).map { max($0, itemMarks[index] ?? .plain) } ?? itemMarks[index] ?? .plain
    }
}

/// The cells an `ocr-low-confidence` message names:
/// `…单元格：权力事项“…”（52%）；追责情形“…”（61%），请核对原件` names the
/// `name` and `accountability` fields. A title the vocabulary does not know
/// names the extra column of that title.
enum DoubtfulCells {
    static func fields(named message: String) -> [String] {
        guard let colon = message.firstIndex(of: "：") else { return [] }
        // Each cell is `TITLE“TEXT”（N%）`; the text may hold ；, so a cell ends at its `%）`.
        var rest = message[message.index(after: colon)...]
        var fields: [String] = []
        while let quote = rest.firstIndex(of: "“"), let end = rest[quote...].range(of: "%）") {
            let title = rest[..<quote].trimmingPrefix("；")
            if !title.isEmpty, let role = ColumnTitles.role(forHeader: String(title)) { fields.append(Provenance.field(of: role)) }
            rest = rest[end.upperBound...]
        }
        return fields
    }
}
