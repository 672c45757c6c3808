import CanonicalJSON

/// Readable per-path differences between two JSON values, for golden tests:
/// `items[3].basis.provisions[1].text: expected "…", got "…"`.
public enum JSONDiff {
    public static func differences(expected: JSONValue, actual: JSONValue) -> [String] {
        var found: [String] = []
        compare(expected, actual, path: "", into: &found)
        return found
    }

    private static func compare(_ expected: JSONValue, _ actual: JSONValue, path: String, into found: inout [String]) {
        switch (expected, actual) {
        case (.array(let expectedElements), .array(let actualElements)):
            for (index, pair) in zip(expectedElements, actualElements).enumerated() {
                compare(pair.0, pair.1, path: path + "[\(index)]", into: &found)
            }
            if expectedElements.count != actualElements.count {
                found.append("\(label(path)): expected \(expectedElements.count) elements, got \(actualElements.count)")
            }
            for index in actualElements.count..<max(actualElements.count, expectedElements.count) {
                found.append("\(path)[\(index)]: missing, expected \(render(expectedElements[index]))")
            }
            for index in expectedElements.count..<max(actualElements.count, expectedElements.count) {
                found.append("\(path)[\(index)]: unexpected \(render(actualElements[index]))")
            }
        case (.object(let expectedMembers), .object(let actualMembers)):
            for key in Set(expectedMembers.keys).union(actualMembers.keys).sorted() {
                let memberPath = append(key, to: path)
                switch (expectedMembers[key], actualMembers[key]) {
                case (let want?, let got?): compare(want, got, path: memberPath, into: &found)
                case (let want?, nil): found.append("\(memberPath): missing, expected \(render(want))")
                case (nil, let got?): found.append("\(memberPath): unexpected \(render(got))")
                case (nil, nil): break
                }
            }
        default:
            if expected != actual {
                found.append("\(label(path)): expected \(render(expected)), got \(render(actual))")
            }
        }
    }

    private static func label(_ path: String) -> String {
        path.isEmpty ? "(root)" : path
    }

    private static func append(_ key: String, to path: String) -> String {
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        if plain { return path.isEmpty ? key : path + "." + key }
        let quoted = String(decoding: (try? CanonicalJSONWriter.jcs(.string(key))) ?? [], as: UTF8.self)
        return path + "[" + quoted + "]"
    }

    /// Compact JSON, shortened past 120 characters.
    private static func render(_ value: JSONValue) -> String {
        let text = String(decoding: (try? CanonicalJSONWriter.jcs(value)) ?? Array("<not writable>".utf8), as: UTF8.self)
        return text.count > 120 ? String(text.prefix(117)) + "…" : text
    }
}
