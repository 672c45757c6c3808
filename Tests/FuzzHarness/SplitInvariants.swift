import PowerListModel

/// What `ListSplitter.split` promises for any cell beyond the schema: the item
/// keeps each cell's whole text and numbers its elements 1…n.
enum SplitInvariants {
    static func violations(of item: Item, splitFrom segmented: SegmentedItem) -> [String] {
        var found: [String] = []
        func check(_ holds: Bool, _ message: @autoclosure () -> String) {
            if !holds { found.append("item \(segmented.seq): " + message()) }
        }
        check((item.basis == nil) == (segmented.basis == nil), "basis column appeared or vanished")
        check((item.responsibilities == nil) == (segmented.responsibilities == nil), "responsibilities column appeared or vanished")
        check((item.accountability == nil) == (segmented.accountability == nil), "accountability column appeared or vanished")
        if let basis = item.basis, let cell = segmented.basis {
            check(basis.text == cell.text, "basis text changed")
            check(basis.provisions.map(\.no) == numbers(basis.provisions.count), "provisions not numbered 1…n")
        }
        if let responsibilities = item.responsibilities, let cell = segmented.responsibilities {
            check(responsibilities.text == cell.text, "responsibilities text changed")
            check(responsibilities.steps.map(\.no) == numbers(responsibilities.steps.count), "steps not numbered 1…n")
        }
        if let accountability = item.accountability, let cell = segmented.accountability {
            check(accountability.text == cell.text, "accountability text changed")
            check(accountability.cases.map(\.no) == numbers(accountability.cases.count), "cases not numbered 1…n")
        }
        return found
    }

    private static func numbers(_ count: Int) -> [Int] {
        Array(stride(from: 1, through: count, by: 1))
    }
}
