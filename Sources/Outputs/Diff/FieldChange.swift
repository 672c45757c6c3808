import PowerListModel

/// How one field of a matched item differs between two editions: the lines
/// only the old edition has and those only the new one has. Lines are
/// compared without their white space (where a line wraps is not content);
/// both sides empty means the same lines in another order.
public struct FieldChange: Sendable, Equatable {
    public var field: ItemField
    public var removed: [String]
    public var added: [String]

    public init(field: ItemField, removed: [String], added: [String]) {
        self.field = field
        self.removed = removed
        self.added = added
    }

    /// `nil` when the two sides say the same.
    static func between(_ field: ItemField, old: [String], new: [String]) -> FieldChange? {
        let oldKeys = old.map(ComparableText.key), newKeys = new.map(ComparableText.key)
        guard oldKeys != newKeys else { return nil }
        var unmatchedNew = Dictionary(grouping: newKeys.indices, by: { newKeys[$0] })
        var removed: [String] = []
        for (index, key) in oldKeys.enumerated() {
            if var candidates = unmatchedNew[key], !candidates.isEmpty {
                candidates.removeFirst()
                unmatchedNew[key] = candidates
            } else {
                removed.append(old[index])
            }
        }
        let added = unmatchedNew.values.flatMap { $0 }.sorted().map { new[$0] }
        return FieldChange(field: field, removed: removed, added: added)
    }
}

/// Text as a diff compares it: without white space, which editions wrap and
/// space differently (SPEC.md compares text the same way).
enum ComparableText {
    static func key(_ text: String) -> String {
        TextNormalizer.removingWhitespace(text)
    }
}
