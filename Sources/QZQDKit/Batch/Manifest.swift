import CanonicalJSON

/// `OUTPUT_DIR/manifest.json`: what a batch did with every input file, sorted
/// by path so that two runs over the same inputs differ only in durations.
public struct Manifest: Sendable, Equatable {
    public static let fileName = "manifest.json"
    /// Bumped when the manifest's shape changes incompatibly (2: `ignored`
    /// entries for files the batch does not read).
    public static let formatVersion = 2

    public var toolVersion: String
    public var outputStyle: OutputStyle
    /// Whether the outputs carry `provenance` (`--provenance`).
    public var provenance: Bool
    public private(set) var entries: [ManifestEntry]

    public init(toolVersion: String, outputStyle: OutputStyle, provenance: Bool = false, entries: [ManifestEntry]) {
        self.toolVersion = toolVersion
        self.outputStyle = outputStyle
        self.provenance = provenance
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    public func count(_ status: ManifestEntry.Status) -> Int {
        entries.count { $0.status == status }
    }

    public var json: JSONValue {
        let counts = ManifestEntry.Status.allCases.map { ($0.rawValue, JSONValue.int(count($0))) }
        return .object([
            "manifestVersion": .int(Self.formatVersion),
            "toolVersion": .string(toolVersion),
            "outputStyle": .string(outputStyle.rawValue),
            "provenance": .bool(provenance),
            "counts": .object(Dictionary(uniqueKeysWithValues: counts)),
            "files": .array(entries.map(\.json)),
        ])
    }

    /// The canonical (pretty) serialization; a manifest has only finite numbers.
    public func encoded() -> [UInt8] {
        (try? CanonicalJSONWriter.pretty(json)) ?? []
    }

    /// `nil` for anything that is not a manifest of this format version.
    public init?(json: JSONValue) {
        guard json["manifestVersion"]?.intValue == Self.formatVersion,
              let toolVersion = json["toolVersion"]?.stringValue,
              let outputStyle = json["outputStyle"]?.stringValue.flatMap(OutputStyle.init(rawValue:)),
              let files = json["files"]?.arrayValue
        else { return nil }
        let entries = files.compactMap(ManifestEntry.init(json:))
        guard entries.count == files.count else { return nil }
        // Manifests written before `--provenance` existed hold none.
        let provenance = json["provenance"].map { $0 == .bool(true) } ?? false
        self.init(toolVersion: toolVersion, outputStyle: outputStyle, provenance: provenance, entries: entries)
    }

    public static func read(from path: String) -> Manifest? {
        guard let bytes = SystemCalls.readFile(path), let json = try? JSONParser.parse(bytes) else { return nil }
        return Manifest(json: json)
    }
}
