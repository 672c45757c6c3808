import CanonicalJSON
import PowerListModel

/// Stage 5: a document to output bytes, checked against the schema first, so
/// the tool never writes a file that breaks the contract.
public enum DocumentEmitter {
    public enum Style: Sendable {
        /// Sorted keys, 2-space indent, trailing newline (`CanonicalJSONWriter.pretty`).
        case canonical
        /// RFC 8785, no whitespace.
        case jcs
    }

    public static func emit(_ document: PowerListDocument, style: Style = .canonical) throws -> [UInt8] {
        let json = DocumentEncoder.encode(document)
        let schema = PowerListSchema.validator
        // The full report is only built for the rare invalid document.
        guard schema.isValid(json) else {
            throw EmissionError.schemaViolation(schema.validate(json).map(\.description))
        }
        return switch style {
        case .canonical: try CanonicalJSONWriter.pretty(json)
        case .jcs: try CanonicalJSONWriter.jcs(json)
        }
    }
}

public enum EmissionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document breaks `Schemas/power-list.schema.json`; one line per violation.
    case schemaViolation([String])

    public var description: String {
        switch self {
        case .schemaViolation(let violations):
            "document violates the power-list schema:\n" + violations.map { "  " + $0 }.joined(separator: "\n")
        }
    }
}
