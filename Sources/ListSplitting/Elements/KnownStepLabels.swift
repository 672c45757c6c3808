import PowerListModel

/// A step label printed without the `：` or space that marks it
/// (`2、审查责任按照“事项清单”审核…` when a PDF lost the space) is recognized
/// when the same document uses that label, properly marked, elsewhere: the
/// labels a list uses are its own vocabulary, repeated row after row.
public enum KnownStepLabels {
    public static func apply(to items: [Item]) -> [Item] {
        let labels = Set(items.flatMap { $0.responsibilities?.steps.compactMap(\.name) ?? [] })
        guard !labels.isEmpty else { return items }
        let longestFirst = labels.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        return items.map { item in
            guard var responsibilities = item.responsibilities else { return item }
            for index in responsibilities.steps.indices where responsibilities.steps[index].name == nil {
                let text = responsibilities.steps[index].text
                guard let label = longestFirst.first(where: { text.hasPrefix($0) }) else { continue }
                let rest = text.dropFirst(label.count)
                // A label is followed by its text, not by the end of a sentence (其他责任。).
                guard let next = rest.unicodeScalars.first, next.isCJKIdeograph || next == "“" || next == "《" else { continue }
                responsibilities.steps[index] = Step(no: responsibilities.steps[index].no, name: label, text: String(rest))
            }
            var item = item
            item.responsibilities = responsibilities
            return item
        }
    }
}
