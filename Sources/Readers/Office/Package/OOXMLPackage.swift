import Foundation
import ZIPFoundation

/// An Office Open XML package — the ZIP archive of XML parts behind a .docx
/// or .xlsx — opened with the limits that keep a crafted archive from
/// exhausting the machine: at most `limits.entries` entries and
/// `limits.inflatedBytes` inflated in all, counted on the bytes actually
/// inflated as well as on the sizes the archive declares.
final class OOXMLPackage {
    private let archive: Archive
    /// Entries by part name, lower case and without a leading slash: part
    /// names in a package are case-insensitive (ECMA-376 Part 2, 6.2.2.3).
    private let entries: [String: Entry]
    private let inflationLimit: Int
    private var inflated = 0

    init(bytes: [UInt8], limits: OfficeReadingLimits = .standard) throws(OfficeReadingError) {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw OfficeReadingError(.notAnOfficeDocument, "not a ZIP archive, so not an Office Open XML file")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw OfficeReadingError(.damaged, "the ZIP container cannot be read (truncated or damaged)")
        }
        inflationLimit = limits.inflatedBytes
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw OfficeReadingError(.tooManyEntries, "the ZIP container has more than \(limits.entries) entries")
            }
            entries[Self.key(entry.path)] = entry
        }
        self.entries = entries
        let declared = entries.values.reduce(UInt64(0)) { $0 &+ $1.uncompressedSize }
        guard declared <= UInt64(inflationLimit) else {
            throw OfficeReadingError(.tooLargeUncompressed, "the ZIP container declares \(declared) bytes uncompressed, over the limit of \(inflationLimit)")
        }
    }

    func contains(_ partName: String) -> Bool {
        entries[Self.key(partName)] != nil
    }

    /// The bytes of a part, nil when the package has no such part.
    func part(_ partName: String) throws(OfficeReadingError) -> [UInt8]? {
        guard let entry = entries[Self.key(partName)] else { return nil }
        var bytes: [UInt8] = []
        let limit = inflationLimit
        var total = inflated
        do {
            _ = try archive.extract(entry) { chunk in
                total += chunk.count
                guard total <= limit else { throw InflationLimitReached() }
                bytes.append(contentsOf: chunk)
            }
        } catch is InflationLimitReached {
            throw OfficeReadingError(.tooLargeUncompressed, "\(partName) inflates past the limit of \(limit) bytes (a ZIP bomb?)")
        } catch {
            throw OfficeReadingError(.damaged, "\(partName) cannot be inflated (\(error))")
        }
        inflated = total
        return bytes
    }

    /// A part the format requires.
    func requiredPart(_ partName: String, of kind: String) throws(OfficeReadingError) -> [UInt8] {
        guard let bytes = try part(partName) else {
            throw OfficeReadingError(.notAnOfficeDocument, "not a \(kind): the package has no \(partName)")
        }
        return bytes
    }

    private static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    private struct InflationLimitReached: Error {}
}
