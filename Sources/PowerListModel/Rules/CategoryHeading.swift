/// A heading that names a category and, often, how many items it holds:
/// a summary table's group row and, in lists without a 权力类型 column, the
/// section heading printed across the detail table.
///
/// - `一、行政处罚 共 3项` → 行政处罚, 3
/// - `二、行政处罚类（7项）` → 行政处罚类, 7
/// - `三、行政许可` → 行政许可 (a Chinese ordinal and a canonical category)
/// - `行政检查（4项）` → 行政检查, 4 (no ordinal: counted and canonical)
/// - `10、其他违反…的行为。` → nil (a numbered sentence)
/// - `1、行政许可` → nil (an Arabic-numbered entry, not a heading, unless counted)
/// - `一、行政许可“0项)`, `七、行政确认(3项) |`, `三、行政给付(1)` → 行政许可, 0;
///   行政确认, 3; 行政给付, 1 (a scan's slips around the count after a Chinese
///   ordinal and a canonical category); `十、行政备案〈]项)` → 行政备案, 1 (the
///   count's 1 read as a stroke)
/// - `= 行政给付 共1项`, `=.行政给付共1项` → 行政给付, 1 (a bold `三、` OCR read
///   as a mark or two: counted and canonical, as without an ordinal)
/// - `四、行政检查共4 项 。` → 行政检查, 4 (a mark after the count)
public struct CategoryHeading: Sendable, Equatable {
    /// The category as printed, without numbering and count.
    public var category: String
    public var declaredCount: Int?

    public static func parse(_ text: String) -> CategoryHeading? {
        guard !TextNormalizer.holdsMoreScalars(than: 30, in: text, besidesTrailing: endMarks) else { return nil }
        // A heading is numbered (`、` `.` `．`) or counts its items (`项`); every
        // line of every page is asked, and most have neither.
        guard text.unicodeScalars.contains(where: { $0 == "、" || $0 == "." || $0 == "．" || $0 == "项" }) else { return nil }
        var compact = TextNormalizer.removingWhitespace(text)
        // A mark after the count is no part of it (`共4项。`, a scan's `共1项 |`).
        while let last = compact.last, last.unicodeScalars.count == 1, endMarks.contains(last.unicodeScalars.first!) { compact.removeLast() }
        // Most lines are no heading: cheap scalar tests turn them away first.
        guard !compact.isEmpty, compact.unicodeScalars.count <= 30 else { return nil }
        var rest = Substring(compact)
        var chineseOrdinal = false, arabicOrdinal = false
        if let separator = compact.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }) {
            let ordinal = compact[..<separator]
            chineseOrdinal = ChineseNumeral.value(of: ArraySlice(ordinal.unicodeScalars)) != nil
            arabicOrdinal = !ordinal.isEmpty && ordinal.allSatisfy(\.isASCIIDigit)
            guard chineseOrdinal || arabicOrdinal || isGarbledOrdinal(ordinal) else { return nil }
            rest = compact[compact.index(after: separator)...]
        }
        if !chineseOrdinal && !arabicOrdinal {
            let marks = rest.prefix { !$0.unicodeScalars.allSatisfy(\.isCJKIdeograph) && !$0.isLetter && !$0.isNumber }
            if isGarbledOrdinal(marks) { rest = rest.dropFirst(marks.count) }
        }
        var declared: Int?
        // The suffix first: finding the bracket walks the whole line back.
        if rest.hasSuffix("项）") || rest.hasSuffix("项)"), let open = rest.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            declared = ItemCount.parse(String(rest[open...]))
            rest = rest[..<open]
        } else if rest.hasSuffix("项"), let share = rest.lastIndex(of: "共") {
            declared = ItemCount.parse(String(rest[rest.index(after: share)...]))
            rest = rest[..<share]
        }
        let name = String(rest).trimmingCharacters(in: "：:，,")
        guard (1...10).contains(name.count), !name.contains(where: \.isPunctuation) else {
            return chineseOrdinal ? misreadCount(after: rest) : nil
        }
        let canonical = PowerCategory.canonicalize(name) != nil
        let counted = declared != nil
        let accepted = (chineseOrdinal || arabicOrdinal) ? counted || (chineseOrdinal && canonical) : counted && canonical
        return accepted ? CategoryHeading(category: name, declaredCount: declared) : nil
    }

    /// Marks that may follow a heading's count.
    private static let endMarks = Set("。．.，,|｜;；:：_".unicodeScalars)

    /// What OCR reads a lone printed `1` as.
    static let oneStrokes: Set<Character> = ["]", "l", "I", "|", "丨", "!"]

    /// One or two marks where an ordinal stands: no letter, digit or Chinese character.
    private static func isGarbledOrdinal(_ text: Substring) -> Bool {
        (1...2).contains(text.count) && text.allSatisfy { !$0.unicodeScalars.allSatisfy(\.isCJKIdeograph) && !$0.isLetter && !$0.isNumber }
    }

    /// OCR misreads the brackets round a count (`“0项)`, `(3项) |`): after a
    /// Chinese ordinal, a canonical category followed by a few marks and a
    /// count of `项` is still the heading.
    private static func misreadCount(after rest: Substring) -> CategoryHeading? {
        let name = rest.prefix { $0.unicodeScalars.allSatisfy(\.isCJKIdeograph) }
        let tail = rest.dropFirst(name.count)
        guard PowerCategory.canonicalize(String(name)) != nil, tail.count <= 8 else { return nil }
        if let unit = tail.firstIndex(of: "项"), tail[tail.index(after: unit)...].allSatisfy({ !$0.isLetter && !$0.isNumber }) {
            // A lone stroke between the bracket and 项 is the digit 1 (`〈]项)`).
            let stroke = tail[..<unit].count == 2 && Self.oneStrokes.contains(tail[tail.index(before: unit)])
            return CategoryHeading(category: String(name), declaredCount: stroke ? 1 : ItemCount.parse(String(tail)))
        }
        // `项` itself lost: a bracketed number (`(1)`) is still the count.
        let digits = tail.filter(\.isASCIIDigit)
        guard let first = tail.first, "(（".contains(first), !digits.isEmpty, digits.count <= 3,
              tail.allSatisfy({ $0.isASCIIDigit || !$0.isLetter && !$0.isNumber }) else { return nil }
        return CategoryHeading(category: String(name), declaredCount: Int(String(digits)))
    }
}

/// A heading that names a department, in combined lists whose sections are
/// departments and that print no 行政主体 column: a Chinese ordinal and a
/// name ending the way Chinese government bodies are named.
///
/// - `一、区发展和改革委员会` → 区发展和改革委员会
/// - `二、县医疗保障局` → 县医疗保障局
/// - `一、行政许可` → nil (a category)
/// - `一、总则` → nil
public enum DepartmentHeading {
    static let bodySuffixes = ["委员会", "办公室", "局", "委", "办", "厅", "中心", "院", "所", "站", "队", "署", "会", "部", "处", "馆"]

    public static func parse(_ text: String) -> String? {
        guard !TextNormalizer.holdsMoreScalars(than: 30, in: text),
              text.unicodeScalars.contains(where: { $0 == "、" || $0 == "．" }) else { return nil }
        let compact = TextNormalizer.removingWhitespace(text)
        guard compact.unicodeScalars.count <= 30, let separator = compact.firstIndex(where: { $0 == "、" || $0 == "．" }) else { return nil }
        let ordinal = compact[..<separator]
        guard ChineseNumeral.value(of: ArraySlice(ordinal.unicodeScalars)) != nil else { return nil }
        let name = String(compact[compact.index(after: separator)...])
        guard (3...24).contains(name.count), name.unicodeScalars.allSatisfy({ $0.isCJKIdeograph || $0 == "（" || $0 == "）" }),
              PowerCategory.canonicalize(name) == nil, bodySuffixes.contains(where: name.hasSuffix) else { return nil }
        return name
    }
}

/// The number of items a heading or note declares: the number before `项`.
///
/// - `（共六类、26 项）` → 26; `17项` → 17; `（0项）` → 0; `共五类` → nil
public enum ItemCount {
    public static func parse(_ text: String) -> Int? {
        let compact = TextNormalizer.removingWhitespace(text)
        guard let end = compact.firstIndex(of: "项") else { return nil }
        let digits = compact[..<end].reversed().prefix(while: \.isASCIIDigit)
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// The total a title line declares (`（共六类、26 项）`), nil when it declares none.
    public static func declaredTotal(in title: String) -> Int? {
        let compact = TextNormalizer.removingWhitespace(title)
        guard compact.contains("共"), compact.contains("项") else { return nil }
        return parse(compact)
    }
}

/// A summary table's total row: 合计 / 总计 / 共计 and the count it declares.
///
/// - `["合计", "17项"]` → 17; `["共计：17项"]` → 17; `["合计"]` → nil count (still a total row)
public enum TotalRow {
    static let labels = ["合计", "总计", "共计"]

    /// Whether a line or first cell opens a total row.
    public static func isTotal(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        return labels.contains { compact.hasPrefix($0) }
    }

    /// nil when `cells` are no total row; `.some(nil)` for a total row without a count.
    public static func parse(_ cells: [String]) -> Int?? {
        guard let first = cells.first, isTotal(first) else { return nil }
        return .some(ItemCount.parse(cells.dropFirst().joined()) ?? ItemCount.parse(first))
    }
}

/// A printed 序号: a positive number of at most six digits. `0`, a negative
/// number or a longer digit run (an ID printed in the column) is none: item
/// numbers start at 1 (the schema says so) and unnumbered rows count on from
/// the one before, which must not overflow.
///
/// - `12` → 12; `0`, `-3`, `1234567`, `1.5` → nil
public enum PrintedSeq {
    public static let maximum = 999_999

    public static func parse(_ text: some StringProtocol) -> Int? {
        guard let value = Int(text), (1...maximum).contains(value) else { return nil }
        return value
    }

    /// A 序号 cell (white space removed): the number, and one mark a list
    /// may print after it or a scan may add (`1.`, `1、`, `1。`, `18-`).
    public static func parse(cell text: some StringProtocol) -> Int? {
        if let last = text.last, ".．。、,，-".contains(last) { return parse(text.dropLast()) }
        return parse(text)
    }

    /// A number cell a scan spoiled, whose number cannot be read: digits
    /// with marks that are no numbering (`]1` for 11, `“4.`), or `0`.
    public static func isUnreadable(cell text: some StringProtocol) -> Bool {
        guard parse(cell: text) == nil, text.count <= 6, text.contains(where: \.isASCIIDigit) else { return false }
        return text.allSatisfy { $0.isASCIIDigit || $0.isPunctuation || $0.isSymbol }
    }
}

extension String {
    /// Without the given characters at either end.
    public func trimmingCharacters(in set: String) -> String {
        // Index by index: every line of every page is asked (`CategoryHeading`).
        var start = startIndex, end = endIndex
        while start < end, set.contains(self[start]) { formIndex(after: &start) }
        while start < end {
            let last = index(before: end)
            guard set.contains(self[last]) else { break }
            end = last
        }
        return start == startIndex && end == endIndex ? self : String(self[start..<end])
    }
}
