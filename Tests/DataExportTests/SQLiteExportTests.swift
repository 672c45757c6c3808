import DataExport
import GRDB
import PowerListModel
import Testing
import TestSupport

/// Both seeds stored in one database, read back with plain SQL.
@Suite struct SQLiteExportTests {
    let directory: TemporaryDirectory
    let documents: [PowerListDocument]
    let database: PowerListDatabase
    let reader: DatabaseQueue

    init() throws {
        directory = try TemporaryDirectory()
        documents = try SeedDocuments.load()
        database = try PowerListDatabase(path: directory.path("lists.sqlite"))
        for document in documents { try database.store(document) }
        reader = try DatabaseQueue(path: directory.path("lists.sqlite"))
    }

    func count(_ table: String) throws -> Int {
        try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    func counts() throws -> [String: Int] {
        try Dictionary(uniqueKeysWithValues: Self.tables.map { ($0, try count($0)) })
    }

    static let tables = ["documents", "items", "provisions", "citations", "steps", "cases", "summary_groups", "summary_entries", "diagnostics", "items_fts"]

    /// What the documents hold, counted in Swift.
    var expectedCounts: [String: Int] {
        let items = documents.flatMap(\.items)
        let provisions = items.flatMap { $0.basis?.provisions ?? [] }
        return [
            "documents": documents.count, "items": items.count, "items_fts": items.count,
            "provisions": provisions.count, "citations": provisions.flatMap(\.citations).count,
            "steps": items.flatMap { $0.responsibilities?.steps ?? [] }.count, "cases": items.flatMap { $0.accountability?.cases ?? [] }.count,
            "summary_groups": documents.compactMap(\.summary).flatMap(\.groups).count,
            "summary_entries": documents.compactMap(\.summary).flatMap(\.entries).count,
            "diagnostics": documents.flatMap(\.diagnostics).count,
        ]
    }

    @Test func everyListElementIsARow() throws {
        #expect(try count("items") == 43)
        #expect(expectedCounts["steps"] == 229 && expectedCounts["cases"] == 229)
        #expect(expectedCounts["provisions"] == 115 && expectedCounts["citations"] == 125)
        #expect(try counts() == expectedCounts)
    }

    @Test func itemsJoinTheirDocuments() throws {
        let perDocument = try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.title, d.region, d.edition, COUNT(*) AS items FROM items i JOIN documents d ON d.id = i.document_id
                GROUP BY d.id ORDER BY d.id
                """).map { [$0["title"] as String, $0["region"] as String? ?? "", $0["edition"] as String? ?? "", String($0["items"] as Int)] }
        }
        #expect(perDocument == [
            ["邢台市襄都区医疗保障局权责清单", "邢台市襄都区", "2025年版", "17"],
            ["赵县医疗保障局权责清单", "赵县", "", "26"],
        ])
        // From a citation up to its document, through its provision and item.
        let citation = try reader.read { db in
            try Row.fetchOne(db, sql: """
                SELECT d.file, i.seq, p.no, c.title, c.articles FROM citations c
                JOIN provisions p ON p.id = c.provision_id JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = i.document_id
                WHERE d.sha256 = ? ORDER BY c.id LIMIT 1
                """, arguments: [documents[1].source.sha256])
        }
        let expected = documents[1].items[0].basis!.provisions[0]
        #expect(citation?["file"] == documents[1].source.file)
        #expect(citation?["seq"] == 1 && citation?["no"] == expected.no)
        #expect(citation?["title"] == expected.citations[0].title)
        #expect(citation?["articles"] == "[" + expected.citations[0].articles.map { "\"\($0)\"" }.joined(separator: ",") + "]")
    }

    @Test func anItemRowKeepsEveryField() throws {
        let item = documents[1].items[19]
        let row = try #require(try reader.read { db in
            try Row.fetchOne(db, sql: "SELECT i.* FROM items i JOIN documents d ON d.id = i.document_id WHERE d.sha256 = ? AND i.seq = 20", arguments: [documents[1].source.sha256])
        })
        #expect(row["seq_source"] == item.seqSource.rawValue)
        #expect(row["category"] == item.category && row["category_raw"] == item.categoryRaw)
        #expect(row["name"] == item.name && row["main_item"] == item.mainItem && row["sub_item"] == item.subItem)
        #expect(row["subject"] == item.subject && row["code"] == item.code && row["remarks"] == item.remarks)
        #expect(row["extra"] == "{}" && row["pages"] == "[22]")
        #expect(row["basis_text"] == item.basis?.text && row["responsibilities_text"] == item.responsibilities?.text)
        #expect(row["accountability_text"] == item.accountability?.text && row["accountability_preamble"] == item.accountability?.preamble)
        let steps = try reader.read { db in
            try Row.fetchAll(db, sql: "SELECT no, name, text FROM steps WHERE item_id = ? ORDER BY id", arguments: [row["id"] as Int64])
        }
        #expect(steps.map { Step(no: $0["no"], name: $0["name"], text: $0["text"]) } == item.responsibilities?.steps)
    }

    @Test func fullTextIndexFindsChineseWords() throws {
        let found = try reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT items.name FROM items_fts JOIN items ON items.id = items_fts.rowid WHERE items_fts MATCH ? ORDER BY items.id
                """, arguments: ["医疗保险"])
        }
        let cells: (Item) -> [String?] = {
            [$0.name, $0.mainItem, $0.subItem, $0.subject, $0.basis?.text, $0.responsibilities?.text, $0.accountability?.text, $0.remarks]
        }
        let expected = documents.flatMap(\.items).filter { item in cells(item).contains { $0?.contains("医疗保险") == true } }.map(\.name)
        #expect(found == expected)
        #expect(found.count >= 20)
        #expect(found.contains("对用人单位不办理医疗保险登记的处罚"))
    }

    @Test func storingTheSameDocumentAgainReplacesIt() throws {
        let before = try counts()
        for document in documents { #expect(try database.store(document) == .replaced) }
        #expect(try counts() == before)
        let matches = try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH '医疗保险'") }
        let reopened = try PowerListDatabase(path: directory.path("lists.sqlite"))
        #expect(try reopened.contains(sha256: documents[0].source.sha256))
        #expect(try reopened.store(documents[0]) == .replaced)
        #expect(try counts() == before)
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH '医疗保险'") } == matches)
    }

    /// Another edition of a list (other input bytes) is a document of its own.
    @Test func anotherEditionIsAnotherDocument() throws {
        var edition = documents[1]
        edition.source.sha256 = String(repeating: "0", count: 64)
        edition.list.edition = "2026年版"
        #expect(try database.store(edition) == .added)
        #expect(try count("documents") == 3 && count("items") == 69)
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let path = try directory.write("notes.sqlite", String(repeating: "not a database ", count: 100))
        #expect {
            try PowerListDatabase(path: path)
        } throws: { error in
            (error as? DatabaseExportError)?.message.contains("not a database") == true
        }
    }
}
