import PowerListModel

/// What changed between two editions of a list (docs/DIFF.md has the rules):
/// items are paired by `ItemMatcher`; unpaired old items were removed,
/// unpaired new ones added; a pair whose names differ was renamed; a pair
/// whose compared fields (`ItemField`) differ was changed. A renamed item
/// whose fields also differ is listed under both.
public enum EditionComparison {
    public static func compare(_ old: PowerListDocument, _ new: PowerListDocument) -> EditionChanges {
        compare(old.items, new.items)
    }

    public static func compare(_ old: [Item], _ new: [Item]) -> EditionChanges {
        let pairs = ItemMatcher.match(old: old, new: new)
        let pairedOld = Set(pairs.map(\.old)), pairedNew = Set(pairs.map(\.new))
        var changes = EditionChanges(
            added: new.indices.filter { !pairedNew.contains($0) }.map { new[$0] },
            removed: old.indices.filter { !pairedOld.contains($0) }.map { old[$0] },
            renamed: [], changed: []
        )
        for pair in pairs {
            let before = old[pair.old], after = new[pair.new]
            if ComparableText.key(before.name) != ComparableText.key(after.name) {
                changes.renamed.append(ItemPair(old: before, new: after))
            }
            let fields = ItemField.allCases.compactMap { FieldChange.between($0, old: $0.lines(of: before), new: $0.lines(of: after)) }
            if !fields.isEmpty { changes.changed.append(ChangedItem(old: before, new: after, fields: fields)) }
        }
        changes.sort()
        return changes
    }
}

/// The report of `EditionComparison`, each list in the new edition's order
/// (the old one's for removed items): by seq, then by name.
public struct EditionChanges: Sendable, Equatable {
    public var added: [Item]
    public var removed: [Item]
    public var renamed: [ItemPair]
    public var changed: [ChangedItem]

    public init(added: [Item], removed: [Item], renamed: [ItemPair], changed: [ChangedItem]) {
        self.added = added
        self.removed = removed
        self.renamed = renamed
        self.changed = changed
    }

    /// True when the two editions have the same items saying the same.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && renamed.isEmpty && changed.isEmpty
    }

    mutating func sort() {
        added.sort(by: Self.inListOrder)
        removed.sort(by: Self.inListOrder)
        renamed.sort { Self.inListOrder($0.new, $1.new) }
        changed.sort { Self.inListOrder($0.new, $1.new) }
    }

    private static func inListOrder(_ a: Item, _ b: Item) -> Bool {
        (a.seq, a.name) < (b.seq, b.name)
    }
}

public struct ItemPair: Sendable, Equatable {
    public var old: Item
    public var new: Item

    public init(old: Item, new: Item) {
        self.old = old
        self.new = new
    }
}

/// A paired item whose compared fields differ, with each difference.
public struct ChangedItem: Sendable, Equatable {
    public var old: Item
    public var new: Item
    /// In `ItemField` order.
    public var fields: [FieldChange]

    public init(old: Item, new: Item, fields: [FieldChange]) {
        self.old = old
        self.new = new
        self.fields = fields
    }
}
