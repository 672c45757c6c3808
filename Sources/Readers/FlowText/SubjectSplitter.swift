import PowerListModel

/// Splits each row's 权力事项 + 行政主体 lines (both narrow columns, printed one
/// after the other) into the name and the subject. The subject is the
/// department, printed the same way on most rows: the longest run of final
/// lines that most rows share is taken as the subject's lines.
struct SubjectSplitter {
    /// The subject's lines as most rows print them.
    let subjectLines: [String]

    init(rows: [FlowRow]) {
        let regions = rows.map { $0.nameAndSubject.map(\.text) }.filter { $0.count >= 2 }
        var best: [String] = []
        var length = 1
        while true {
            var counts: [[String]: Int] = [:]
            for region in regions where region.count > length {
                counts[Array(region.suffix(length)), default: 0] += 1
            }
            guard let (suffix, count) = counts.max(by: { ($0.value, $1.key.joined()) < ($1.value, $0.key.joined()) }),
                  count * 2 >= regions.count, count >= 2 else { break }
            best = suffix
            length += 1
        }
        subjectLines = best
    }

    /// (name lines, subject lines) of one row.
    func split(_ lines: [FlowLine]) -> (name: [FlowLine], subject: [FlowLine]) {
        guard !subjectLines.isEmpty else { return (lines, []) }
        let texts = lines.map(\.text)
        if texts.count >= subjectLines.count, Array(texts.suffix(subjectLines.count)) == subjectLines {
            return (Array(lines.dropLast(subjectLines.count)), Array(lines.suffix(subjectLines.count)))
        }
        // A subject that lost lines: the longest tail that is a run of the usual subject lines.
        for tail in stride(from: min(texts.count - 1, subjectLines.count), through: 1, by: -1) {
            let candidate = Array(texts.suffix(tail))
            if containsRun(candidate) {
                return (Array(lines.dropLast(tail)), Array(lines.suffix(tail)))
            }
        }
        return (lines, [])
    }

    private func containsRun(_ run: [String]) -> Bool {
        guard run.count <= subjectLines.count else { return false }
        return (0...(subjectLines.count - run.count)).contains { start in
            Array(subjectLines[start..<(start + run.count)]) == run
        }
    }
}
