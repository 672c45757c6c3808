import PowerListModel

/// Recognizes a table header row in a flow dump, where its titles are split
/// over several lines (`序号` `权力` `类型` `权力事项` … `实施依据 责任事项 追责情形 备注`):
/// a run of lines whose text, concatenated, is a sequence of column titles.
enum FlowHeaderBlock {
    struct Match {
        var lineCount: Int
        var columns: [Column]
    }

    /// The header block starting at `start` in `lines` (blank lines skipped).
    static func match(_ lines: [String], at start: Int) -> Match? {
        var text = ""
        var best: Match?
        var index = start
        var consumed = 0
        while index < lines.count, consumed < 16 {
            let line = TextNormalizer.removingWhitespace(lines[index])
            index += 1
            if line.isEmpty { continue }
            text += line
            consumed += 1
            guard text.count <= maxHeaderLength else { break }
            guard let parse = segment(Array(text)) else { break }
            if let titles = parse.complete, titles.count >= 4 {
                let columns = titles.compactMap { title in ColumnTitles.roles[title].map { Column(title: title, role: $0) } }
                if !Set(columns.map(\.role)).isDisjoint(with: ColumnTitles.contentRoles) {
                    best = Match(lineCount: index - start, columns: columns)
                }
            }
        }
        return best
    }

    /// Longer than any header (over twenty titles of up to seven characters):
    /// longer text is content, and segmenting it costs the square of its length.
    private static let maxHeaderLength = 160

    private struct Segmentation {
        /// The titles, when the text ends exactly at a title's end.
        var complete: [String]?
    }

    private static let titleChars: [[Character]] = ColumnTitles.roles.keys.sorted().map(Array.init)

    /// Splits `text` into known titles, allowing the last piece to be the
    /// start of a title (its remaining lines have not been read yet); nil
    /// when the text cannot be a header.
    private static func segment(_ text: [Character]) -> Segmentation? {
        // reach[i]: titles covering text[..<i], or nil when i is unreachable.
        var reach: [[String]?] = Array(repeating: nil, count: text.count + 1)
        reach[0] = []
        var partial = false
        for i in 0..<text.count {
            guard let prefix = reach[i] else { continue }
            for title in titleChars {
                let end = i + title.count
                if end <= text.count {
                    // elementsEqual, not Array(…) ==: this runs for every title at every
                    // line of a dump, and the copies were most of a text conversion's cost.
                    if text[i..<end].elementsEqual(title), reach[end] == nil || reach[end]!.count > prefix.count + 1 {
                        reach[end] = prefix + [String(title)]
                    }
                } else if title.prefix(text.count - i).elementsEqual(text[i...]) {
                    partial = true
                }
            }
        }
        if let complete = reach[text.count] { return Segmentation(complete: complete) }
        return partial ? Segmentation(complete: nil) : nil
    }
}
