import CanonicalJSON
import GRDB
import PowerListModel

/// Inserts one document's rows, parents before children, inside the
/// caller's transaction. Statements are prepared once per connection and
/// reused for every row (`cachedStatement`): a list has thousands of rows.
struct DocumentRowWriter {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    func insert(_ document: PowerListDocument) throws {
        let source = document.source, list = document.list
        let documentID = try insert("""
            INSERT INTO documents (file, sha256, format, title, region, department, edition, pages, summary_declared_total)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                source.file, source.sha256, source.format.rawValue, list.title, list.region, list.department, list.edition,
                source.pages, document.summary?.declaredTotal,
            ])
        if let summary = document.summary { try insert(summary, documentID: documentID) }
        for item in document.items { try insert(item, documentID: documentID) }
        for diagnostic in document.diagnostics {
            try insert("INSERT INTO diagnostics (document_id, seq, severity, code, message) VALUES (?, ?, ?, ?, ?)", [
                documentID, diagnostic.seq, diagnostic.severity.rawValue, diagnostic.code.rawValue, diagnostic.message,
            ])
        }
    }

    private func insert(_ summary: Summary, documentID: Int64) throws {
        for (offset, group) in summary.groups.enumerated() {
            let groupID = try insert("""
                INSERT INTO summary_groups (document_id, no, category, category_raw, declared_count) VALUES (?, ?, ?, ?, ?)
                """, [documentID, offset + 1, group.category, group.categoryRaw, group.declaredCount])
            for entry in group.entries {
                try insert("INSERT INTO summary_entries (document_id, group_id, category, seq, name) VALUES (?, ?, ?, ?, ?)", [
                    documentID, groupID, group.category, entry.seq, entry.name,
                ])
            }
        }
    }

    private func insert(_ item: Item, documentID: Int64) throws {
        let itemID = try insert("""
            INSERT INTO items (document_id, seq, seq_source, category, category_raw, name, main_item, sub_item, subject, code,
                               remarks, extra, pages, basis_text, responsibilities_text, accountability_text, accountability_preamble)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                documentID, item.seq, item.seqSource.rawValue, item.category, item.categoryRaw, item.name, item.mainItem,
                item.subItem, item.subject, item.code, item.remarks,
                try Self.json(.object(item.extra.mapValues(JSONValue.string))), try Self.json(.array(item.pages.map(JSONValue.int))),
                item.basis?.text, item.responsibilities?.text, item.accountability?.text, item.accountability?.preamble,
            ])
        for provision in item.basis?.provisions ?? [] {
            let provisionID = try insert("INSERT INTO provisions (item_id, no, text) VALUES (?, ?, ?)", [itemID, provision.no, provision.text])
            for citation in provision.citations {
                try insert("INSERT INTO citations (provision_id, title, articles) VALUES (?, ?, ?)", [
                    provisionID, citation.title, try Self.json(.array(citation.articles.map(JSONValue.string))),
                ])
            }
        }
        for step in item.responsibilities?.steps ?? [] {
            try insert("INSERT INTO steps (item_id, no, name, text) VALUES (?, ?, ?, ?)", [itemID, step.no, step.name, step.text])
        }
        for entry in item.accountability?.cases ?? [] {
            try insert("INSERT INTO cases (item_id, no, text) VALUES (?, ?, ?)", [itemID, entry.no, entry.text])
        }
    }

    /// Runs an `INSERT` and returns the new row's `id`.
    @discardableResult
    private func insert(_ sql: String, _ arguments: StatementArguments) throws -> Int64 {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
        return db.lastInsertedRowID
    }

    /// JSON columns hold RFC 8785 text: compact, keys sorted, so equal values are equal strings.
    private static func json(_ value: JSONValue) throws -> String {
        String(decoding: try CanonicalJSONWriter.jcs(value), as: UTF8.self)
    }
}
