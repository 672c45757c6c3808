/// The lines one narrow column prints the same way on many rows (the
/// department in 行政主体, 县级 in 行使层级), learned from every row's lines of
/// a run of narrow columns: for each line that ends (or starts) several
/// rows' runs, the longest run of lines that nearly all of those rows share
/// there. A list may have more than one (two departments); each tells that
/// column's lines from its neighbour's.
struct RepeatedLines {
    enum End {
        case last
        case first
    }

    let end: End
    /// The runs as the rows print them, in reading order.
    let runs: [[String]]

    init(regions: [[String]], at end: End) {
        self.end = end
        // Regions read from the repeated end inwards.
        let regions = regions.filter { $0.count >= 2 }.map { end == .last ? Array($0.reversed()) : $0 }
        var runs: [[String]] = []
        for (edge, family) in Dictionary(grouping: regions, by: { $0[0] }) where family.count >= 2 && family.count * 5 >= regions.count {
            var run = [edge]
            while true {
                let next = Dictionary(grouping: family.filter { $0.count > run.count + 1 }, by: { $0[run.count] })
                guard let (line, sharing) = next.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
                      sharing.count * 5 >= family.count * 4 else { break }
                run.append(line)
            }
            runs.append(end == .last ? run.reversed() : run)
        }
        self.runs = runs.sorted { $0.joined() < $1.joined() }
    }

    var isEmpty: Bool { runs.isEmpty }

    /// How many of `texts`' lines (at this end) are the repeated column's: a
    /// whole run, or a part of one when the row lost lines; 0 when none.
    /// With `allowingAll`, every line may be the column's (a row's part after a
    /// page break need not print the neighbouring column).
    func count(in texts: [String], allowingAll: Bool = false) -> Int {
        let ordered = end == .last ? texts : texts.reversed()
        let runs = end == .last ? runs : runs.map { $0.reversed() }
        let whole = runs.filter { ordered.count >= $0.count && Array(ordered.suffix($0.count)) == $0 }.map(\.count).max()
        if let whole { return whole }
        for tail in stride(from: ordered.count - (allowingAll ? 0 : 1), through: 1, by: -1) {
            let candidate = Array(ordered.suffix(tail))
            let contained = runs.contains { run in
                run.count >= tail && (0...(run.count - tail)).contains { Array(run[$0..<($0 + tail)]) == candidate }
            }
            if contained { return tail }
        }
        return 0
    }
}
