import PowerListModel

/// The fields of an item that a diff compares, named as `qzqd diff --json`
/// names them, in the order it lists them. The name is not among them (a
/// new name is a rename), nor the main and sub item (parts of the name), the
/// seq (an item added before shifts every number after it) or the pages.
public enum ItemField: String, CaseIterable, Sendable, Comparable {
    case category
    case subject
    case basis
    case responsibilities
    case accountability
    case remarks
    case code
    case extra

    public static func < (lhs: ItemField, rhs: ItemField) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// What the field says, as the lines a diff compares and shows: a list
    /// cell's elements (a step with its label, the accountability's preamble
    /// before its cases), or the cell's whole text when it holds no list;
    /// nothing for a column the list lacks.
    func lines(of item: Item) -> [String] {
        switch self {
        case .category: [item.category].compactMap { $0 }
        case .subject: [item.subject]
        case .basis: item.basis.map { Self.elements($0.provisions.map(\.text), else: $0.text) } ?? []
        case .responsibilities:
            item.responsibilities.map { cell in
                Self.elements(cell.steps.map { step in step.name.map { $0 + "：" + step.text } ?? step.text }, else: cell.text)
            } ?? []
        case .accountability:
            item.accountability.map { cell in
                Self.elements(cell.cases.isEmpty ? [] : [cell.preamble].compactMap { $0 } + cell.cases.map(\.text), else: cell.text)
            } ?? []
        case .remarks: [item.remarks].compactMap { $0 }.filter { !$0.isEmpty }
        case .code: [item.code].compactMap { $0 }.filter { !$0.isEmpty }
        case .extra: item.extra.sorted { $0.key < $1.key }.map { "\($0.key)：\($0.value)" }
        }
    }

    private static func elements(_ elements: [String], else text: String) -> [String] {
        if !elements.isEmpty { return elements }
        return text.isEmpty ? [] : [text]
    }
}
