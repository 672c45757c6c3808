/// Something more a batch does with each document it has in its output tree,
/// in the batch's own process (`--sqlite`: `DatabaseBatchSink`). Called from
/// several threads at once, once per document: converted by this run
/// (status `ok`) or by an earlier one (`skipped`).
public protocol BatchOutputSink: Sendable {
    /// `outputPath` is the document's JSON, absolute.
    func receive(_ entry: ManifestEntry, outputPath: String) throws(BatchSinkFailure)
}

/// A document the sink could not take; the batch goes on, reports it and ends with status 1.
public struct BatchSinkFailure: Error, Sendable, Equatable {
    /// The input, relative to the input directory.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
