/// The list counters of a document as Word keeps them while it lays the
/// paragraphs out in order, and the label each numbered paragraph gets.
///
/// Word counts per abstract list: instances (`w:num`) that share an abstract
/// definition continue one another's numbering, unless an instance overrides
/// a level's start (`w:startOverride`), which restarts that level at the
/// instance's first paragraph. Editors that restart numbering in every table
/// cell (as the corpus's `.autonum.docx` files do) give each cell its own
/// instance with a start override. A paragraph at a level restarts the
/// deeper levels (unless their `w:lvlRestart` says otherwise).
struct ListCounters {
    struct Label: Equatable {
        /// The label followed by its separator (`1、`, `（一） `); empty for a bullet.
        var text: String
    }

    private let definitions: NumberingDefinitions
    private var counters: [String: [Int: Int]] = [:]
    private var startedInstances: Set<String> = []

    init(definitions: NumberingDefinitions) {
        self.definitions = definitions
    }

    /// Counts a paragraph of list `numID` at `level` and gives its label; nil
    /// when the paragraph is not numbered (`numId` 0, or an unknown list).
    mutating func label(numID: String, level: Int) -> Label? {
        guard numID != "0", let instance = definitions.instances[numID],
              let definition = definitions.level(level, of: instance) else { return nil }
        let abstractID = definitions.abstractID(of: instance)
        var levels = counters[abstractID, default: [:]]
        if startedInstances.insert(numID).inserted {
            for overridden in instance.startOverrides.keys { levels[overridden] = nil }
        }
        let start = instance.startOverrides[level] ?? definition.start
        let number = levels[level].map { $0 + 1 } ?? start
        levels[level] = number
        for deeper in levels.keys where deeper > level {
            let restartAfter = definitions.level(deeper, of: instance)?.restartAfter ?? deeper
            if level < restartAfter { levels[deeper] = nil }
        }
        counters[abstractID] = levels
        guard definition.format != "bullet" else { return Label(text: "") }
        return Label(text: render(definition, instance: instance, levels: levels))
    }

    /// Fills `%1`…`%9` of the level's text with the counters they name.
    private func render(_ definition: NumberingLevel, instance: NumberingDefinitions.Instance, levels: [Int: Int]) -> String {
        var text = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                text.append(character)
                continue
            }
            guard let next = characters.next() else { break }
            guard let digit = next.wholeNumberValue, (1...9).contains(digit) else {
                text.append(character)
                text.append(next)
                continue
            }
            let referenced = definitions.level(digit - 1, of: instance)
            let number = levels[digit - 1] ?? instance.startOverrides[digit - 1] ?? referenced?.start ?? 1
            let format = definition.isLegal ? "decimal" : referenced?.format ?? "decimal"
            text += WordNumberFormat.text(of: number, format: format)
        }
        return text.isEmpty ? "" : text + definition.suffix
    }
}
