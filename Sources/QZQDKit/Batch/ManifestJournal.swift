import CanonicalJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OUTPUT_DIR/.qzqd-journal.jsonl`: one line per file as soon as it is done,
/// so a batch killed before it writes `manifest.json` loses no finished work.
/// Each line is one `write` to a file opened for appending: a kill leaves at
/// most a torn last line, which `load` drops. A finished batch folds the
/// journal into the manifest and deletes it.
public final class ManifestJournal: @unchecked Sendable {
    public static let fileName = ".qzqd-journal.jsonl"

    private let path: String
    private let descriptor: Int32
    private let toolVersion: String
    private let outputStyle: OutputStyle
    private let provenance: Bool

    public init(directory: String, toolVersion: String, outputStyle: OutputStyle, provenance: Bool = false) throws(FileSystemError) {
        path = directory + "/" + Self.fileName
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError("create", path) }
        self.toolVersion = toolVersion
        self.outputStyle = outputStyle
        self.provenance = provenance
    }

    deinit {
        close(descriptor)
    }

    /// Safe from any thread: `O_APPEND` writes of one line do not interleave.
    public func append(_ entry: ManifestEntry) throws(FileSystemError) {
        let record = PriorResult(entry: entry, toolVersion: toolVersion, outputStyle: outputStyle, provenance: provenance)
        guard var line = try? CanonicalJSONWriter.jcs(record.json) else { return }
        line.append(UInt8(ascii: "\n"))
        try AtomicFile.writeAll(line, to: descriptor, path: path)
    }

    public func remove() {
        unlink(path)
    }

    /// Every complete line of the journal in `directory`, oldest first.
    public static func load(directory: String) -> [PriorResult] {
        guard let bytes = SystemCalls.readFile(directory + "/" + fileName) else { return [] }
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
            (try? JSONParser.parse(Array(line))).flatMap(PriorResult.init(json:))
        }
    }
}
