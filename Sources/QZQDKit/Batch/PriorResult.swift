import CanonicalJSON

/// A file's result from an earlier run, with what produced it.
public struct PriorResult: Sendable, Equatable {
    public var entry: ManifestEntry
    public var toolVersion: String
    public var outputStyle: OutputStyle
    public var provenance: Bool

    public init(entry: ManifestEntry, toolVersion: String, outputStyle: OutputStyle, provenance: Bool = false) {
        self.entry = entry
        self.toolVersion = toolVersion
        self.outputStyle = outputStyle
        self.provenance = provenance
    }

    var json: JSONValue {
        .object([
            "entry": entry.json, "toolVersion": .string(toolVersion), "outputStyle": .string(outputStyle.rawValue),
            "provenance": .bool(provenance),
        ])
    }

    init?(json: JSONValue) {
        guard let entry = json["entry"].flatMap(ManifestEntry.init(json:)),
              let toolVersion = json["toolVersion"]?.stringValue,
              let outputStyle = json["outputStyle"]?.stringValue.flatMap(OutputStyle.init(rawValue:))
        else { return nil }
        self.init(entry: entry, toolVersion: toolVersion, outputStyle: outputStyle, provenance: json["provenance"] == .bool(true))
    }

    /// What earlier runs left in `outputDirectory`: the manifest, then the
    /// journal of a run that did not finish, whose lines are newer.
    public static func load(outputDirectory: String) -> [String: PriorResult] {
        var results: [String: PriorResult] = [:]
        if let manifest = Manifest.read(from: outputDirectory + "/" + Manifest.fileName) {
            for entry in manifest.entries {
                results[entry.path] = PriorResult(entry: entry, toolVersion: manifest.toolVersion, outputStyle: manifest.outputStyle, provenance: manifest.provenance)
            }
        }
        for result in ManifestJournal.load(directory: outputDirectory) {
            results[result.entry.path] = result
        }
        return results
    }
}
