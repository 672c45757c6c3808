/// The summary table (事项总表 / 统计表) that many lists print before the detail rows.
public struct Summary: Sendable, Equatable {
    /// The total it states (合计 / 共N项), when it states one.
    public var declaredTotal: Int?
    public var groups: [SummaryGroup]

    public init(declaredTotal: Int?, groups: [SummaryGroup]) {
        self.declaredTotal = declaredTotal
        self.groups = groups
    }

    /// Every entry with the group it belongs to, in document order.
    public var entries: [(group: SummaryGroup, entry: SummaryEntry)] {
        groups.flatMap { group in group.entries.map { (group, $0) } }
    }

    /// Where each of `entries` stands (`groups[group].entries[entry]`), to change it.
    public var entryPositions: [(group: Int, entry: Int)] {
        groups.indices.flatMap { group in groups[group].entries.indices.map { (group, $0) } }
    }
}

public struct SummaryGroup: Sendable, Equatable {
    public var category: String
    public var categoryRaw: String
    public var declaredCount: Int?
    public var entries: [SummaryEntry]

    public init(category: String, categoryRaw: String, declaredCount: Int?, entries: [SummaryEntry]) {
        self.category = category
        self.categoryRaw = categoryRaw
        self.declaredCount = declaredCount
        self.entries = entries
    }
}

public struct SummaryEntry: Sendable, Equatable {
    public var seq: Int?
    public var name: String

    public init(seq: Int?, name: String) {
        self.seq = seq
        self.name = name
    }
}
