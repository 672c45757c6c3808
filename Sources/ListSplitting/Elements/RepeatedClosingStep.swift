import PowerListModel

/// 责任事项 close, row after row, with one unlabelled sentence of the
/// document's own (`其他法律法规规章文件规定应履行的责任`). Where OCR lost
/// the full stop before it, or the paragraph it stands in, it runs on in the
/// last step (`…依据《行政处罚法》规定予以处罚其他法律法规规章文件规定应履行的责任`).
/// A last step ending in such a sentence, closing at least `attested`
/// other rows as a step of its own, gives it back as the closing step.
/// Applies to recognized lists only: printed text is split as printed.
///
/// - last steps `其他法律法规规章文件规定应履行的责任` in three rows, and
///   `执行责任｜…予以处罚其他法律法规规章文件规定应履行的责任` →
///   `执行责任｜…予以处罚`, `其他法律法规规章文件规定应履行的责任`
/// - `执行责任｜履行应履行的责任` stays: the sentence closes no row
public enum RepeatedClosingStep {
    /// How many rows must close with the sentence as a step of its own.
    public static let attested = 3
    /// The shortest sentence taken: a few characters end many a step.
    public static let shortest = 8

    public static func apply(to items: [Item]) -> [Item] {
        let closings = closingSentences(of: items)
        guard !closings.isEmpty else { return items }
        return items.map { item in
            guard var responsibilities = item.responsibilities, let last = responsibilities.steps.last,
                  let closing = closings.first(where: { last.text.hasSuffix($0) && last.text != $0 }) else { return item }
            let rest = trimmedEnd(last.text.dropLast(closing.count))
            guard !rest.isEmpty else { return item }
            responsibilities.steps[responsibilities.steps.count - 1].text = rest
            responsibilities.steps.append(Step(no: last.no + 1, name: nil, text: closing))
            var item = item
            item.responsibilities = responsibilities
            return item
        }
    }

    /// The unlabelled last steps of at least `attested` rows, longest first.
    private static func closingSentences(of items: [Item]) -> [String] {
        var counts: [String: Int] = [:]
        for item in items {
            guard let steps = item.responsibilities?.steps, steps.count > 1, let last = steps.last, last.name == nil,
                  last.text.count >= shortest else { continue }
            counts[last.text, default: 0] += 1
        }
        return counts.filter { $0.value >= attested }.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// `text` without the separator and white space OCR left at its end.
    private static func trimmedEnd(_ text: Substring) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.isSpace || TrailingListPunctuation.isListPunctuation(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
