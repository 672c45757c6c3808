/// Page numbers printed in a page's margin — never text (SPEC.md).
///
/// - `第 3 页 共 25 页` → page 3 of 25; `第3页` → 3; `- 3 -`, `— 3 —` → 3
/// - `3/27`, `Page 3 of 27` → explicit page numbers
/// - `第9页共9员` (OCR) → a footer misread, in the margin only
/// - `第0页`, `- -3 -` → nil (pages count from 1)
public enum PageNumbering {
    public struct Footer: Equatable, Sendable {
        public var page: Int
        public var total: Int?
    }

    /// A footer that names its page: `第 N 页 [共 M 页]`, `- N -`.
    public static func footer(_ line: String) -> Footer? {
        let compact = TextNormalizer.removingWhitespace(line)
        if compact.hasPrefix("第"), let pageEnd = compact.firstIndex(of: "页") {
            guard let page = pageNumber(compact[compact.index(after: compact.startIndex)..<pageEnd]) else { return nil }
            let rest = compact[compact.index(after: pageEnd)...]
            if rest.isEmpty { return Footer(page: page, total: nil) }
            guard rest.hasPrefix("共"), rest.hasSuffix("页"), let total = pageNumber(rest.dropFirst().dropLast()) else { return nil }
            return Footer(page: page, total: total)
        }
        if let first = compact.first, let last = compact.last, dashes.contains(first), dashes.contains(last),
           let page = pageNumber(compact.dropFirst().dropLast()) {
            return Footer(page: page, total: nil)
        }
        return nil
    }

    /// `第 N 页 共 M 页` with one of its four characters misread by OCR
    /// (`第9页共9员`), its numbers intact: a footer only where it stands in
    /// the page's margin, where the caller asks.
    public static func isMisreadFooter(_ line: String) -> Bool {
        let compact = Array(TextNormalizer.removingWhitespace(line))
        guard compact.count >= 6 else { return false }
        var index = 1
        func digits() -> Bool {
            let start = index
            while index < compact.count, compact[index].isASCIIDigit, index - start < 4 { index += 1 }
            return index > start
        }
        guard digits(), index + 2 < compact.count else { return false }
        let (page, of) = (compact[index], compact[index + 1])
        index += 2
        guard digits(), index == compact.count - 1 else { return false }
        let read = [compact[0], page, of, compact[index]]
        let misread = zip(read, ["第", "页", "共", "页"] as [Character]).filter { $0 != $1 }
        return misread.count == 1 && misread[0].0.unicodeScalars.allSatisfy(\.properties.isIdeographic)
    }

    /// Forms that say "page" themselves, so they are furniture wherever they
    /// stand: the footers above, `3/27`, `Page 3 of 27`.
    public static func isExplicit(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        if footer(compact) != nil { return true }
        // Every line of every page comes here: byte tests first, which lowercasing
        // or splitting the line by Characters could only confirm (profiles).
        if compact.utf8.prefix(4).map({ $0 | 0x20 }).elementsEqual("page".utf8), compact.lowercased().hasPrefix("page") {
            return compact.dropFirst(4).allSatisfy { $0.isASCIIDigit || "of".contains($0.lowercased()) }
        }
        guard compact.utf8.contains(UInt8(ascii: "/")) else { return false }
        let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The explicit forms, or a bare number (with or without dashes): a page
    /// number when it stands in the margin.
    public static func matches(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        guard !compact.isEmpty else { return false }
        if isExplicit(compact) { return true }
        let digits = compact.filter { !dashes.contains($0) }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    private static let dashes: Set<Character> = ["-", "—", "－", "–"]

    /// Pages count from 1.
    private static func pageNumber(_ digits: Substring) -> Int? {
        Int(digits).flatMap { $0 >= 1 ? $0 : nil }
    }
}
