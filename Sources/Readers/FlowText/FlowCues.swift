import PowerListModel

/// What a single line (or a short run of lines) of a flow dump looks like:
/// the structural cues the row reader decides with. None depends on one
/// document: they are the shapes every county's list shares.
enum FlowCues {
    /// A line that is only a number: a 序号 cell.
    static func bareInteger(_ text: some StringProtocol) -> Int? {
        guard text.count <= 4, let value = Int(text), value > 0 else { return nil }
        return value
    }

    /// The number a line starts with when it stands alone, is followed by a
    /// space (`12`, `12 行政处罚 …` in a `-raw` dump) or is glued to a category
    /// name (`12行政确认`), and the rest of the line.
    static func leadingInteger(_ text: String) -> (value: Int, rest: Substring)? {
        var head = text.prefix { $0 != " " }
        let digits = head.prefix(while: \.isASCIIDigit)
        if digits.count < head.count, startsCategoryName(head.dropFirst(digits.count)) { head = digits }
        guard let value = bareInteger(head) else { return nil }
        return (value, text.dropFirst(head.count).drop { $0 == " " })
    }

    /// A category cell's lines joined must spell a printed type (or, when
    /// lines were lost, a piece of one).
    static let categoryNames = PowerCategory.printedNames

    static func isCategoryName(_ text: some StringProtocol) -> Bool {
        categoryNames.contains(TextNormalizer.removingWhitespace(String(text)))
    }

    /// A category name or the start of one (`行政` of 行政处罚 wrapped).
    static func startsCategoryName(_ text: some StringProtocol) -> Bool {
        // Read no further than a name is long: callers pass whole lines.
        var compact = ""
        var count = 0
        for character in text where !character.isWhitespace {
            count += 1
            guard count <= longestCategoryName else { return false }
            compact.append(character)
        }
        return count >= 2 && isNameStart(compact)
    }

    /// In Characters: a text longer starts no name.
    private static let longestCategoryName = categoryNames.map(\.count).max() ?? 0

    /// Some category name starts with `compact` (white space removed; every name starts with "").
    private static func isNameStart(_ compact: String) -> Bool {
        // A text opening as no name does is turned away before trying each.
        if let first = compact.unicodeScalars.first, !nameOpenings.mayOpen(with: first) { return false }
        return categoryNames.contains { $0.hasPrefix(compact) }
    }

    private static let nameOpenings = OpeningScalars(of: categoryNames)

    /// How many lines from `start` form a category cell (0 when none). With
    /// `allowingFragment`, a single line that is a piece of a category name
    /// (权力 of 其他权力) counts too: a row whose first lines were lost.
    static func categoryRun(_ lines: [FlowLine], at start: Int, end: Int, allowingFragment: Bool = false) -> Int {
        // A run is at most `categoryRunLength` lines: only those are read (the
        // rest of the document, copied for every line asked about, made reading
        // a long export quadratic).
        let stop = max(start, min(end, lines.count, start + categoryRunLength))
        return categoryRun(lines[start..<stop].map(\.text), allowingFragment: allowingFragment)
    }

    /// The most lines a category name is printed over.
    private static let categoryRunLength = 4

    static func categoryRun(_ texts: [String], allowingFragment: Bool = false) -> Int {
        var joined = ""
        var best = 0
        for (index, text) in texts.prefix(categoryRunLength).enumerated() {
            joined += text.filter { !$0.isWhitespace }
            if categoryNames.contains(joined) { best = index + 1 }
            if !isNameStart(joined) { break }
        }
        if best == 0, allowingFragment, let text = texts.first {
            if text.count >= 2, text.count <= 4, categoryNames.contains(where: { $0.contains(text) }) { return 1 }
        }
        return best
    }

    /// A step of 责任事项: an optional number, then a label (`1、立案责任：`).
    static func isStepStart(_ text: String) -> Bool {
        StepLabel.startsLine(text)
    }

    static func numbering(_ text: String) -> NumberingToken? {
        NumberingTokens.token(atStartOf: text)
    }

    /// The line without its leading list number and the spaces after it.
    static func afterNumbering(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(text).unicodeScalars
        guard let token = numbering(text) else { return scalars }
        return scalars.dropFirst(token.range.upperBound).drop { $0 == " " || $0 == "\u{3000}" }
    }

    /// A 实施依据 cell starts with a citation, a bracketed kind (`【法律】`) or a
    /// numbered citation (`1、《…`).
    static func looksLikeBasisStart(_ text: String) -> Bool {
        guard let first = afterNumbering(text).first else { return false }
        return first == "《" || first == "【" || first == "〈"
    }

    /// The accountability preamble's wording (因不履行或不正确履行行政职责，有下列情形的…).
    static func hasAccountabilityWording(_ text: String) -> Bool {
        ["情形", "追究", "承担", "问责"].contains { text.contains($0) }
    }

    /// The first line of the usual preamble: it opens with the failure to act
    /// (因不履行…, 有下列情形…), whatever the wrapping after it.
    static func startsAccountabilityPreamble(_ text: String) -> Bool {
        ["因不履行", "因不正确履行", "有下列情形", "出现下列情形", "行政机关及相关工作人员"].contains { text.hasPrefix($0) }
    }

    /// Ends a sentence or list element: what a cell's last line ends with.
    static func endsElement(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return "。；;：:！？".unicodeScalars.contains(last)
    }

    /// A list element phrased as an accountability case: a clause ending in 的
    /// (`…实施行政处罚的；`) or naming the act (`…规定的行为。`).
    static func endsLikeCase(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: "。；;，,")
        return trimmed.hasSuffix("的") || trimmed.hasSuffix("行为")
    }

    /// An ID printed in a code column (`130124-XK-0001`, `000117001000`):
    /// digits and Latin letters, maybe with dashes, at least one digit.
    static func looksLikeCode(_ text: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(text)
        guard compact.count >= 3 else { return false }
        return compact.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)) }
            && compact.unicodeScalars.contains { ("0"..."9").contains($0) }
    }
}
