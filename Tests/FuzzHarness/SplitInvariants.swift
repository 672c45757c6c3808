import PowerListModel

/// What `ListSplitter.split` promises for any cell beyond the schema: the item
/// keeps each cell's whole text and numbers its elements 1…n.
enum SplitInvariants {
    static func violations(of item: Item, splitFrom segmented: SegmentedItem) -> [String] {
        var found: [String] = []
        func check(_ holds: Bool, _ message: @autoclosure () -> String) {
            if !holds { found.append("item \(segmented.seq): " + message()) }
        }
        check(item.basis.text == segmented.basis.text, "basis text changed")
        check(item.basis.provisions.map(\.no) == numbers(item.basis.provisions.count), "provisions not numbered 1…n")

        check(item.responsibilities.text == segmented.responsibilities.text, "responsibilities text changed")
        check(item.responsibilities.steps.map(\.no) == numbers(item.responsibilities.steps.count), "steps not numbered 1…n")

        let accountability = item.accountability
        check(accountability.text == segmented.accountability.text, "accountability text changed")
        check(accountability.cases.map(\.no) == numbers(accountability.cases.count), "cases not numbered 1…n")
        return found
    }

    private static func numbers(_ count: Int) -> [Int] {
        Array(stride(from: 1, through: count, by: 1))
    }
}
