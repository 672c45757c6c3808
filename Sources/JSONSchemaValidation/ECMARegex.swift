/// A `pattern` / `patternProperties` regular expression, compiled once.
/// JSON Schema patterns are ECMA-262 regexes, searched for anywhere in the
/// string (not anchored) and matched over code points; `\d` and `\w` are ASCII-only.
struct ECMARegex: @unchecked Sendable {
    // `Regex<AnyRegexOutput>` is not Sendable only because `AnyRegexOutput` is not;
    // a compiled regex is immutable (its program is lowered once, atomically), and
    // no match output ever leaves `matches(_:)`.
    let source: String
    private let regex: Regex<AnyRegexOutput>

    init(_ source: String) throws {
        self.source = source
        self.regex = try Regex(source)
            .matchingSemantics(.unicodeScalar)
            .asciiOnlyDigits()
            .asciiOnlyWordCharacters()
    }

    func matches(_ string: String) -> Bool {
        string.contains(regex)
    }
}
