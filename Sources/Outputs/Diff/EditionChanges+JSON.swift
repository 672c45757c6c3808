import CanonicalJSON

extension EditionChanges {
    /// The report of `qzqd diff --json`:
    /// `{"added": [{"name", "seq"}], "changed": [{"fields", "name"}], "removed": [{"name", "seq"}], "renamed": [{"new", "old"}]}`,
    /// names as the new edition prints them (the old one for removed items).
    public var json: JSONValue {
        .object([
            "added": .array(added.map { .object(["seq": .int($0.seq), "name": .string($0.name)]) }),
            "removed": .array(removed.map { .object(["seq": .int($0.seq), "name": .string($0.name)]) }),
            "renamed": .array(renamed.map { .object(["old": .string($0.old.name), "new": .string($0.new.name)]) }),
            "changed": .array(changed.map { changed in
                .object(["name": .string(changed.new.name), "fields": .array(changed.fields.map { .string($0.field.rawValue) })])
            }),
        ])
    }

    /// `json` as qzqd writes JSON: keys sorted, 2-space indent, trailing newline.
    public func canonicalJSON() throws -> [UInt8] {
        try CanonicalJSONWriter.pretty(json)
    }
}
