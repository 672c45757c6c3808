/// What one input did. Any input is either refused with a typed error or turned
/// into output; `violations` lists the invariants the output broke (none, for
/// a correct pipeline).
public struct FuzzOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// Refused with a typed error; its description.
        case rejected(String)
        /// Produced output; a one-line account of it ("3 items").
        case produced(String)
    }

    public var result: Result
    public var violations: [String]

    public init(_ result: Result, violations: [String] = []) {
        self.result = result
        self.violations = violations
    }
}
