import CanonicalJSON
import PowerListModel
import TestSupport

/// Compares a reader's table with a gold document, row by row, the way the
/// scorer compares text: all white space removed. Cells that the gold repairs
/// from the summary (`skipping`) are not expected in the table.
enum TableGoldenCheck {
    static func compact(_ text: String?) -> String {
        (text ?? "").filter { !$0.isWhitespace }
    }

    /// Differences between the table rows and the gold items, one line each.
    static func differences(table: Table, gold: JSONValue, skipping skipped: Set<String> = [], checkPages: Bool = true) -> [String] {
        let items = gold["items"]?.arrayValue ?? []
        let rows = table.rows
        guard rows.count == items.count else {
            return ["rows: expected \(items.count), got \(rows.count)"]
        }
        var diffs: [String] = []
        let fields: [(ColumnRole, String)] = [
            (.name, "name"), (.subject, "subject"), (.basis, "basis.text"),
            (.responsibilities, "responsibilities.text"), (.accountability, "accountability.text"), (.remarks, "remarks"),
        ]
        for (row, item) in zip(rows, items) {
            let seq = item["seq"]?.intValue ?? 0
            for (role, path) in fields where !skipped.contains("\(seq).\(path)") {
                var value: JSONValue? = item
                for key in path.split(separator: ".") { value = value?[String(key)] }
                let expected = compact(value?.stringValue), actual = compact(row[role].text)
                if expected != actual {
                    diffs.append("row \(seq) \(path):\n  expected \(expected.prefix(80))…\(expected.suffix(30))\n  got      \(actual.prefix(80))…\(actual.suffix(30))")
                }
            }
            if checkPages {
                let pages = item["pages"]?.arrayValue?.compactMap(\.intValue) ?? []
                if pages != row.pages { diffs.append("row \(seq) pages: expected \(pages), got \(row.pages)") }
            }
        }
        return diffs
    }

    /// The summary rows' names, each as the scorer compares it.
    static func summaryNames(_ table: Table) -> Set<String> {
        Set(table.summary.compactMap { row in
            if case .entry(_, _, let name) = row { return compact(name) }
            return nil
        })
    }
}
