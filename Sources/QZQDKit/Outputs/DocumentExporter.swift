import DataExport
import PowerListModel

/// Where `qzqd export` writes: any of a SQLite database, a CSV file and a
/// JSON Lines file.
public struct ExportTargets: Sendable {
    public var sqlite: String?
    public var csv: String?
    public var jsonl: String?

    public init(sqlite: String? = nil, csv: String? = nil, jsonl: String? = nil) {
        self.sqlite = sqlite
        self.csv = csv
        self.jsonl = jsonl
    }
}

/// Exports documents one at a time to every target: each goes into the
/// database at once (its own transaction); the CSV and JSON Lines files are
/// written whole and atomically by `finish()`, so they are complete or
/// absent. Documents of the same input bytes (the same SHA-256: the same
/// JSON found twice) are exported once.
public final class DocumentExporter {
    public enum Outcome: Sendable, Equatable {
        case exported
        /// A document with the same SHA-256 was already exported by this exporter.
        case duplicate
    }

    public let targets: ExportTargets
    private let database: PowerListDatabase?
    private var csv: [UInt8] = ItemCSV.prologue
    private var jsonl: [UInt8] = ItemJSONLines.prologue
    private var exported: Set<String> = []
    public private(set) var documents = 0
    public private(set) var items = 0

    public init(targets: ExportTargets) throws(ExportFailure) {
        self.targets = targets
        do {
            database = try targets.sqlite.map { path throws(DatabaseExportError) in try PowerListDatabase(path: path) }
        } catch {
            throw ExportFailure(path: error.path, message: "cannot open the database: \(error.message)")
        }
    }

    @discardableResult
    public func add(_ document: PowerListDocument) throws(ExportFailure) -> Outcome {
        guard exported.insert(document.source.sha256).inserted else { return .duplicate }
        do {
            try database?.store(document)
        } catch {
            throw ExportFailure(path: error.path, message: "cannot store \(document.source.file): \(error.message)")
        }
        do {
            if targets.csv != nil { csv += try ItemCSV.records(for: document) }
            if targets.jsonl != nil { jsonl += try ItemJSONLines.records(for: document) }
        } catch {
            throw ExportFailure(path: document.source.file, message: "cannot encode: \(error)")
        }
        documents += 1
        items += document.items.count
        return .exported
    }

    /// Writes the CSV and JSON Lines files.
    public func finish() throws(ExportFailure) {
        for (path, bytes) in [(targets.csv, csv), (targets.jsonl, jsonl)] {
            guard let path else { continue }
            do {
                try AtomicFile.write(bytes, to: path)
            } catch {
                throw ExportFailure(path: path, message: error.description)
            }
        }
    }
}

/// An export target that cannot be opened or written.
public struct ExportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }

    public var exitStatus: Int32 { ExitStatus.cannotCreateOutput }
}
