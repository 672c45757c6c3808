/// How often a list's names print each run of marks between two words
/// (`、`, `--`, `）--`, `（`). Names follow the list's own conventions: a
/// list joins 主项 and 子项 with `--` in every name, lists a name's parts
/// with `、`, and prints `：` or `；` in a name rarely if ever. Where OCR read
/// a name's marks two ways (summary, row) and the text around them decides
/// nothing, the run the list's other names print wins (`RecognizedNameChoice`).
///
/// - `收支：管理` against `收支、管理`, other names printing `、` twenty times and
///   `：` never → `、`
/// - `（主项）-城乡…` against `（主项）--城乡…`, other names printing `）--` five
///   times and `）-` once (misread alike) → `）--`
/// - a mark against none: `制：度` against `制度`, other names never printing
///   `：` → `制度`; `职工、医疗` against `职工医疗` → both kept (names print
///   `、`, and a speck read as one is as large as one printed)
struct NameMarkRuns {
    private var counts: [String: Int] = [:]

    init(_ names: [String]) {
        for name in names { add(name, by: 1) }
    }

    /// The runs of `names` no longer counted (a pair's own readings).
    func without(_ names: [String]) -> NameMarkRuns {
        var runs = self
        for name in names { runs.add(name, by: -1) }
        return runs
    }

    func count(_ run: String) -> Int { counts[run] ?? 0 }

    /// The whole run of marks in `text` that `stretch` lies in (the stretch
    /// widened over the marks either side of it).
    static func run(in text: [Unicode.Scalar], around stretch: Range<Int>) -> String {
        var start = stretch.lowerBound, end = stretch.upperBound
        while start > 0, isMark(text[start - 1]) { start -= 1 }
        while end < text.count, isMark(text[end]) { end += 1 }
        var run = String.UnicodeScalarView()
        run.append(contentsOf: text[start..<end])
        return String(run)
    }

    /// Punctuation, a symbol or a space: neither a letter, an ideograph nor a digit.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
    }

    private mutating func add(_ name: String, by step: Int) {
        var run = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if Self.isMark(scalar) {
                run.append(scalar)
            } else if !run.isEmpty {
                counts[String(run), default: 0] += step
                run = String.UnicodeScalarView()
            }
        }
        if !run.isEmpty { counts[String(run), default: 0] += step }
    }
}
