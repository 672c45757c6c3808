import PowerListModel

/// A step's label that OCR ran into the step before: its colon lost after
/// a full stop kept (`…决定是否立案。调查责任对立案的案件`), or the full stop
/// lost and the colon misread (`…以适当的方式补充调查）告知责任；作出…`), so
/// `LabelledSteps` saw no label there. A label the document prints as a
/// step's own at least `attested` times starts a step inside another's text
/// after `。` or `；` when a Chinese character, a quote, a title or a mark
/// read for a colon follows it; after `）` only when such a mark does (a
/// bracket closes many a clause: `（主要证据不足时）决定责任` could be
/// text). Applies to recognized lists only: printed text is split as printed.
///
/// - `立案责任｜…决定是否立案。调查责任对立案的案件，指定专人负责` →
///   `立案责任｜…决定是否立案`, `调查责任｜对立案的案件，指定专人负责`
/// - `审查责任｜…补充调查）告知责任；作出行政处罚决定前` → `审查责任｜…补充调查）`, `告知责任｜作出行政处罚决定前`
/// - `执行责任｜依法履行告知责任对当事人` stays: no sentence ends before the label
public enum RunOnStepLabels {
    /// How often the document must print the label as a step's own.
    public static let attested = 2

    public static func apply(to items: [Item]) -> [Item] {
        var counts: [String: Int] = [:]
        for item in items {
            for name in item.responsibilities?.steps.compactMap(\.name) ?? [] { counts[name, default: 0] += 1 }
        }
        // Longest first: `审查阶段责任` before a `审查责任` it does not hold, `事后监管责任` before `监管责任`.
        let labels = counts.filter { $0.value >= attested }.keys
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { Array($0.unicodeScalars) }
        guard !labels.isEmpty else { return items }
        return items.map { item in
            guard var responsibilities = item.responsibilities else { return item }
            let steps = responsibilities.steps.flatMap { split($0, labels: labels) }
            guard steps.count > responsibilities.steps.count else { return item }
            responsibilities.steps = steps.enumerated().map { Step(no: $0.offset + 1, name: $0.element.name, text: $0.element.text) }
            var item = item
            item.responsibilities = responsibilities
            return item
        }
    }

    /// `step`, and the steps whose labels ran into it.
    private static func split(_ step: Step, labels: [[Unicode.Scalar]]) -> [Step] {
        let scalars = Array(step.text.unicodeScalars)
        for index in scalars.indices.dropFirst() {
            guard let label = labels.first(where: { opensStep($0, at: index, in: scalars) }) else { continue }
            let before = TrailingListPunctuation.trimmed(0..<index, in: scalars)
            var rest = index + label.count
            if misreadColons.contains(scalars[rest]) { rest += 1 }
            while rest < scalars.count, scalars[rest].isSpace { rest += 1 }
            guard !before.isEmpty, rest < scalars.count else { continue }
            let head = Step(no: step.no, name: step.name, text: string(scalars[before]))
            return [head] + split(Step(no: step.no, name: string(label[...]), text: string(scalars[rest...])), labels: labels)
        }
        return [step]
    }

    /// Whether `label` stands at `index` of `scalars` as a step's label.
    private static func opensStep(_ label: [Unicode.Scalar], at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let end = index + label.count
        guard end < scalars.count, scalars[index..<end].elementsEqual(label) else { return false }
        let next = scalars[end]
        switch scalars[index - 1] {
        case "。", "；", ";": return next.isCJKIdeograph || next == "“" || next == "《" || misreadColons.contains(next)
        case "）", ")": return misreadColons.contains(next)
        default: return false
        }
    }

    /// What OCR reads a label's `：` as, and the colon itself.
    private static let misreadColons: Set<Unicode.Scalar> = ["：", ":", "；", ";", "，", ","]

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
