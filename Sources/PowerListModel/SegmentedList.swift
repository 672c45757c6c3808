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

public struct SegmentedItem: Sendable, Equatable {
    public var seq: Int
    public var seqSource: Item.SeqSource
    public var category: String?
    public var categoryRaw: String?
    public var name: String
    public var mainItem: String?
    public var subItem: String?
    public var subject: String
    /// nil when the list has no such column (see `Item.basis`).
    public var basis: Cell?
    public var responsibilities: Cell?
    public var accountability: Cell?
    public var remarks: String?
    public var code: String?
    public var extra: [String: String]
    public var pages: [Int]

    public init(
        seq: Int, seqSource: Item.SeqSource, category: String?, categoryRaw: String?, name: String,
        mainItem: String?, subItem: String?, subject: String, basis: Cell?, responsibilities: Cell?,
        accountability: Cell?, remarks: String?, code: String?, extra: [String: String], pages: [Int]
    ) {
        self.seq = seq
        self.seqSource = seqSource
        self.category = category
        self.categoryRaw = categoryRaw
        self.name = name
        self.mainItem = mainItem
        self.subItem = subItem
        self.subject = subject
        self.basis = basis
        self.responsibilities = responsibilities
        self.accountability = accountability
        self.remarks = remarks
        self.code = code
        self.extra = extra
        self.pages = pages
    }
}
