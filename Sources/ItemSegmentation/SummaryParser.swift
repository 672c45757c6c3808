import Foundation
import PowerListModel

/// Parses the summary table's rows (cells separated by tabs, as every
/// reassembler gives them): category headings `一、行政处罚 共 3项` /
/// `一、行政许可（0项）`, entries `1<TAB>1<TAB>name` or `1<TAB>name`, a total
/// `合计<TAB>17项`; the total may instead be printed in a title (`（共六类、26 项）`).
public enum SummaryParser {
    public static func parse(lines: [String], titleLines: [String]) -> Summary? {
        var groups: [SummaryGroup] = []
        var total: Int?
        for line in lines {
            let cells = line.split(separator: "\t").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let first = cells.first else { continue }
            if let heading = heading(cells.joined(separator: " ")) {
                groups.append(heading)
            } else if ["合计", "总计", "共计"].contains(where: { first.hasPrefix($0) }) {
                total = count(in: cells.dropFirst().joined()) ?? count(in: first)
            } else if let entry = entry(cells) {
                if let category = entry.category {
                    if groups.last?.categoryRaw != category {
                        groups.append(SummaryGroup(category: PowerCategory.canonicalize(category) ?? category, categoryRaw: category, declaredCount: nil, entries: []))
                    }
                } else if groups.isEmpty {
                    groups.append(SummaryGroup(category: "", categoryRaw: "", declaredCount: nil, entries: []))
                }
                groups[groups.count - 1].entries.append(entry.entry)
            }
        }
        guard !groups.isEmpty else { return nil }
        if total == nil {
            total = titleLines.lazy.compactMap(declaredTotal).first
        }
        return Summary(declaredTotal: total, groups: groups)
    }

    /// `一、行政处罚 共 3项` → 行政处罚, 3.
    static func heading(_ text: String) -> SummaryGroup? {
        let compact = text.filter { !$0.isWhitespace }
        guard let separator = compact.firstIndex(where: { $0 == "、" || $0 == "．" || $0 == "." }) else { return nil }
        let ordinal = compact[..<separator]
        guard !ordinal.isEmpty, ChineseNumeral.value(of: ArraySlice(ordinal.unicodeScalars)) != nil || ordinal.allSatisfy(\.isASCIIDigit) else { return nil }
        var rest = compact[compact.index(after: separator)...]
        var declared: Int?
        if let open = rest.lastIndex(where: { $0 == "（" || $0 == "(" }), rest.hasSuffix("项）") || rest.hasSuffix("项)") {
            declared = count(in: String(rest[open...]))
            rest = rest[..<open]
        } else if let share = rest.range(of: "共", options: .backwards), rest.hasSuffix("项") {
            declared = count(in: String(rest[share.upperBound...]))
            rest = rest[..<share.lowerBound]
        }
        let raw = String(rest).trimmingCharacters(in: "：:，,")
        guard !raw.isEmpty, declared != nil || PowerCategory.canonicalize(raw) != nil else { return nil }
        return SummaryGroup(category: PowerCategory.canonicalize(raw) ?? raw, categoryRaw: raw, declaredCount: declared, entries: [])
    }

    /// `seq [category-seq | category] name [remarks]`.
    static func entry(_ cells: [String]) -> (entry: SummaryEntry, category: String?)? {
        guard let seq = PrintedSeq.parse(cells[0]) else { return nil }
        var rest = cells.dropFirst()
        if let next = rest.first, Int(next) != nil { rest = rest.dropFirst() }
        var category: String?
        if let next = rest.first, rest.count >= 2, PowerCategory.canonicalize(next) != nil {
            category = next
            rest = rest.dropFirst()
        }
        guard let name = rest.first else { return nil }
        return (SummaryEntry(seq: seq, name: name), category)
    }

    /// The number before `项` in `（共六类、26 项）`, `17项`, `（0项）`.
    static func count(in text: String) -> Int? {
        let compact = text.filter { !$0.isWhitespace }
        guard let end = compact.firstIndex(of: "项") else { return nil }
        let digits = compact[..<end].reversed().prefix(while: \.isASCIIDigit)
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    static func declaredTotal(_ title: String) -> Int? {
        let compact = title.filter { !$0.isWhitespace }
        guard compact.contains("共"), compact.contains("项") else { return nil }
        return count(in: compact)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        TextNormalizer.collapseWhitespace(self)
    }

    func trimmingCharacters(in set: String) -> String {
        let characters = Set(self.isEmpty ? [] : Array(set))
        return String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
