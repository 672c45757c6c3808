import Foundation
import Testing
import TestSupport

/// One example of a rule: an input, what the rule must answer, what it
/// answers (both rendered as text), and where the example is written.
struct RuleExample: Sendable, CustomTestStringConvertible {
    var rule: String
    var input: String
    var expected: String
    var observed: String
    var sourceLocation: SourceLocation

    var testDescription: String { "\(rule) ← \(input)" }
}

/// One input of a rule and the answer it must give.
struct Example<Input> {
    var input: Input
    var expected: String
    var sourceLocation: SourceLocation

    init(_ input: Input, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        self.input = input
        self.expected = expected
        self.sourceLocation = sourceLocation
    }
}

extension Array where Element == RuleExample {
    /// A rule's examples, its answers rendered by `answer`.
    init<Input>(rule: String, _ examples: [Example<Input>], answer: (Input) -> String) {
        self = examples.map { example in
            RuleExample(
                rule: rule, input: "\(example.input)", expected: example.expected, observed: answer(example.input),
                sourceLocation: example.sourceLocation
            )
        }
    }
}

/// Renders an optional answer: `nil`, or the value.
func described<T>(_ value: T?) -> String {
    value.map { "\($0)" } ?? "nil"
}
