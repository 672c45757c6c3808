import Foundation
import PowerListModel

/// Reads title, region, department and edition from the lines outside the
/// tables (`赵县医疗保障局权责清单事项总表`, `邢台市襄都区医疗保障局权责清单（2025年版）`),
/// and the category a caption names for all its rows (`…责任清单（行政检查类）`).
enum ListFactsReader {
    /// `recognized`: OCR read the lines, and a line no title could be
    /// (`UnreadableTitle.isLegible`) is none.
    static func read(_ titleLines: [String], recognized: Bool = false) -> (facts: ListFacts, captionCategory: String?) {
        let titled = titleLines.compactMap(ListTitle.init)
        guard let best = bestTitle(titled) else {
            let first = titleLines.map(TextNormalizer.removingWhitespace).first { !$0.isEmpty }.flatMap { line in
                !recognized || UnreadableTitle.isLegible(line) ? line : nil
            }
            let (region, department) = first.map(JurisdictionSplitter.split) ?? (nil, nil)
            return (ListFacts(title: first, region: region, department: department, edition: nil), nil)
        }
        let edition = titled.lazy.compactMap(\.edition).first
            ?? titleLines.lazy.compactMap(ListTitle.standaloneEdition).first
            ?? titleLines.lazy.compactMap { ListTitle.edition(ending: $0, naming: best.owner) }.first
        let (region, department) = JurisdictionSplitter.split(best.owner)
        return (ListFacts(title: best.title, region: region, department: department, edition: edition), titled.lazy.compactMap(\.captionCategory).first)
    }

    /// Whose list it is, as its title prints it (`邢台市襄都区医疗保障局`); nil
    /// when no line names the list.
    static func owner(_ titleLines: [String]) -> String? {
        bestTitle(titleLines.compactMap(ListTitle.init)).map(\.owner).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The title every heading shares (the summary's and the detail table's),
    /// by name: a qualifier (（示例）) may be printed over one of them only,
    /// and stays in the title. Between names printed as often, one naming a
    /// known kind of list wins: OCR may read 权责清单 as 权贵清单 over one table.
    private static func bestTitle(_ titled: [ListTitle]) -> ListTitle? {
        var counts: [String: Int] = [:]
        for title in titled { counts[title.name, default: 0] += 1 }
        let most = titled.filter { counts[$0.name] == counts.values.max() }
        guard let named = most.first(where: \.namesKind) ?? most.first else { return nil }
        return titled.filter { $0.name == named.name }.reduce(named) { $1.title.count > $0.title.count ? $1 : $0 }
    }
}

/// A line naming the list: `<owner><kind>清单`, then parentheticals — an
/// edition (`（2025年版）`), a caption's category (`（行政检查类）`) or a
/// qualifier that stays in the title (`（示例）`, `（试行）`) — and whatever the
/// table adds (事项总表, 分表, 统计表), which is not part of the title.
///
/// - `邢台市襄都区医疗保障局权责清单（2025年版）` → title 邢台市襄都区医疗保障局权责清单, edition 2025年版
/// - `邢台市襄都区医疗保障局权责清单《2025年版)` (a scan's `（` read as `《`) → edition 2025年版
/// - `邢台市襄都区医疗保障局权责清单2025年版)`, `…清单《2025年版` (a bracket lost) → edition 2025年版
/// - `赵县医疗保障局权责清单事项总表` → title 赵县医疗保障局权责清单
/// - `某县某局权责清单（示例）` → title 某县某局权责清单（示例）
/// - `某区某局权力清单和责任清单（行政检查类）` → caption category 行政检查类
struct ListTitle {
    var title: String
    /// The title without its qualifiers: up to 清单.
    var name: String
    var owner: String
    var edition: String?
    var captionCategory: String?
    /// The name ends in a known kind of list (`权责清单`), not only in 清单.
    var namesKind = false

    /// What precedes 清单 and names the kind of list, not its owner.
    static let kinds = ["权力清单和责任", "权力和责任", "权力及责任", "权责", "权力", "责任", "职权", "行政权力", "权责事项", "权力事项"]

    init?(_ line: String) {
        let compact = TextNormalizer.removingWhitespace(line)
        // The last 清单 of the name: `…权力清单和责任清单（…）` names one list.
        guard let range = compact.range(of: "清单", options: .backwards), range.lowerBound > compact.startIndex else { return nil }
        name = String(compact[..<range.upperBound])
        var title = name
        let base = String(compact[..<range.lowerBound])
        let kind = Self.kinds.filter(base.hasSuffix).max { $0.count < $1.count }
        owner = kind.map { String(base.dropLast($0.count)) } ?? base
        namesKind = kind != nil
        var rest = compact[range.upperBound...]
        while let (inner, after, bracketed) = Self.parenthetical(rest) {
            if Self.isEdition(inner) {
                edition = edition ?? String(inner)
            } else if !bracketed {
                break
            } else if PowerCategory.canonicalize(String(inner)) != nil {
                captionCategory = captionCategory ?? String(inner)
            } else {
                title += "（\(inner)）"
            }
            rest = after
        }
        if edition == nil { edition = Self.halfBracketedEdition(rest).map(String.init) }
        self.title = title
    }

    /// An edition that ends the line with one of its brackets lost (a scan's
    /// faint `（` or `）`): `2025年版)`, `《2025年版`, `2025年版`.
    static func halfBracketedEdition(_ rest: Substring) -> Substring? {
        var inner = rest
        if let open = inner.first, "（(《〈".contains(open) { inner = inner.dropFirst() }
        if let close = inner.last, "）)》〉".contains(close) { inner = inner.dropLast() }
        guard inner.first?.isASCIIDigit == true, isEdition(inner), inner.allSatisfy({ $0.isASCIIDigit || "年版本".contains($0) }) else { return nil }
        return inner
    }

    /// `（2025年版）` on a line of its own.
    static func standaloneEdition(_ line: String) -> String? {
        let compact = TextNormalizer.removingWhitespace(line)
        guard let (inner, after, _) = parenthetical(compact[...]), after.isEmpty, isEdition(inner) else { return nil }
        return String(inner)
    }

    /// The edition ending a line that names `owner` but whose 清单 OCR
    /// misread (`…规划局权责清音(2024年版)`): that line is no title, yet the
    /// title found elsewhere names the same owner, so the edition is the list's.
    ///
    /// - `潍坊市昌乐县自然资源和规划局权责清音(2024年版)`, owner `潍坊市昌乐县自然资源和规划局` → 2024年版
    /// - `某县某局工作规则(2024年版)`, owner `某县某局` → nil (the owner is too short to tell)
    /// - `潍坊市昌乐县自然资源和规划局权责清音(2024年版)说明`, same owner → nil (the edition does not end the line)
    static func edition(ending line: String, naming owner: String) -> String? {
        let compact = TextNormalizer.removingWhitespace(line)
        guard owner.count >= 6, compact.hasPrefix(owner), let open = compact.lastIndex(where: { "（(《〈".contains($0) }),
              let (inner, after, _) = parenthetical(compact[open...]), after.isEmpty, isEdition(inner) else { return nil }
        return String(inner)
    }

    /// `2025年版`, `2024版`, `2023年本`: the edition parenthetical's content.
    static func isEdition(_ text: Substring) -> Bool {
        (text.hasSuffix("版") || text.hasSuffix("年本")) && text.contains(where: \.isASCIIDigit) && text.count <= 12
    }

    /// The content of a parenthetical that opens `text`, what follows it, and
    /// whether both its marks are round brackets. OCR reads `（` as `《` or
    /// `〈` (`《2025年版)`): such marks open an edition, and nothing else.
    private static func parenthetical(_ text: Substring) -> (Substring, Substring, bracketed: Bool)? {
        guard let open = text.first, "（(《〈".contains(open) else { return nil }
        guard let close = text.firstIndex(where: { "）)》〉".contains($0) }) else { return nil }
        let bracketed = "（(".contains(open) && "）)".contains(text[close])
        return (text[text.index(after: text.startIndex)..<close], text[text.index(after: close)...], bracketed)
    }
}

/// Splits `邢台市襄都区医疗保障局` into the jurisdiction as printed (`邢台市襄都区`)
/// and the department (`医疗保障局`): the jurisdiction is a run of
/// administrative units, each a short name ending in 省/市/州/盟/县/区/旗.
enum JurisdictionSplitter {
    static let unitSuffixes: Set<Character> = ["省", "市", "州", "盟", "县", "区", "旗"]
    static let autonomousSuffixes = ["自治区", "自治州", "自治县", "自治旗", "特别行政区", "新区", "开发区"]

    static func split(_ owner: String) -> (region: String?, department: String?) {
        let characters = Array(owner)
        var end = 0
        while let unit = unitLength(characters, from: end), characters.count - (end + unit) >= 2 {
            end += unit
        }
        guard end > 0 else { return (nil, owner.isEmpty ? nil : owner) }
        return (String(characters[..<end]), String(characters[end...]))
    }

    /// The administrative units a region is made of, outermost first:
    /// `邢台市襄都区` → 邢台市, 襄都区.
    static func units(of region: String) -> [String] {
        let characters = Array(region)
        var units: [String] = []
        var start = 0
        while let length = unitLength(characters, from: start) {
            units.append(String(characters[start..<(start + length)]))
            start += length
        }
        return units
    }

    /// Length of the shortest administrative unit starting at `start`, if any.
    private static func unitLength(_ characters: [Character], from start: Int) -> Int? {
        for length in 2...6 where start + length <= characters.count {
            let unit = String(characters[start..<(start + length)])
            if autonomousSuffixes.contains(where: unit.hasSuffix) { return length }
            if length <= 5, let last = unit.last, unitSuffixes.contains(last) { return length }
        }
        return nil
    }
}
