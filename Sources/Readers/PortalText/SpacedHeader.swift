import PowerListModel

/// The header of a table whose cells are separated by spaces: a line whose
/// words are all column titles and name a detail table (`ColumnTitles`), or
/// such a line with some titles wrapped onto the line below —
/// `序号 权力 权力事项 …` over `类型`, each lower word completing the next
/// upper word that is no title alone (权力 + 类型 = 权力类型).
struct SpacedHeader: Equatable {
    var titles: [String]
    var lineCount: Int

    static func match(_ lines: [PortalLine], rawLines: [String], at index: Int) -> SpacedHeader? {
        guard case .text = lines[index] else { return nil }
        let words = SpacedWords.split(rawLines[index])
        guard words.count >= 3, words.allSatisfy({ ColumnTitles.role(forHeader: $0.text) != nil }) else { return nil }
        var titles = words.map(\.text)
        var lineCount = 1
        if ColumnTitles.detailColumns(titles) == nil || titles.contains(where: { ColumnTitles.knownRole(forHeader: $0) == nil }),
           index + 1 < lines.count, case .text = lines[index + 1], let completed = completing(titles, with: SpacedWords.split(rawLines[index + 1]).map(\.text)) {
            titles = completed
            lineCount = 2
        }
        guard ColumnTitles.detailColumns(titles) != nil else { return nil }
        return SpacedHeader(titles: titles, lineCount: lineCount)
    }

    /// The upper titles with the lower words appended where they complete one.
    private static func completing(_ upper: [String], with lower: [String]) -> [String]? {
        guard !lower.isEmpty, lower.count <= upper.count, lower.allSatisfy({ $0.count <= 4 }) else { return nil }
        var titles = upper
        var next = 0
        for word in lower {
            guard let column = titles.indices.dropFirst(next).first(where: {
                ColumnTitles.knownRole(forHeader: titles[$0]) == nil && ColumnTitles.knownRole(forHeader: titles[$0] + word) != nil
            }) else { return nil }
            titles[column] += word
            next = column + 1
        }
        return titles
    }
}

/// A line's words — runs of text between white space — and whether a wide
/// gap (two spaces or more, a tab, an ideographic space) follows each: where
/// a copy kept the table's alignment, cells are apart by wide gaps.
enum SpacedWords {
    struct Word: Equatable {
        var text: String
        var gapAfter: Bool
    }

    static func split(_ line: String) -> [Word] {
        var words: [Word] = []
        var current = "", gap = 0
        for character in line {
            if character.isWhitespace {
                if !current.isEmpty {
                    words.append(Word(text: current, gapAfter: false))
                    current = ""
                }
                gap += character == "\t" ? 2 : max(1, DisplayWidth.of(String(character)))
                continue
            }
            if current.isEmpty, let last = words.indices.last { words[last].gapAfter = gap >= 2 }
            gap = 0
            current.append(character)
        }
        if !current.isEmpty { words.append(Word(text: current, gapAfter: false)) }
        return words
    }
}
