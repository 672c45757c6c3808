import PowerListModel
import Testing
@testable import ListSplitting

/// An example of a splitting rule: a cell as the layout gives it and what
/// splitting it must give, checked through `ListSplitter` (the rule at work
/// among the others).
struct SplittingExample: Sendable {
    let input: Cell
    let expected: ExpectedSplit
    let fileID: String
    let filePath: String
    let line: Int
    let column: Int

    init(_ input: Cell, _ expected: ExpectedSplit, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        self.input = input
        self.expected = expected
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
        self.column = column
    }

    /// What splitting the input gives, in the expectation's terms.
    func observed() -> ExpectedSplit {
        switch expected {
        case .provisions:
            .provisions(ListSplitter.basis(input, seq: 1).basis.provisions.map(\.text))
        case .citations:
            .citations(ListSplitter.basis(input, seq: 1).basis.provisions.flatMap(\.citations).map { "\($0.title)@\($0.articles.joined(separator: ","))" })
        case .diagnostics:
            .diagnostics(ListSplitter.basis(input, seq: 1).diagnostics.map(\.code.rawValue))
        case .steps:
            .steps(ListSplitter.responsibilities(input).steps.map { step in step.name.map { "\($0)｜\(step.text)" } ?? step.text })
        case .accountability:
            ListSplitter.accountability(input).rendered
        }
    }
}

/// What an example checks, written compactly.
enum ExpectedSplit: Sendable, Equatable {
    /// 实施依据: the provisions' texts.
    case provisions([String])
    /// 实施依据: every citation of every provision, as `title@article,article`.
    case citations([String])
    /// 实施依据: the codes of the diagnostics splitting it gives.
    case diagnostics([String])
    /// 责任事项: each step as `name｜text`, or `text` when it has no label.
    case steps([String])
    /// 追责情形.
    case accountability(preamble: String?, cases: [String])
}

extension Accountability {
    fileprivate var rendered: ExpectedSplit { .accountability(preamble: preamble, cases: cases.map(\.text)) }
}

/// A splitting rule's examples.
protocol ExampleProviding {
    static var examples: [SplittingExample] { get }
}

extension ExampleProviding {
    /// The examples as the one rule-example test runs them.
    static var ruleExamples: [RuleExample] {
        examples.map { example in
            RuleExample(
                rule: String(describing: Self.self), input: example.input.lines.map(\.text).joined(separator: " ⏎ "),
                expected: "\(example.expected)", observed: "\(example.observed())",
                sourceLocation: SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
            )
        }
    }
}

extension Cell {
    /// One line (a whole text-export cell).
    static func line(_ text: String) -> Cell { Cell(text: text) }

    /// Wrapped physical lines of a PDF cell.
    static func lines(_ texts: String...) -> Cell { Cell(lines: texts.map { CellLine($0) }) }

    /// Lines of a scanned cell, as OCR read them.
    static func recognized(_ texts: String...) -> Cell { Cell(lines: texts.map { CellLine($0, confidence: 90) }) }

    /// Markup blocks (`<p>`), white space between them.
    static func paragraphs(_ texts: String...) -> Cell { Cell(lines: texts.map { CellLine($0, followsSpace: true) }) }

    /// The items of an unnumbered `<ol>`, after an optional plain preamble.
    static func listItems(after preamble: String? = nil, _ items: String...) -> Cell {
        let lead = preamble.map { [CellLine($0)] } ?? []
        return Cell(lines: lead + items.map { CellLine($0, startsListItem: true, followsSpace: true) })
    }
}
