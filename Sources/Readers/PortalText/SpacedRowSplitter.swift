import PowerListModel

/// Splits a row of a space-separated table into its columns' cells. Where
/// the row has as many runs of text between wide gaps — or as many words —
/// as the header has titles, each is a cell. Otherwise the words are shared
/// out in order, each column a run of them, choosing the sharing whose cells
/// best fit what their columns hold: a 序号 is a number, a 权力类型 a category,
/// a 行政主体 the name of a government body, a 实施依据 opens with a title in
/// 《》 or a number, a 追责情形 with 因不履行…; wide gaps fall between cells and
/// a list does not restart at its second element.
enum SpacedRowSplitter {
    static func cells(_ words: [SpacedWords.Word], roles: [ColumnRole]) -> [String] {
        guard !words.isEmpty, !roles.isEmpty else { return [] }
        let chunks = chunked(words)
        if words.contains(where: \.gapAfter), chunks.count == roles.count { return chunks }
        if words.count == roles.count { return words.map(\.text) }
        return shared(words, roles: roles)
    }

    /// Words joined into runs between wide gaps.
    private static func chunked(_ words: [SpacedWords.Word]) -> [String] {
        var chunks: [String] = [], current: [String] = []
        for word in words {
            current.append(word.text)
            if word.gapAfter {
                chunks.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { chunks.append(current.joined(separator: " ")) }
        return chunks
    }

    /// The best sharing of the words among the columns (dynamic programming
    /// over column × words used).
    private static func shared(_ words: [SpacedWords.Word], roles: [ColumnRole]) -> [String] {
        let n = words.count, m = roles.count
        let unset = -Double.infinity
        var best = [[Double]](repeating: [Double](repeating: unset, count: n + 1), count: m + 1)
        var cut = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        best[0][0] = 0
        let fit = CellFit(words)
        for column in 1...m {
            for end in 0...n {
                for start in 0...end where best[column - 1][start] > unset {
                    var score = best[column - 1][start] + fit.score(roles[column - 1], start..<end)
                    if start > 0, start < n, column > 1 { score += words[start - 1].gapAfter ? CellFit.gapBetween : 0 }
                    if score > best[column][end] {
                        best[column][end] = score
                        cut[column][end] = start
                    }
                }
            }
        }
        var cells = [String](repeating: "", count: m)
        var end = n
        for column in stride(from: m, to: 0, by: -1) {
            let start = cut[column][end]
            cells[column - 1] = words[start..<end].map(\.text).joined(separator: " ")
            end = start
        }
        return cells
    }
}

/// How well a run of words fits a column.
struct CellFit {
    static let gapBetween = 0.8
    static let gapWithin = -1.2

    private let words: [SpacedWords.Word]
    /// Running counts over the words, for any run's totals at once.
    private let gapsBefore: [Int]
    private let citations: [Int]
    private let duties: [Int]

    init(_ words: [SpacedWords.Word]) {
        self.words = words
        func running(_ test: (SpacedWords.Word) -> Bool) -> [Int] {
            words.reduce(into: [0]) { $0.append($0.last! + (test($1) ? 1 : 0)) }
        }
        gapsBefore = running(\.gapAfter)
        citations = running { $0.text.contains("《") || $0.text.contains("条") }
        duties = running { $0.text.contains("责任") }
    }

    func score(_ role: ColumnRole, _ run: Range<Int>) -> Double {
        guard !run.isEmpty else { return Self.emptyPenalty(role) }
        let first = words[run.lowerBound].text
        let single = run.count == 1
        let internalGaps = Double(gapsBefore[run.upperBound - 1] - gapsBefore[run.lowerBound])
        var score = internalGaps * Self.gapWithin
        if let token = NumberingTokens.token(atStartOf: first), token.number > 1, role != .seq { score -= 3 }
        switch role {
        case .seq:
            score += single && PrintedSeq.parse(first) != nil ? 3 : -6
        case .category:
            let compact = words[run].map(\.text).joined()
            score += PowerCategory.canonicalize(compact) != nil || PowerCategory.printedNames.contains(compact) ? 3 : (single && first.count <= 8 ? -1 : -6)
        case .subject:
            score += single && first.count <= 30 && GovernmentBody.isNamed(first) ? 2.5 : -4
        case .name:
            score += 1 - 0.8 * Double(run.count - 1) - (first.hasPrefix("《") || PowerCategory.canonicalize(first) != nil ? 3 : 0)
        case .basis:
            score += (opensList(first) || first.hasPrefix("《") || first.hasPrefix("根据") || first.hasPrefix("依据") ? 2 : 0)
                + (citations[run.upperBound] > citations[run.lowerBound] ? 1 : -1)
        case .responsibilities:
            score += (duties[run.upperBound] > duties[run.lowerBound] ? 1.5 : -1) + (opensList(first) ? 1 : 0)
        case .accountability:
            score += first.hasPrefix("因") || first.contains("有下列情形") || first.contains("追究") ? 2 : 0
        case .remarks:
            score += run.count <= 2 ? 0.2 : -1
        case .code:
            score += single && first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) ? 1 : -3
        case .mainItem, .subItem, .extra:
            break
        }
        return score
    }

    /// `1.`, `1、`, `（1）`, `(一)`: the first element of a list.
    private func opensList(_ word: String) -> Bool {
        NumberingTokens.token(atStartOf: word)?.number == 1
    }

    private static func emptyPenalty(_ role: ColumnRole) -> Double {
        switch role {
        case .name: -6
        case .basis, .responsibilities, .accountability: -3
        case .category, .subject: -1.5
        case .seq: -1
        default: -0.3
        }
    }
}

/// The name of a government body: it ends the way their names end
/// (区发展和改革委员会, 县医疗保障局, 镇人民政府, 县综合行政执法大队).
enum GovernmentBody {
    private static let endings = ["局", "委员会", "办公室", "中心", "政府", "委", "办", "院", "所", "站", "队", "馆", "部", "厅", "署", "会", "处", "街道", "乡", "镇"]

    static func isNamed(_ text: String) -> Bool {
        text.count >= 3 && endings.contains(where: { text.hasSuffix($0) }) && !text.contains("《")
    }
}
