import PowerListModel

/// An item printed as one paragraph: its number and name, then its fields
/// each after a known label and a colon —
/// `一、对…的处罚 实施依据：《…》第八十四条。责任事项：1.立案责任：…。追责情形：…。`
/// A label counts where it starts the text or follows white space or the
/// end of a sentence, so `受理责任：` inside a value is no label. At least two
/// labels, one of them a content column's (实施依据, 责任事项, 追责情形), make a
/// paragraph an item.
struct InlineFields: Equatable {
    /// What stands before the first label: the item's number and name.
    var head: String
    var fields: [(label: String, value: String)]

    static func == (lhs: InlineFields, rhs: InlineFields) -> Bool {
        lhs.head == rhs.head && lhs.fields.map(\.label) == rhs.fields.map(\.label) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// Known titles, longest first, so `设定依据` wins over `依据`.
    private static let titles = ColumnTitles.roles.keys.sorted { ($0.count, $0) > ($1.count, $1) }.map { (text: $0, count: $0.count) }
    private static let boundaries: Set<Character> = [" ", "。", "；", ";", "，"]

    init?(_ line: String) {
        // Every label ends in a colon; every line of every text input is asked.
        guard line.holdsColon else { return nil }
        let characters = Array(line)
        var starts: [(start: Int, label: String, valueStart: Int)] = []
        var index = 0
        while index < characters.count {
            guard index == 0 || Self.boundaries.contains(characters[index - 1]) else { index += 1; continue }
            if let title = Self.titles.first(where: { Self.matches($0, characters, at: index) }) {
                let colon = index + title.count
                starts.append((index, title.text, colon + 1))
                index = colon + 1
            } else {
                index += 1
            }
        }
        let roles = starts.compactMap { ColumnTitles.knownRole(forHeader: $0.label) }
        guard starts.count >= 2, roles.contains(where: ColumnTitles.contentRoles.contains) else { return nil }
        head = TextNormalizer.collapseWhitespace(String(characters[..<starts[0].start]))
        fields = starts.indices.map { position in
            let end = position + 1 < starts.count ? starts[position + 1].start : characters.count
            return (starts[position].label, TextNormalizer.collapseWhitespace(String(characters[starts[position].valueStart..<end])))
        }
    }

    private static func matches(_ title: (text: String, count: Int), _ characters: [Character], at index: Int) -> Bool {
        let colon = index + title.count
        guard colon < characters.count, characters[colon] == "：" || characters[colon] == ":" else { return false }
        return String(characters[index..<colon]) == title.text
    }
}

/// The number and name an item's first line prints: `1.对…的处罚`,
/// `一、对…的处罚`, `（3）对…的处罚`, or the name alone.
struct ItemHead: Equatable {
    var seq: Int?
    var name: String

    init(_ text: String) {
        let text = TextNormalizer.collapseWhitespace(text)
        guard let token = NumberingTokens.token(atStartOf: text), token.style.family != .circled else {
            self.init(seq: nil, name: text)
            return
        }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(token.range.upperBound)))
        self.init(seq: token.number, name: TextNormalizer.collapseWhitespace(rest))
    }

    init(seq: Int?, name: String) {
        self.seq = seq
        self.name = name
    }
}
