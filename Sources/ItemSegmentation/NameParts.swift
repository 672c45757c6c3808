import Foundation
import PowerListModel

/// Splits an item name printed as 主项--子项
/// (`基本医疗保险参保和变更登记（主项）--单位参保登记（子项）`) into its two parts.
public enum NameParts {
    static let mainMarkers = ["（主项）", "(主项)"]
    static let subMarkers = ["（子项）", "(子项)"]
    static let dashes: Set<Character> = ["-", "—", "－", "–", "─"]

    public static func split(_ name: String) -> (main: String, sub: String)? {
        for marker in mainMarkers {
            guard let range = name.range(of: marker) else { continue }
            let main = String(name[..<range.lowerBound])
            var sub = name[range.upperBound...].drop { dashes.contains($0) || $0 == ":" || $0 == "：" || $0.isWhitespace }
            for subMarker in subMarkers where sub.hasSuffix(subMarker) {
                sub = sub.dropLast(subMarker.count)
            }
            guard !main.isEmpty, !sub.isEmpty else { return nil }
            return (main, String(sub))
        }
        return nil
    }
}
