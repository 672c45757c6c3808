import PowerListModel

/// Dashes in names (`（主项）——参保`): OCR reads their thin line as `一`.
extension RecognizedNameChoice {
    /// `read` is one `一` or two where `other` reads a run of two dashes or
    /// more, or a `一` and a character as many as the dashes (`一人` against
    /// `——`: the line's broken end read as a stroke): the thin line of `——`
    /// (or `--`) read as characters, as OCR reads a lone stroke. The dashes
    /// are not a misreading of a printed 一: OCR reads two only where the
    /// ink runs on for more than an em (`DashRuns`), and no stroke of a
    /// character does.
    static func isDashReadAsOne(_ read: ArraySlice<Unicode.Scalar>, _ other: ArraySlice<Unicode.Scalar>) -> Bool {
        guard other.count >= 2, other.allSatisfy(dashes.contains), read.first == "一" else { return false }
        return (1...2).contains(read.count) && read.allSatisfy { $0 == "一" } || read.count == other.count
    }

    private static let dashes: Set<Unicode.Scalar> = ["—", "-", "－", "‐", "–"]

    /// Both readings mended where one reads a run of dashes and a `一` (the
    /// run's broken end read as a stroke) and the other a lone `一` in its
    /// place (`（主项）——一参保`, `（主项）一参保` → `（主项）——参保`), unless
    /// that `一` makes a word with what follows (`——一次性`); nil otherwise.
    static func dashRun(_ detail: String, _ summary: String, lexicon: (any Lexicon)?) -> String? {
        for (dashed, plain) in [(summary, detail), (detail, summary)] {
            let scalars = Array(dashed.unicodeScalars)
            var start = 0
            while start < scalars.count {
                var end = start
                while end < scalars.count, dashes.contains(scalars[end]) { end += 1 }
                defer { start = max(end, start + 1) }
                guard end - start >= 2, end < scalars.count, scalars[end] == "一" else { continue }
                let before = scalars[..<start], after = scalars[(end + 1)...]
                guard String(String.UnicodeScalarView(before + ["一"] + after)) == plain else { continue }
                if let lexicon, let next = after.first, lexicon.isWord(String(String.UnicodeScalarView(["一", next]))) { return nil }
                return String(String.UnicodeScalarView(before + scalars[start..<end] + after))
            }
        }
        return nil
    }
}
