import PowerListModel

extension EditionChanges {
    /// The report for people: each added (+), removed (−), renamed (~) and
    /// changed (*) item on a line, a changed item's differing fields under
    /// it with the lines each edition alone has, and a count at the end.
    /// `colored` adds ANSI colours, for a terminal.
    public func text(old oldLabel: String, new newLabel: String, colored: Bool) -> String {
        let style = TextStyle(colored: colored)
        var lines = [style.bold("--- \(oldLabel)"), style.bold("+++ \(newLabel)")]
        for item in removed { lines.append(style.red("- \(item.seq) \(item.name)")) }
        for item in added { lines.append(style.green("+ \(item.seq) \(item.name)")) }
        for pair in renamed { lines.append(style.yellow("~ \(pair.new.seq) \(pair.old.name) → \(pair.new.name)")) }
        for item in changed {
            lines.append(style.yellow("* \(item.new.seq) \(item.new.name)"))
            for change in item.fields {
                lines.append("    \(change.field.rawValue):" + (change.removed.isEmpty && change.added.isEmpty ? " same lines, other order" : ""))
                lines += change.removed.map { style.red("      - " + $0) }
                lines += change.added.map { style.green("      + " + $0) }
            }
        }
        lines.append(isEmpty ? "no differences" : "\(added.count) added, \(removed.count) removed, \(renamed.count) renamed, \(changed.count) changed")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// ANSI SGR sequences, or nothing when the output is not a terminal.
private struct TextStyle {
    let colored: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
