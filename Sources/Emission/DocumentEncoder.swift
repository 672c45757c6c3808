import CanonicalJSON
import PowerListModel

/// A document as the JSON value of SPEC.md: every field present, every absent
/// optional as `null`.
public enum DocumentEncoder {
    public static func encode(_ document: PowerListDocument) -> JSONValue {
        .object([
            "schemaVersion": .string(PowerListDocument.schemaVersion),
            "source": encode(document.source),
            "list": encode(document.list),
            "summary": .optional(document.summary, encode),
            "items": .array(document.items.map(encode)),
            "diagnostics": .array(document.diagnostics.map(encode)),
        ])
    }

    public static func encode(_ source: SourceInfo) -> JSONValue {
        .object([
            "file": .string(source.file),
            "sha256": .string(source.sha256),
            "format": .string(source.format.rawValue),
            "pages": .optional(source.pages, JSONValue.int),
        ])
    }

    public static func encode(_ list: ListFacts) -> JSONValue {
        .object([
            "title": .optional(list.title, JSONValue.string),
            "region": .optional(list.region, JSONValue.string),
            "department": .optional(list.department, JSONValue.string),
            "edition": .optional(list.edition, JSONValue.string),
        ])
    }

    public static func encode(_ summary: Summary) -> JSONValue {
        .object([
            "declaredTotal": .optional(summary.declaredTotal, JSONValue.int),
            "groups": .array(summary.groups.map { group in
                .object([
                    "category": .string(group.category),
                    "categoryRaw": .string(group.categoryRaw),
                    "declaredCount": .optional(group.declaredCount, JSONValue.int),
                    "entries": .array(group.entries.map { entry in
                        .object(["seq": .optional(entry.seq, JSONValue.int), "name": .string(entry.name)])
                    }),
                ])
            }),
        ])
    }

    public static func encode(_ item: Item) -> JSONValue {
        var members: [String: JSONValue] = [
            "seq": .int(item.seq),
            "seqSource": .string(item.seqSource.rawValue),
            "category": .optional(item.category, JSONValue.string),
            "categoryRaw": .optional(item.categoryRaw, JSONValue.string),
            "name": .string(item.name),
            "mainItem": .optional(item.mainItem, JSONValue.string),
            "subItem": .optional(item.subItem, JSONValue.string),
            "subject": .string(item.subject),
            "basis": .optional(item.basis, encode),
            "responsibilities": .optional(item.responsibilities, encode),
            "accountability": .optional(item.accountability, encode),
            "remarks": .optional(item.remarks, JSONValue.string),
            "code": .optional(item.code, JSONValue.string),
            "extra": .object(item.extra.mapValues(JSONValue.string)),
            "pages": .array(item.pages.map(JSONValue.int)),
        ]
        // Only on request: without it the canonical output stays as it is.
        if let provenance = item.provenance { members["provenance"] = ProvenanceCoding.encode(provenance) }
        return .object(members)
    }

    static func encode(_ basis: Basis) -> JSONValue {
        .object([
            "text": .string(basis.text),
            "provisions": .array(basis.provisions.map { provision in
                .object([
                    "no": .int(provision.no),
                    "text": .string(provision.text),
                    "citations": .array(provision.citations.map { citation in
                        .object(["title": .string(citation.title), "articles": .array(citation.articles.map(JSONValue.string))])
                    }),
                ])
            }),
        ])
    }

    static func encode(_ responsibilities: Responsibilities) -> JSONValue {
        .object([
            "text": .string(responsibilities.text),
            "steps": .array(responsibilities.steps.map { step in
                .object(["no": .int(step.no), "name": .optional(step.name, JSONValue.string), "text": .string(step.text)])
            }),
        ])
    }

    static func encode(_ accountability: Accountability) -> JSONValue {
        .object([
            "text": .string(accountability.text),
            "preamble": .optional(accountability.preamble, JSONValue.string),
            "cases": .array(accountability.cases.map { .object(["no": .int($0.no), "text": .string($0.text)]) }),
        ])
    }

    public static func encode(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            "severity": .string(diagnostic.severity.rawValue),
            "code": .string(diagnostic.code.rawValue),
            "seq": .optional(diagnostic.seq, JSONValue.int),
            "message": .string(diagnostic.message),
        ])
    }
}
