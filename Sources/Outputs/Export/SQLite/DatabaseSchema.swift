import GRDB

/// The tables of a power-list database (docs/EXPORT.md documents them for
/// the people who query it). One migration per schema version: a database
/// written by an older qzqd is brought up to date when it is opened.
///
/// Every child row points at its parent with `ON DELETE CASCADE`, so
/// replacing a document is one `DELETE` of its `documents` row.
enum DatabaseSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createDocumentTables(db)
            try createItemTables(db)
            try createFullTextIndex(db)
        }
        return migrator
    }

    private static func createDocumentTables(_ db: Database) throws {
        try db.create(table: "documents") { t in
            t.primaryKey("id", .integer)
            t.column("file", .text).notNull()
            // A document is its input's bytes: exporting the same bytes again replaces it.
            t.column("sha256", .text).notNull().unique()
            t.column("format", .text).notNull()
            t.column("title", .text)
            t.column("region", .text)
            t.column("department", .text)
            t.column("edition", .text)
            t.column("pages", .integer)
            t.column("summary_declared_total", .integer)
        }
        try db.create(table: "summary_groups") { t in
            t.primaryKey("id", .integer)
            parent(t, "document_id", "documents")
            t.column("no", .integer).notNull()
            t.column("category", .text).notNull()
            t.column("category_raw", .text).notNull()
            t.column("declared_count", .integer)
        }
        try db.create(table: "summary_entries") { t in
            t.primaryKey("id", .integer)
            parent(t, "document_id", "documents")
            parent(t, "group_id", "summary_groups")
            t.column("category", .text).notNull()
            t.column("seq", .integer)
            t.column("name", .text).notNull()
        }
        try db.create(table: "diagnostics") { t in
            t.primaryKey("id", .integer)
            parent(t, "document_id", "documents")
            t.column("seq", .integer)
            t.column("severity", .text).notNull()
            t.column("code", .text).notNull().indexed()
            t.column("message", .text).notNull()
        }
    }

    private static func createItemTables(_ db: Database) throws {
        try db.create(table: "items") { t in
            t.primaryKey("id", .integer)
            parent(t, "document_id", "documents")
            t.column("seq", .integer).notNull()
            t.column("seq_source", .text).notNull()
            t.column("category", .text).indexed()
            t.column("category_raw", .text)
            t.column("name", .text).notNull()
            t.column("main_item", .text)
            t.column("sub_item", .text)
            t.column("subject", .text).notNull()
            t.column("code", .text)
            t.column("remarks", .text)
            t.column("extra", .jsonText).notNull()
            t.column("pages", .jsonText).notNull()
            // Null when the list has no such column; empty when it prints the cell empty.
            t.column("basis_text", .text)
            t.column("responsibilities_text", .text)
            t.column("accountability_text", .text)
            t.column("accountability_preamble", .text)
        }
        try db.create(table: "provisions") { t in
            t.primaryKey("id", .integer)
            parent(t, "item_id", "items")
            t.column("no", .integer).notNull()
            t.column("text", .text).notNull()
        }
        try db.create(table: "citations") { t in
            t.primaryKey("id", .integer)
            parent(t, "provision_id", "provisions")
            t.column("title", .text).notNull().indexed()
            t.column("articles", .jsonText).notNull()
        }
        try db.create(table: "steps") { t in
            t.primaryKey("id", .integer)
            parent(t, "item_id", "items")
            t.column("no", .integer).notNull()
            t.column("name", .text)
            t.column("text", .text).notNull()
        }
        try db.create(table: "cases") { t in
            t.primaryKey("id", .integer)
            parent(t, "item_id", "items")
            t.column("no", .integer).notNull()
            t.column("text", .text).notNull()
        }
    }

    /// The columns of `items` that `items_fts` indexes: the name and every cell people read.
    static let fullTextColumns = [
        "name", "main_item", "sub_item", "subject", "basis_text", "responsibilities_text",
        "accountability_text", "remarks",
    ]

    /// An external-content FTS5 table over `items`, kept in step by the
    /// triggers GRDB creates. The trigram tokenizer indexes every run of three
    /// characters, so Chinese text, which has no spaces between words, is
    /// found by any substring of three characters or more.
    private static func createFullTextIndex(_ db: Database) throws {
        try db.create(virtualTable: "items_fts", using: FTS5()) { t in
            t.synchronize(withTable: "items")
            t.tokenizer = FTS5TokenizerDescriptor(components: ["trigram"])
            for column in fullTextColumns { t.column(column) }
        }
    }

    /// A non-null reference to `table`'s `id`, indexed (every join and every
    /// cascading delete looks rows up by it).
    private static func parent(_ t: TableDefinition, _ column: String, _ table: String) {
        t.column(column, .integer).notNull().indexed().references(table, onDelete: .cascade)
    }
}
