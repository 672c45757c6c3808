import PowerListModel

extension SourceCell {
    /// Takes in the content of a cell its merge covers. Word and Excel show
    /// only the merged cell's own content, but a covered cell that holds
    /// other text keeps it here rather than losing it; one that repeats the
    /// merged cell's text (some generators fill every covered cell) adds nothing.
    mutating func absorb(_ covered: Cell) {
        guard !covered.isEmpty, covered.text != content.text else { return }
        content.append(covered)
    }
}
