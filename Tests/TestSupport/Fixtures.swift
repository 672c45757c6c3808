import CanonicalJSON
import Foundation

/// Files under `Tests/Fixtures/` and the package root, located from this source
/// file so tests run from any working directory.
public enum Fixtures {
    public struct MissingFile: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "fixture not found: \(path)" }
    }

    /// The package root (the directory holding `Package.swift`).
    public static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .path

    /// `Tests/Fixtures/<relative>`.
    public static func path(_ relative: String) -> String {
        packagePath("Tests/Fixtures/" + relative)
    }

    /// `<package root>/<relative>`, for files outside the fixtures (`Schemas/…`).
    public static func packagePath(_ relative: String) -> String {
        packageRoot + "/" + relative
    }

    public static func bytes(_ relative: String) throws -> [UInt8] {
        try read(path(relative))
    }

    public static func json(_ relative: String) throws -> JSONValue {
        try JSONParser.parse(bytes(relative))
    }

    /// Names (not paths) of the files in `Tests/Fixtures/<directory>` whose name ends
    /// in `suffix`, sorted: the arguments of a parameterized test.
    public static func names(in directory: String, endingWith suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(directory))) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    public static func read(_ absolutePath: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: absolutePath) else { throw MissingFile(path: absolutePath) }
        return [UInt8](data)
    }
}
