import CanonicalJSON

/// `JSONParser.parse` on raw bytes; whatever it accepts must write out in both
/// canonical forms and parse back to the same value.
enum JSONHarness {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return FuzzOutcome(.rejected("\(error)"))
        }
        var violations: [String] = []
        for (form, write) in [("pretty", CanonicalJSONWriter.pretty), ("jcs", CanonicalJSONWriter.jcs)] {
            do {
                if try JSONParser.parse(write(value)) != value { violations.append("\(form) round trip changed the value") }
            } catch {
                violations.append("\(form) round trip failed: \(error)")
            }
        }
        return FuzzOutcome(.produced("a JSON value"), violations: violations)
    }
}
