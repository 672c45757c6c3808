import GRDB
import PowerListModel

/// A SQLite database of power lists, for querying many documents at once
/// (docs/EXPORT.md: the tables, their keys and the full-text index).
///
/// Each document is written in one transaction: a process killed mid-export
/// leaves the documents stored before it, whole, and none half-written. A
/// document is identified by the SHA-256 of its input: storing the same
/// input again replaces it, while another edition of the same list (other
/// bytes) is a document of its own. Foreign keys are enforced.
public final class PowerListDatabase: Sendable {
    public enum Outcome: Sendable, Equatable {
        case added
        /// A document with the same SHA-256 was there and is now replaced.
        case replaced
    }

    public let path: String
    /// Serializes every access: one writer at a time, whatever thread calls.
    private let queue: DatabaseQueue

    /// Opens the database at `path`, creating it (and its tables) when missing.
    public init(path: String) throws(DatabaseExportError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try DatabaseSchema.migrator.migrate(queue)
        } catch {
            throw DatabaseExportError(path: path, error)
        }
    }

    @discardableResult
    public func store(_ document: PowerListDocument) throws(DatabaseExportError) -> Outcome {
        do {
            return try queue.write { db in
                try db.execute(sql: "DELETE FROM documents WHERE sha256 = ?", arguments: [document.source.sha256])
                let replaced = db.changesCount > 0
                try DocumentRowWriter(db).insert(document)
                return replaced ? .replaced : .added
            }
        } catch {
            throw DatabaseExportError(path: path, error)
        }
    }

    /// Whether a document made from the input with this SHA-256 is stored.
    public func contains(sha256: String) throws(DatabaseExportError) -> Bool {
        do {
            return try queue.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?)", arguments: [sha256]) ?? false
            }
        } catch {
            throw DatabaseExportError(path: path, error)
        }
    }
}

/// Why a database could not be opened or written: the file and SQLite's own words.
public struct DatabaseExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    init(path: String, _ error: any Error) {
        let message = (error as? DatabaseError).map { $0.message ?? $0.description } ?? String(describing: error)
        self.init(path: path, message: message)
    }

    public var description: String { message }
}
