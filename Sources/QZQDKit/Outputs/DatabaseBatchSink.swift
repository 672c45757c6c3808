import DataExport
import PowerListModel

/// `qzqd batch --sqlite`: each document the batch converts goes into the
/// database, written by the batch's own process (the only writer), one
/// transaction per document. A document an earlier run converted is stored
/// when the database lacks it, so a database can be filled from a finished
/// output tree by running the batch again.
public struct DatabaseBatchSink: BatchOutputSink {
    public let database: PowerListDatabase

    public init(database: PowerListDatabase) {
        self.database = database
    }

    public func receive(_ entry: ManifestEntry, outputPath: String) throws(BatchSinkFailure) {
        do {
            if entry.status == .skipped, let sha256 = entry.sha256, try database.contains(sha256: sha256) { return }
        } catch {
            throw BatchSinkFailure(path: entry.path, message: "database \(database.path): \(error.message)")
        }
        let document: PowerListDocument
        do {
            document = try DocumentReader.decode(fileAt: outputPath)
        } catch {
            throw BatchSinkFailure(path: entry.path, message: "cannot read its output back: \(error)")
        }
        do {
            try database.store(document)
        } catch {
            throw BatchSinkFailure(path: entry.path, message: "database \(database.path): \(error.message)")
        }
    }
}
