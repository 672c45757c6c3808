import PowerListModel

/// A file of items, one record per item, documents one after the other: what
/// `qzqd export --csv` and `--jsonl` write. A file is its prologue followed
/// by each document's records, so documents can be added as they are read.
public protocol ItemFileFormat {
    /// What the file starts with, before the first document's records.
    static var prologue: [UInt8] { get }

    /// One record per item of `document`, in document order.
    static func records(for document: PowerListDocument) throws -> [UInt8]
}

extension ItemFileFormat {
    /// The whole file for `documents`.
    public static func encode(_ documents: [PowerListDocument]) throws -> [UInt8] {
        try documents.reduce(into: prologue) { bytes, document in bytes += try records(for: document) }
    }
}
