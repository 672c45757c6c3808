import Foundation
import PowerListModel

/// Reads title, region, department and edition from the lines outside the
/// tables (`赵县医疗保障局权责清单事项总表`, `邢台市襄都区医疗保障局权责清单（2025年版）`).
public enum ListFactsReader {
    public static func read(_ titleLines: [String]) -> ListFacts {
        let compact = titleLines.map { $0.filter { !$0.isWhitespace } }
        let titled = compact.compactMap(listTitle)
        // The title every heading shares (the summary's and the detail table's).
        var counts: [String: Int] = [:]
        for title in titled { counts[title, default: 0] += 1 }
        let title = titled.first { counts[$0] == counts.values.max() } ?? compact.first ?? ""
        let edition = compact.lazy.compactMap(edition).first
        let owner = title.hasSuffix("权责清单") ? String(title.dropLast(4)) : String(title.prefix { $0 != "权" })
        let (region, department) = JurisdictionSplitter.split(owner)
        return ListFacts(title: title, region: region, department: department, edition: edition)
    }

    /// `…权责清单` without what follows it (事项总表, 分表, （2025年版）…).
    static func listTitle(_ line: String) -> String? {
        guard let range = line.range(of: "清单") else { return nil }
        let title = String(line[..<range.upperBound])
        return title.count > 2 ? title : nil
    }

    /// `2025年版` / `2024年度`, from `（2025年版）` or `2025年版`.
    static func edition(_ line: String) -> String? {
        let scalars = Array(line)
        var index = 0
        while index + 5 <= scalars.count {
            let digits = scalars[index..<(index + 4)]
            if digits.allSatisfy(\.isASCIIDigit), scalars[index + 4] == "年", index + 5 < scalars.count,
               scalars[index + 5] == "版" || scalars[index + 5] == "度" {
                return String(scalars[index...(index + 5)])
            }
            index += 1
        }
        return nil
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

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
