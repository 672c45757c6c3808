import PowerListModel

/// The detail table's columns as a flow dump prints them, left to right, and
/// the stretches (slots) the row reader moves through. A row's cells follow
/// one another in column order, but neighbouring narrow columns (权力事项,
/// 行政主体, 备注, 权力编码, 行使层级 …) cannot be told apart line by line: each
/// run of them is one slot, whose lines are shared out among its columns once
/// every row has been read (`NarrowCellSplitter`). Each content column
/// (实施依据, 责任事项, 追责情形) is a slot of its own, entered on the cues of
/// its role.
struct FlowColumns: Sendable {
    enum SlotKind: Sendable, Equatable {
        case seq
        case narrow
        /// 实施依据, 责任事项 or 追责情形.
        case content(ColumnRole)
    }

    struct Slot: Sendable {
        var kind: SlotKind
        /// Indices into `columns`, left to right.
        var columns: [Int]
    }

    let columns: [Column]
    let slots: [Slot]

    /// The order a list without a printed header is read in.
    static let standard: [ColumnRole] = [.seq, .category, .name, .subject, .basis, .responsibilities, .accountability, .remarks]

    init(_ columns: [Column]) {
        self.columns = columns
        var slots: [Slot] = []
        for (index, column) in columns.enumerated() {
            let kind: SlotKind = switch column.role {
            case .seq: .seq
            case .basis, .responsibilities, .accountability: .content(column.role)
            default: .narrow
            }
            if kind == .narrow, slots.last?.kind == .narrow {
                slots[slots.count - 1].columns.append(index)
            } else {
                slots.append(Slot(kind: kind, columns: [index]))
            }
        }
        self.slots = slots
    }

    /// The slot holding the content column of `role`, if the list has one.
    func slot(of role: ColumnRole) -> Int? {
        slots.firstIndex { $0.kind == .content(role) }
    }

    var seqSlot: Int? { slots.firstIndex { $0.kind == .seq } }

    /// The first slot a row's text goes to after its 序号.
    var firstTextSlot: Int {
        slots.firstIndex { $0.kind != .seq } ?? 0
    }

    func isNarrow(_ slot: Int) -> Bool { slots[slot].kind == .narrow }

    func role(of slot: Int) -> ColumnRole? {
        if case .content(let role) = slots[slot].kind { return role }
        return nil
    }

    /// Whether the narrow slot holds the 权力类型 column.
    func holdsCategory(_ slot: Int) -> Bool {
        slots[slot].columns.contains { columns[$0].role == .category }
    }

    /// The first content slot (实施依据, 责任事项 or 追责情形), if the list has one.
    var firstContentSlot: Int? { slots.indices.first { role(of: $0) != nil } }

    var lastContentSlot: Int? { slots.indices.last { role(of: $0) != nil } }

    /// Whether a row whose last line went to `slot` has reached its content.
    func isPastContentStart(_ slot: Int) -> Bool {
        guard let first = firstContentSlot else { return slot != seqSlot }
        return slot >= first
    }

    /// The narrow slot right after the 序号 (where a row's text starts), if any.
    var leadingNarrowSlot: Int? {
        let first = firstTextSlot
        return first < slots.count && isNarrow(first) ? first : nil
    }
}
