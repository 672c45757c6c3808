import CanonicalJSON
import PowerListModel

/// The inverse of `DocumentEncoder`: reads documents back for `qzqd export`,
/// `qzqd diff` and a batch's database, and for golden tests. It checks types
/// and enumerations only: what else the schema requires is the schema's job.
/// Unknown diagnostic codes decode (the vocabulary is open).
public enum DocumentDecoder {
    public static func decode(_ json: JSONValue) throws -> PowerListDocument {
        let root = try FieldReader(json, path: "")
        let version = try root.string("schemaVersion")
        guard version == PowerListDocument.schemaVersion else {
            throw DocumentDecodingError(path: "schemaVersion", message: "unsupported version \"\(version)\", expected \"\(PowerListDocument.schemaVersion)\"")
        }
        let summary = try root.value("summary")
        return PowerListDocument(
            source: try decodeSource(root.object("source")),
            list: try decodeList(root.object("list")),
            summary: summary == .null ? nil : try decodeSummary(FieldReader(summary, path: "summary")),
            items: try root.array("items") { try decodeItem(FieldReader($0, path: $1)) },
            diagnostics: try root.array("diagnostics") { try decodeDiagnostic(FieldReader($0, path: $1)) }
        )
    }

    private static func decodeSource(_ source: FieldReader) throws -> SourceInfo {
        SourceInfo(
            file: try source.string("file"),
            sha256: try source.string("sha256"),
            format: try source.rawValue("format", as: SourceFormat.self, allowed: SourceFormat.allCases.map(\.rawValue)),
            pages: try source.optionalInt("pages")
        )
    }

    private static func decodeList(_ list: FieldReader) throws -> ListFacts {
        ListFacts(
            title: try list.optionalString("title"),
            region: try list.optionalString("region"),
            department: try list.optionalString("department"),
            edition: try list.optionalString("edition")
        )
    }

    private static func decodeSummary(_ summary: FieldReader) throws -> Summary {
        Summary(
            declaredTotal: try summary.optionalInt("declaredTotal"),
            groups: try summary.array("groups") { value, path in
                let group = try FieldReader(value, path: path)
                return SummaryGroup(
                    category: try group.string("category"),
                    categoryRaw: try group.string("categoryRaw"),
                    declaredCount: try group.optionalInt("declaredCount"),
                    entries: try group.array("entries") { value, path in
                        let entry = try FieldReader(value, path: path)
                        return SummaryEntry(seq: try entry.optionalInt("seq"), name: try entry.string("name"))
                    }
                )
            }
        )
    }

    private static func decodeItem(_ item: FieldReader) throws -> Item {
        Item(
            seq: try item.int("seq"),
            seqSource: try item.rawValue("seqSource", as: Item.SeqSource.self, allowed: ["printed", "inferred"]),
            category: try item.optionalString("category"),
            categoryRaw: try item.optionalString("categoryRaw"),
            name: try item.string("name"),
            mainItem: try item.optionalString("mainItem"),
            subItem: try item.optionalString("subItem"),
            subject: try item.string("subject"),
            basis: try item.optionalObject("basis").map { basis in
                Basis(text: try basis.string("text"), provisions: try basis.array("provisions", decodeProvision))
            },
            responsibilities: try item.optionalObject("responsibilities").map { responsibilities in
                Responsibilities(
                    text: try responsibilities.string("text"),
                    steps: try responsibilities.array("steps") { value, path in
                        let step = try FieldReader(value, path: path)
                        return Step(no: try step.int("no"), name: try step.optionalString("name"), text: try step.string("text"))
                    }
                )
            },
            accountability: try item.optionalObject("accountability").map { accountability in
                Accountability(
                    text: try accountability.string("text"),
                    preamble: try accountability.optionalString("preamble"),
                    cases: try accountability.array("cases") { value, path in
                        let entry = try FieldReader(value, path: path)
                        return Case(no: try entry.int("no"), text: try entry.string("text"))
                    }
                )
            },
            remarks: try item.optionalString("remarks"),
            code: try item.optionalString("code"),
            extra: try decodeExtra(item.object("extra")),
            pages: try item.array("pages") { value, path in try FieldReader.integer(value, path: path) },
            provenance: try item.optionalObject("provenance").map(ProvenanceCoding.decode)
        )
    }

    private static func decodeProvision(_ value: JSONValue, _ path: String) throws -> Provision {
        let provision = try FieldReader(value, path: path)
        return Provision(
            no: try provision.int("no"),
            text: try provision.string("text"),
            citations: try provision.array("citations") { value, path in
                let citation = try FieldReader(value, path: path)
                return Citation(
                    title: try citation.string("title"),
                    articles: try citation.array("articles") { value, path in try FieldReader.string(value, path: path) }
                )
            }
        )
    }

    private static func decodeExtra(_ extra: FieldReader) throws -> [String: String] {
        try extra.members.reduce(into: [:]) { result, member in
            result[member.key] = try FieldReader.string(member.value, path: extra.path(of: member.key))
        }
    }

    private static func decodeDiagnostic(_ diagnostic: FieldReader) throws -> Diagnostic {
        Diagnostic(
            try diagnostic.rawValue("severity", as: Diagnostic.Severity.self, allowed: ["error", "warning", "info"]),
            DiagnosticCode(rawValue: try diagnostic.string("code")),
            seq: try diagnostic.optionalInt("seq"),
            try diagnostic.string("message")
        )
    }
}
