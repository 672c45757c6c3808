/// Stage 3's output: items with their cells still unsplit, the summary parsed
/// and reconciled with the detail rows.
public struct SegmentedList: Sendable, Equatable {
    public var facts: ListFacts
    public var summary: Summary?
    public var items: [SegmentedItem]
    public var pageCount: Int?
    public var diagnostics: [Diagnostic]

    public init(facts: ListFacts, summary: Summary?, items: [SegmentedItem], pageCount: Int?, diagnostics: [Diagnostic]) {
        self.facts = facts
        self.summary = summary
        self.items = items
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }
}

/// An item after segmentation: its long cells still whole.
public typealias SegmentedItem = PowerItem<Cell, Cell, Cell>
