import PowerListModel

/// A line of a copied portal page, by its shape: a row of a pipe table, a
/// card's field, a paragraph holding a whole item, other text.
enum PortalLine: Equatable {
    case blank
    /// `| 1 | 对…的处罚 | … |`, `1 | 对…的处罚 | … |`: the cells between the pipes.
    case pipeRow([String])
    /// `| --- | :---: |`: the rule a markdown table prints under its header.
    case pipeRule
    /// `职权类型：行政处罚`, `职权类型: | 行政处罚 |`, `权力类型 行政许可`: one field of a card.
    case field(label: String, value: String)
    /// `一、对…的处罚 实施依据：…。责任事项：…。追责情形：…。`: an item in one paragraph.
    case flowingItem(InlineFields)
    case text(String)

    init(_ raw: String) {
        let line = TextNormalizer.collapseWhitespace(raw)
        if line.isEmpty {
            self = .blank
        } else if let cells = PipeCells.split(line) {
            if cells.allSatisfy(PipeCells.isRule) {
                self = .pipeRule
            } else if cells.count == 2, let label = FieldLabel.label(cells[0], separatedByColon: cells[0].hasColonAtEnd),
                      ColumnTitles.knownRole(forHeader: cells[1]) == nil {
                self = .field(label: label, value: cells[1])
            } else {
                self = .pipeRow(cells)
            }
        } else if let fields = InlineFields(line) {
            self = .flowingItem(fields)
        } else if let (label, value) = FieldLabel.field(in: line) {
            self = .field(label: label, value: value)
        } else {
            self = .text(line)
        }
    }

    var isBlank: Bool { self == .blank }

    var isField: Bool {
        if case .field = self { return true }
        return false
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// The cells of a pipe-delimited line: at least two pipes, the empty ends
/// a leading and a trailing pipe make dropped.
enum PipeCells {
    static func split(_ line: String) -> [String]? {
        // Most lines hold no pipe: told from the scalars before counting Characters.
        guard line.unicodeScalars.contains(where: { $0 == "|" || $0 == "｜" }) else { return nil }
        let pipes = line.filter { $0 == "|" || $0 == "｜" }.count
        guard pipes >= 2 else { return nil }
        var cells = line.split(omittingEmptySubsequences: false) { $0 == "|" || $0 == "｜" }.map { TextNormalizer.collapseWhitespace(String($0)) }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells.count >= 2 ? cells : nil
    }

    /// `---`, `:---:`: a markdown rule cell.
    static func isRule(_ cell: String) -> Bool {
        cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
    }
}

extension String {
    var hasColonAtEnd: Bool { last == "：" || last == ":" }

    /// Holds a colon, full-width or not: a label's mark. Asked of the scalars,
    /// before any Character walk, since most lines of a text dump hold none
    /// (and only the colon itself compares equal to it).
    var holdsColon: Bool { unicodeScalars.contains { $0 == "：" || $0 == ":" } }
}
